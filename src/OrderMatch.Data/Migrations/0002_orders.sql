-- Training orders (FORMAT.md §3) and their lifecycle:
-- submitted → planned (in a proposed plan) → approved → in_training; or declined / cancelled.

create table orders (
    id                      text primary key check (id <> ''),
    enterprise              text not null references enterprises (id),
    course                  text not null references courses (id),
    trainees                integer not null check (trainees >= 1),
    earliest_start          date not null,
    deadline                date not null,
    priority                integer not null check (priority between 1 and 5),
    splittable              boolean not null default true,
    min_chunk               integer not null default 1 check (min_chunk >= 1),
    max_travel_km           double precision check (max_travel_km >= 0),
    max_price_per_trainee   double precision check (max_price_per_trainee >= 0),
    requires_subsidy        boolean not null default false,
    allowed_slots           text[],
    status                  text not null default 'submitted'
                            check (status in ('submitted', 'planned', 'approved', 'in_training', 'declined', 'cancelled')),
    submitted_at            timestamptz not null default now(),
    updated_at              timestamptz not null default now(),
    check (earliest_start <= deadline),
    check (min_chunk <= trainees)
);
create index orders_enterprise on orders (enterprise);
create index orders_course on orders (course);
create index orders_status on orders (status);

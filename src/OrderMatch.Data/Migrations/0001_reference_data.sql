-- Reference data of a planning window (FORMAT.md §1, §2, §4): calendar and policy, regions, courses,
-- institutions with offers and rooms, shared training bases, trainers, enterprises.

create table planning_settings (
    id                          smallint primary key default 1 check (id = 1),
    scenario_name               text not null check (scenario_name <> ''),
    start_date                  date not null check (extract(isodow from start_date) = 1),
    weeks                       integer not null check (weeks between 1 and 104),
    days                        text[] not null check (cardinality(days) between 1 and 7),
    periods                     text[] not null check (cardinality(periods) >= 1),
    closed_dates                date[] not null default '{}',
    unserved_trainee_penalty    double precision not null check (unserved_trainee_penalty >= 0),
    trainee_travel_cost_per_km  double precision not null check (trainee_travel_cost_per_km >= 0),
    trainer_travel_cost_per_km  double precision not null check (trainer_travel_cost_per_km >= 0),
    class_opening_cost          double precision not null check (class_opening_cost >= 0),
    grade_penalty_excellent     double precision not null check (grade_penalty_excellent >= 0),
    grade_penalty_good          double precision not null check (grade_penalty_good >= 0),
    grade_penalty_pass          double precision not null check (grade_penalty_pass >= 0),
    change_penalty              double precision not null check (change_penalty >= 0),
    updated_at                  timestamptz not null default now()
);

create table regions (
    id              text primary key check (id <> ''),
    name            text not null,
    alliance        text,
    subsidy_scope   text not null check (subsidy_scope in ('local', 'alliance', 'any'))
);

create table courses (
    id                  text primary key check (id <> ''),
    occupation          text not null,
    occupation_name     text not null,
    level               integer not null check (level between 1 and 5),
    sessions            integer not null check (sessions >= 1),
    sessions_per_week   integer not null check (sessions_per_week between 1 and 7),
    min_size            integer not null check (min_size >= 1),
    max_size            integer not null,
    room_type           text not null,
    allowed_slots       text[],
    check (min_size <= max_size)
);

create table institutions (
    id                      text primary key check (id <> ''),
    name                    text not null,
    region                  text not null references regions (id),
    lat                     double precision not null check (lat between -90 and 90),
    lon                     double precision not null check (lon between -180 and 180),
    email                   text not null,
    grade                   text not null check (grade in ('excellent', 'good', 'pass', 'fail')),
    credit_stars            integer not null check (credit_stars between 0 and 5),
    approved_regions        text[] not null,
    max_concurrent_classes  integer not null check (max_concurrent_classes >= 0)
);
create index institutions_region on institutions (region);

create table offers (
    institution         text not null references institutions (id) on delete cascade,
    course              text not null references courses (id),
    price_per_trainee   double precision not null check (price_per_trainee >= 0),
    position            integer not null,
    primary key (institution, course)
);
create index offers_course on offers (course);

create table bases (
    id      text primary key check (id <> ''),
    name    text not null,
    region  text not null references regions (id),
    lat     double precision not null check (lat between -90 and 90),
    lon     double precision not null check (lon between -180 and 180)
);

-- A room belongs to exactly one site: an institution (no fee) or a shared training base (fee per session).
create table rooms (
    id                  text primary key check (id <> ''),
    institution         text references institutions (id) on delete cascade,
    base                text references bases (id) on delete cascade,
    types               text[] not null check (cardinality(types) >= 1),
    capacity            integer not null check (capacity >= 1),
    fee_per_session     double precision not null default 0 check (fee_per_session >= 0),
    position            integer not null,
    check ((institution is null) <> (base is null))
);
create index rooms_institution on rooms (institution) where institution is not null;
create index rooms_base on rooms (base) where base is not null;

create table trainers (
    id                      text primary key check (id <> ''),
    name                    text not null,
    institution             text references institutions (id),
    lat                     double precision not null check (lat between -90 and 90),
    lon                     double precision not null check (lon between -180 and 180),
    max_sessions_per_week   integer not null check (max_sessions_per_week >= 0),
    max_travel_km           double precision not null check (max_travel_km >= 0)
);
create index trainers_institution on trainers (institution) where institution is not null;

create table trainer_qualifications (
    trainer     text not null references trainers (id) on delete cascade,
    occupation  text not null,
    max_level   integer not null check (max_level between 1 and 5),
    position    integer not null,
    primary key (trainer, occupation)
);
create index trainer_qualifications_occupation on trainer_qualifications (occupation);

-- An unavailability is either a date range (from_date..to_date) or one date, optionally one period of it.
create table trainer_unavailability (
    trainer     text not null references trainers (id) on delete cascade,
    position    integer not null,
    from_date   date,
    to_date     date,
    on_date     date,
    period      text,
    primary key (trainer, position),
    check ((from_date is not null and to_date is not null and from_date <= to_date and on_date is null and period is null)
        or (from_date is null and to_date is null and on_date is not null))
);

create table base_unavailability (
    base        text not null references bases (id) on delete cascade,
    position    integer not null,
    from_date   date,
    to_date     date,
    on_date     date,
    period      text,
    primary key (base, position),
    check ((from_date is not null and to_date is not null and from_date <= to_date and on_date is null and period is null)
        or (from_date is null and to_date is null and on_date is not null))
);

create table enterprises (
    id      text primary key check (id <> ''),
    name    text not null,
    region  text not null references regions (id),
    lat     double precision not null check (lat between -90 and 90),
    lon     double precision not null check (lon between -180 and 180),
    size    text not null check (size in ('micro', 'small', 'medium', 'large'))
);
create index enterprises_region on enterprises (region);

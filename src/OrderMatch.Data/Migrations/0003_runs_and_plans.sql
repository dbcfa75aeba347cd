-- Planning runs, the plans they propose, pins, and the audit log.

create table planning_runs (
    id                  bigint generated always as identity primary key,
    requested_by        text not null,
    options             jsonb not null,
    status              text not null default 'queued'
                        check (status in ('queued', 'running', 'succeeded', 'failed', 'cancelled')),
    cancel_requested    boolean not null default false,
    phase               text,
    incumbent           double precision,
    bound               double precision,
    gap                 double precision,
    slices_done         integer,
    slices_total        integer,
    elapsed_seconds     double precision,
    worker              text,
    attempts            integer not null default 0 check (attempts >= 0),
    error               text,
    created_at          timestamptz not null default now(),
    started_at          timestamptz,
    progress_at         timestamptz,
    finished_at         timestamptz,
    check ((status in ('succeeded', 'failed', 'cancelled')) = (finished_at is not null)),
    check (status = 'queued' or started_at is not null or status = 'cancelled')
);
create index planning_runs_status on planning_runs (status) where status in ('queued', 'running');
create index planning_runs_created on planning_runs (created_at desc);

create table plans (
    id                  bigint generated always as identity primary key,
    run_id              bigint unique references planning_runs (id),
    source              text not null check (source in ('run', 'import')),
    status              text not null default 'proposed'
                        check (status in ('proposed', 'approved', 'rejected', 'superseded')),
    scenario_name       text not null,
    objective_total     double precision not null,
    unserved            double precision not null,
    tuition             double precision not null,
    room_fees           double precision not null,
    trainee_travel      double precision not null,
    trainer_travel      double precision not null,
    class_opening       double precision not null,
    quality             double precision not null,
    changes             double precision not null,
    kpis                jsonb not null,
    solver_status       text check (solver_status in ('optimal', 'feasible', 'infeasible', 'timeLimit')),
    solver_bound        double precision,
    solver_seconds      double precision,
    created_at          timestamptz not null default now(),
    decided_at          timestamptz,
    decided_by          text,
    decision_comment    text,
    check ((source = 'run') = (run_id is not null))
);
-- At most one plan is in force.
create unique index plans_one_approved on plans ((true)) where status = 'approved';
create index plans_status on plans (status);

create table plan_classes (
    plan_id     bigint not null references plans (id) on delete cascade,
    class_id    text not null,
    course      text not null references courses (id),
    institution text not null references institutions (id),
    trainer     text not null references trainers (id),
    room        text not null references rooms (id),
    start_week  integer not null check (start_week >= 1),
    pattern     text[] not null check (cardinality(pattern) >= 1),
    position    integer not null,
    primary key (plan_id, class_id)
);
create index plan_classes_institution on plan_classes (institution, plan_id);
create index plan_classes_trainer on plan_classes (trainer, plan_id);

create table plan_sessions (
    plan_id         bigint not null,
    class_id        text not null,
    session_date    date not null,
    period          text not null,
    position        integer not null,
    primary key (plan_id, class_id, session_date, period),
    foreign key (plan_id, class_id) references plan_classes (plan_id, class_id) on delete cascade
);

create table plan_enrollments (
    plan_id     bigint not null,
    class_id    text not null,
    order_id    text not null references orders (id),
    trainees    integer not null check (trainees >= 1),
    position    integer not null,
    primary key (plan_id, class_id, order_id),
    foreign key (plan_id, class_id) references plan_classes (plan_id, class_id) on delete cascade
);
create index plan_enrollments_order on plan_enrollments (order_id);

create table plan_unassigned (
    plan_id     bigint not null references plans (id) on delete cascade,
    order_id    text not null references orders (id),
    trainees    integer not null check (trainees >= 1),
    position    integer not null,
    primary key (plan_id, order_id)
);

create table plan_unassigned_reasons (
    plan_id     bigint not null,
    order_id    text not null,
    position    integer not null,
    code        text not null check (code in ('NO_OFFER', 'PRICE', 'TRAVEL', 'SUBSIDY_SCOPE', 'NO_TRAINER', 'NO_ROOM',
                                              'WINDOW', 'MIN_SIZE', 'CAPACITY', 'TIME_LIMIT')),
    detail      text not null,
    entities    text[] not null default '{}',
    primary key (plan_id, order_id, position),
    foreign key (plan_id, order_id) references plan_unassigned (plan_id, order_id) on delete cascade
);

-- Classes that must appear in the next plan exactly as given (FORMAT.md H17).
create table pins (
    class_id    text primary key check (class_id <> ''),
    course      text not null references courses (id),
    institution text not null references institutions (id),
    trainer     text not null references trainers (id),
    room        text not null references rooms (id),
    start_week  integer not null check (start_week >= 1),
    pattern     text[] not null check (cardinality(pattern) >= 1),
    position    integer not null,
    pinned_by   text not null,
    pinned_at   timestamptz not null default now()
);

create table pin_enrollments (
    class_id    text not null references pins (class_id) on delete cascade,
    order_id    text not null references orders (id),
    trainees    integer not null check (trainees >= 1),
    position    integer not null,
    primary key (class_id, order_id)
);

create table audit_log (
    id          bigint generated always as identity primary key,
    at          timestamptz not null default now(),
    actor       text not null,
    action      text not null,
    entity      text not null,
    entity_id   text,
    details     jsonb not null default '{}'
);
create index audit_log_entity on audit_log (entity, entity_id);
create index audit_log_at on audit_log (at desc);

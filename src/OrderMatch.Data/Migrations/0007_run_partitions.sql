-- Partitioned planning runs: the run's snapshot split into partitions, each solved as its own job, then merged.

create table run_partition_sets (
    run_id          bigint primary key references planning_runs (id),
    -- The run's attempt that split it; partition and merge jobs act on the run with this fencing token.
    run_attempt     integer not null check (run_attempt >= 1),
    partitions      integer not null check (partitions between 1 and 32),
    -- The whole snapshot (FORMAT.md JSON, gzip) and its decision pins: what the merge prices and checks against.
    scenario        bytea not null,
    decision_pins   bytea not null,
    repair_seconds  double precision not null check (repair_seconds > 0),
    merge_worker    text,
    merge_attempts  integer not null default 0 check (merge_attempts >= 0),
    created_at      timestamptz not null default now()
);

create table run_partitions (
    run_id              bigint not null references run_partition_sets (run_id),
    part_no             integer not null check (part_no >= 0),
    status              text not null default 'queued'
                        check (status in ('queued', 'running', 'done', 'failed', 'cancelled')),
    worker              text,
    attempts            integer not null default 0 check (attempts >= 0),
    regions             text[] not null,
    orders              integer not null check (orders >= 0),
    trainees            integer not null check (trainees >= 0),
    time_limit_seconds  double precision not null check (time_limit_seconds > 0),
    scenario            bytea not null,
    decision_pins       bytea not null,
    phase               text,
    incumbent           double precision,
    plan                bytea,
    objective           double precision,
    solver_status       text,
    solver_seconds      double precision,
    error               text,
    started_at          timestamptz,
    progress_at         timestamptz,
    finished_at         timestamptz,
    primary key (run_id, part_no),
    check ((status = 'done') = (plan is not null)),
    check ((status in ('done', 'failed', 'cancelled')) = (finished_at is not null))
);
create index run_partitions_open on run_partitions (run_id) where status in ('queued', 'running');

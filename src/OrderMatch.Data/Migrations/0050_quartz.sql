-- Quartz.NET 4.7 clustered ADO.NET job store (PostgreSQL delegate), kept in its own schema so that the
-- scheduler's tables never mix with the planning data. The job store is configured with the table prefix
-- 'quartz.qrtz_'. Times are .NET ticks (bigint), job data and calendars are bytea, names are free text.
-- Keys all start with sched_name: every scheduler instance of one cluster shares the same sched_name.

create schema quartz;

-- Jobs: one row per stored job (durable recurring jobs, and one-shot runs until they complete).
create table quartz.qrtz_job_details (
    sched_name          text not null,
    job_name            text not null,
    job_group           text not null,
    description         text,
    job_class_name      text not null,
    is_durable          boolean not null,
    is_nonconcurrent    boolean not null,
    is_update_data      boolean not null,
    requests_recovery   boolean not null,
    job_data            bytea,
    primary key (sched_name, job_name, job_group)
);

-- Triggers: when each job fires next and in which state; the 4.x columns carry execution groups,
-- preferred nodes, retry policy, continuations, overlap policy, pause details and per-trigger job data.
create table quartz.qrtz_triggers (
    sched_name              text not null,
    trigger_name            text not null,
    trigger_group           text not null,
    job_name                text not null,
    job_group               text not null,
    description             text,
    next_fire_time          bigint,
    prev_fire_time          bigint,
    priority                integer,
    trigger_state           text not null,
    trigger_type            text not null,
    start_time              bigint not null,
    end_time                bigint,
    calendar_name           text,
    misfire_instr           smallint,
    misfire_orig_fire_time  bigint,
    execution_group         varchar(200),
    preferred_node          varchar(200),
    preferred_node_auto     boolean not null default false,
    retry_policy            varchar(250),
    retry_attempt           integer,
    continues_trigger_name  text,
    continues_trigger_group text,
    continuation_condition  integer,
    overlap_policy          integer,
    pause_reason            varchar(250),
    paused_by               varchar(200),
    paused_at               bigint,
    misfire_threshold       bigint,
    fixed_delay             boolean,
    job_data                bytea,
    primary key (sched_name, trigger_name, trigger_group),
    foreign key (sched_name, job_name, job_group)
        references quartz.qrtz_job_details (sched_name, job_name, job_group)
);

-- Per-type trigger details, deleted with their trigger.
create table quartz.qrtz_simple_triggers (
    sched_name      text not null,
    trigger_name    text not null,
    trigger_group   text not null,
    repeat_count    bigint not null,
    repeat_interval bigint not null,
    times_triggered bigint not null,
    primary key (sched_name, trigger_name, trigger_group),
    foreign key (sched_name, trigger_name, trigger_group)
        references quartz.qrtz_triggers (sched_name, trigger_name, trigger_group) on delete cascade
);

create table quartz.qrtz_cron_triggers (
    sched_name      text not null,
    trigger_name    text not null,
    trigger_group   text not null,
    cron_expression text not null,
    time_zone_id    text,
    primary key (sched_name, trigger_name, trigger_group),
    foreign key (sched_name, trigger_name, trigger_group)
        references quartz.qrtz_triggers (sched_name, trigger_name, trigger_group) on delete cascade
);

-- Calendar-interval and daily-time-interval triggers store their properties generically here.
create table quartz.qrtz_simprop_triggers (
    sched_name      text not null,
    trigger_name    text not null,
    trigger_group   text not null,
    str_prop_1      text,
    str_prop_2      text,
    str_prop_3      text,
    int_prop_1      integer,
    int_prop_2      integer,
    long_prop_1     bigint,
    long_prop_2     bigint,
    dec_prop_1      numeric,
    dec_prop_2      numeric,
    bool_prop_1     boolean,
    bool_prop_2     boolean,
    time_zone_id    text,
    primary key (sched_name, trigger_name, trigger_group),
    foreign key (sched_name, trigger_name, trigger_group)
        references quartz.qrtz_triggers (sched_name, trigger_name, trigger_group) on delete cascade
);

-- Trigger types without a table of their own are serialized whole.
create table quartz.qrtz_blob_triggers (
    sched_name      text not null,
    trigger_name    text not null,
    trigger_group   text not null,
    blob_data       bytea,
    primary key (sched_name, trigger_name, trigger_group),
    foreign key (sched_name, trigger_name, trigger_group)
        references quartz.qrtz_triggers (sched_name, trigger_name, trigger_group) on delete cascade
);

create table quartz.qrtz_calendars (
    sched_name      text not null,
    calendar_name   text not null,
    calendar        bytea not null,
    primary key (sched_name, calendar_name)
);

-- Paused trigger and job groups, with who paused them and why.
create table quartz.qrtz_paused_trigger_grps (
    sched_name      text not null,
    trigger_group   text not null,
    pause_reason    varchar(250),
    paused_by       varchar(200),
    paused_at       bigint,
    primary key (sched_name, trigger_group)
);

create table quartz.qrtz_paused_job_grps (
    sched_name      text not null,
    job_group       text not null,
    pause_reason    varchar(250),
    paused_by       varchar(200),
    paused_at       bigint,
    primary key (sched_name, job_group)
);

-- Firings in progress, each with the instance running it: what cluster recovery hands to a survivor
-- when that instance stops checking in.
create table quartz.qrtz_fired_triggers (
    sched_name                  text not null,
    entry_id                    text not null,
    trigger_name                text not null,
    trigger_group               text not null,
    instance_name               text not null,
    fired_time                  bigint not null,
    sched_time                  bigint not null,
    priority                    integer not null,
    state                       text not null,
    job_name                    text,
    job_group                   text,
    is_nonconcurrent            boolean not null,
    requests_recovery           boolean,
    execution_group             varchar(200),
    progress                    integer,
    progress_message            varchar(250),
    interrupt_requested_time    bigint,
    primary key (sched_name, entry_id)
);

-- Cluster membership: each instance's last check-in.
create table quartz.qrtz_scheduler_state (
    sched_name          text not null,
    instance_name       text not null,
    last_checkin_time   bigint not null,
    checkin_interval    bigint not null,
    quartz_version      varchar(20),
    primary key (sched_name, instance_name)
);

-- Row locks (TRIGGER_ACCESS, STATE_ACCESS) that serialize the cluster's store operations.
create table quartz.qrtz_locks (
    sched_name  text not null,
    lock_name   text not null,
    primary key (sched_name, lock_name)
);

-- Cluster-wide execution history, used only when the store is configured with UseExecutionHistory().
create table quartz.qrtz_execution_history (
    sched_name          text not null,
    entry_id            text not null,
    instance_name       text not null,
    job_name            text not null,
    job_group           text not null,
    trigger_name        text not null,
    trigger_group       text not null,
    fired_time          bigint not null,
    run_time            bigint not null,
    succeeded           boolean not null,
    error_message       text,
    retry_attempt       integer not null default 0,
    retry_scheduled     boolean not null default false,
    execution_log       text,
    result              integer,
    summary             text,
    metrics             text,
    manual              boolean,
    fire_instance_id    text,
    job_input           text,
    job_input_too_large boolean,
    primary key (sched_name, entry_id)
);

create table quartz.qrtz_misfire_history (
    sched_name      text not null,
    entry_id        text not null,
    instance_name   text not null,
    trigger_name    text not null,
    trigger_group   text not null,
    job_name        text,
    job_group       text,
    misfire_time    bigint not null,
    sched_time      bigint,
    reason          integer,
    primary key (sched_name, entry_id)
);

create table quartz.qrtz_job_status (
    sched_name              text not null,
    job_group               text not null,
    job_name                text not null,
    first_fired_time        bigint not null,
    last_fired_time         bigint not null,
    last_result             integer not null,
    last_run_time           bigint not null,
    last_instance_name      text not null,
    last_entry_id           text,
    last_summary            text,
    last_success_time       bigint,
    last_failure_time       bigint,
    last_failure_message    text,
    consecutive_failures    integer not null default 0,
    run_count               bigint not null default 0,
    failure_count           bigint not null default 0,
    primary key (sched_name, job_group, job_name)
);

-- Indexes for the store's look-ups: jobs and triggers by group, triggers of a job or calendar, the
-- acquisition scan (state, next fire time, priority), and firings by instance, job and trigger.
create index idx_qrtz_j_g_n on quartz.qrtz_job_details (sched_name, job_group, job_name);
create index idx_qrtz_t_j on quartz.qrtz_triggers (sched_name, job_name, job_group);
create index idx_qrtz_t_g_n on quartz.qrtz_triggers (sched_name, trigger_group, trigger_name);
create index idx_qrtz_t_c on quartz.qrtz_triggers (sched_name, calendar_name);
create index idx_qrtz_t_nft_st on quartz.qrtz_triggers (sched_name, trigger_state, next_fire_time asc, priority desc, misfire_instr);
create index idx_qrtz_ft_inst_job_req_rcvry on quartz.qrtz_fired_triggers (sched_name, instance_name, requests_recovery);
create index idx_qrtz_ft_j_g on quartz.qrtz_fired_triggers (sched_name, job_name, job_group);
create index idx_qrtz_ft_t_g on quartz.qrtz_fired_triggers (sched_name, trigger_name, trigger_group);

-- History look-ups: by time, by instance, and per job or trigger over time.
create index idx_qrtz_eh_fired_time on quartz.qrtz_execution_history (sched_name, fired_time);
create index idx_qrtz_eh_inst on quartz.qrtz_execution_history (sched_name, instance_name);
create index idx_qrtz_eh_job_time on quartz.qrtz_execution_history (sched_name, job_group, job_name, fired_time);
create index idx_qrtz_eh_trig_time on quartz.qrtz_execution_history (sched_name, trigger_group, trigger_name, fired_time);
create index idx_qrtz_eh_fire_inst on quartz.qrtz_execution_history (sched_name, fire_instance_id);
create index idx_qrtz_mh_misfire_time on quartz.qrtz_misfire_history (sched_name, misfire_time);
create index idx_qrtz_mh_inst on quartz.qrtz_misfire_history (sched_name, instance_name);

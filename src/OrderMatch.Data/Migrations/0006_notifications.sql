-- Notifications: the email outbox written in a plan's approval transaction and delivered by the Notify job, the
-- calendar identity of each class per institution, institutions' answers to their classes, used signed-link nonces,
-- and coordinators' email addresses.

alter table users add column email text check (email is null or email ~ '^[^@\s]+@[^@\s]+$');

-- One calendar event per (institution, class): its UID stays, its SEQUENCE counts the notified changes.
create table calendar_events (
    institution     text not null references institutions (id),
    class_id        text not null,
    sequence        integer not null default 0 check (sequence >= 0),
    cancelled       boolean not null default false,
    updated_at      timestamptz not null default now(),
    primary key (institution, class_id)
);

create table outbox_messages (
    id                  bigint generated always as identity primary key,
    kind                text not null check (kind in ('plan', 'decline')),
    plan_id             bigint not null references plans (id),
    replaced_plan_id    bigint references plans (id),
    institution         text references institutions (id),
    recipients          text[] not null check (cardinality(recipients) >= 1),
    -- Fixed at creation: every re-send carries the same Message-ID, so a receiver can tell a repeat.
    message_id          text not null unique,
    payload             jsonb not null default '{}',
    status              text not null default 'pending' check (status in ('pending', 'sending', 'sent', 'failed')),
    attempts            integer not null default 0 check (attempts >= 0),
    next_attempt_at     timestamptz not null default now(),
    lease_until         timestamptz,
    claim_token         uuid,
    last_error          text,
    created_at          timestamptz not null default now(),
    sent_at             timestamptz,
    check ((status = 'sent') = (sent_at is not null)),
    check ((status = 'sending') = (lease_until is not null and claim_token is not null)),
    check ((kind = 'plan') = (institution is not null))
);
create unique index outbox_messages_plan_institution on outbox_messages (plan_id, institution) where kind = 'plan';
create index outbox_messages_due on outbox_messages (next_attempt_at) where status in ('pending', 'sending');
create index outbox_messages_failed on outbox_messages (id) where status = 'failed';

-- The classes one plan message lists: what happened to each, what changed, and the class as notified.
create table outbox_classes (
    message     bigint not null references outbox_messages (id) on delete cascade,
    class_id    text not null,
    change      text not null check (change in ('new', 'changed', 'cancelled')),
    changed     text[] not null default '{}',
    sequence    integer not null check (sequence >= 0),
    -- The signed accept/decline links of this class carry it; it is spent by the first answer.
    nonce       uuid not null unique default gen_random_uuid(),
    details     jsonb not null,
    position    integer not null,
    primary key (message, class_id)
);

create table class_responses (
    id              bigint generated always as identity primary key,
    message         bigint not null references outbox_messages (id),
    plan_id         bigint not null references plans (id),
    institution     text not null references institutions (id),
    class_id        text not null,
    response        text not null check (response in ('accepted', 'declined')),
    reason          text check (reason is null or reason <> ''),
    responded_at    timestamptz not null default now(),
    -- Declines a coordinator has not yet looked at carry null here (the UI badge counts them).
    seen_at         timestamptz,
    check ((response = 'declined') = (reason is not null)),
    unique (message, class_id)
);
create index class_responses_plan on class_responses (plan_id, response);
create index class_responses_unseen on class_responses (id) where response = 'declined' and seen_at is null;

create table used_link_nonces (
    nonce       uuid primary key,
    action      text not null check (action in ('accept', 'decline')),
    used_at     timestamptz not null default now()
);

-- The key signing accept/decline links when none is configured (Notifications:LinkKey): generated once by the first
-- process that needs it, shared by every process of the cluster.
create table link_signing_key (
    id          smallint primary key default 1 check (id = 1),
    key         bytea not null check (length(key) >= 32),
    created_at  timestamptz not null default now()
);

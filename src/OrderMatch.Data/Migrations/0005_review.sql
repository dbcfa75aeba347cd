-- Decisions of reviewed classes kept for the next run while the rest of the class may change (solver option
-- DecisionPins). A row holds the class as it was (course, institution, trainer, room, start week, pattern, enrolled
-- orders) and which of its decisions are kept; a class is pinned either whole (pins) or by decisions, never both.

create table decision_pins (
    class_id    text primary key check (class_id <> ''),
    plan_id     bigint references plans (id) on delete set null,
    course      text not null references courses (id),
    institution text not null references institutions (id),
    trainer     text not null references trainers (id),
    room        text not null references rooms (id),
    start_week  integer not null check (start_week >= 1),
    pattern     text[] not null check (cardinality(pattern) >= 1),
    orders      text[] not null check (cardinality(orders) >= 1),
    keep        text[] not null check (cardinality(keep) >= 1 and keep <@ array['institution', 'trainer', 'room', 'time']),
    pinned_by   text not null,
    pinned_at   timestamptz not null default now()
);

-- People and programs that use OrderMatch: users with one role each, bound to what the role acts for, and the
-- API tokens they issue to programs. Only a token's SHA-256 is stored; the token itself is shown once.

create table users (
    id              bigint generated always as identity primary key,
    login           text not null unique check (login ~ '^[A-Za-z0-9._@-]{1,64}$'),
    -- ASP.NET Core Identity PasswordHasher (v3) format; null: no password, the user signs in with API tokens only.
    password_hash   text,
    role            text not null check (role in ('enterprise', 'coordinator', 'institution', 'admin')),
    enterprise_id   text references enterprises (id),
    institution_id  text references institutions (id),
    -- Coordinator only: the regions whose enterprises it serves; null = all regions.
    regions         text[],
    failed_logins   integer not null default 0 check (failed_logins >= 0),
    locked_until    timestamptz,
    created_at      timestamptz not null default now(),
    check ((role = 'enterprise') = (enterprise_id is not null)),
    check ((role = 'institution') = (institution_id is not null)),
    check (role = 'coordinator' or regions is null),
    check (regions is null or cardinality(regions) >= 1)
);
create index users_enterprise on users (enterprise_id) where enterprise_id is not null;

create table api_tokens (
    id              bigint generated always as identity primary key,
    user_id         bigint not null references users (id) on delete cascade,
    name            text not null check (name <> ''),
    token_hash      text not null unique check (token_hash ~ '^[0-9a-f]{64}$'),
    created_at      timestamptz not null default now(),
    last_used_at    timestamptz,
    revoked_at      timestamptz
);
create index api_tokens_user on api_tokens (user_id);

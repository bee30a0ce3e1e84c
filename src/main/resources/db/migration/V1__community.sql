-- Members, their roles, juries and partner organisations. Emails are stored lower-case.
create table member (
    id            uuid primary key,
    username      varchar(100) unique,
    email         varchar(320) not null unique,
    display_name  varchar(200),
    password_hash varchar(200),
    language      varchar(5)   not null,
    status        varchar(20)  not null,
    created_at    timestamp with time zone not null,
    version       bigint       not null
);

create table member_role (
    member_id uuid        not null references member (id),
    role      varchar(30) not null,
    primary key (member_id, role)
);

create table jury (
    id      uuid primary key,
    name    varchar(200) not null,
    version bigint       not null
);

create table jury_member (
    jury_id   uuid not null references jury (id),
    member_id uuid not null references member (id),
    primary key (jury_id, member_id)
);

create table partner (
    id          uuid primary key,
    name        varchar(200)  not null,
    website     varchar(500),
    email       varchar(320)  not null,
    description varchar(2000),
    version     bigint        not null
);

-- Only the SHA-256 of an invitation token is kept; the token itself exists only in the emailed link.
create table invitation (
    id         uuid primary key,
    member_id  uuid        not null references member (id),
    token_hash varchar(64) not null unique,
    created_at timestamp with time zone not null,
    expires_at timestamp with time zone not null,
    used_at    timestamp with time zone,
    version    bigint      not null
);

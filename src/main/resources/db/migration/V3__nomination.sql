-- Nominations and what happens to them. open_key is set only while a nomination is in progress, so the
-- unique constraint refuses a second open nomination for the same nominee and badge class, even under races.
create table nomination (
    id              uuid primary key,
    badge_class_id  uuid           not null references badge_class (id),
    kind            varchar(12)    not null,
    nominator_id    uuid           not null references member (id),
    nominee_id      uuid           not null references member (id),
    narrative       varchar(10000) not null,
    status          varchar(20)    not null,
    stage           varchar(20)    not null,
    round           integer        not null,
    public_consent  boolean        not null,
    nominee_message varchar(2000),
    outcome_note    varchar(5000),
    assertion_id    uuid,
    open_key        varchar(80) unique,
    created_at      timestamp with time zone not null,
    updated_at      timestamp with time zone not null,
    version         bigint         not null
);

create index nomination_nominator on nomination (nominator_id);
create index nomination_nominee on nomination (nominee_id);

create table evidence (
    id            uuid primary key,
    nomination_id uuid           not null references nomination (id),
    round         integer        not null,
    narrative     varchar(10000) not null,
    submitted_at  timestamp with time zone not null,
    version       bigint         not null,
    unique (nomination_id, round)
);

create table evidence_item (
    evidence_id uuid          not null references evidence (id),
    position    integer       not null,
    name        varchar(200)  not null,
    url         varchar(2000),
    description varchar(2000),
    primary key (evidence_id, position)
);

create table review (
    id            uuid primary key,
    nomination_id uuid          not null references nomination (id),
    round         integer       not null,
    juror_id      uuid          not null references member (id),
    verdict       varchar(10)   not null,
    comment       varchar(5000) not null,
    decided_at    timestamp with time zone not null,
    version       bigint        not null,
    unique (nomination_id, round, juror_id)
);

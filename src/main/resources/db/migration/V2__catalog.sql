-- Issuer profiles and badge classes with their review policy and deadlines (ISO-8601 durations).
create table issuer (
    id          uuid primary key,
    name        varchar(200)  not null,
    url         varchar(500)  not null,
    email       varchar(320)  not null,
    description varchar(2000),
    version     bigint        not null
);

create table badge_class (
    id                  uuid primary key,
    issuer_id           uuid          not null references issuer (id),
    slug                varchar(80)   not null unique,
    name                varchar(200)  not null,
    description         varchar(2000) not null,
    criteria            varchar(5000) not null,
    tags                varchar(500),
    status              varchar(20)   not null,
    review_policy       varchar(10)   not null,
    jury_id             uuid          not null references jury (id),
    quorum              integer       not null,
    max_rounds          integer       not null,
    acceptance_period   varchar(20)   not null,
    evidence_period     varchar(20)   not null,
    evidence_reminder   varchar(20)   not null,
    review_period       varchar(20)   not null,
    review_reminder     varchar(20)   not null,
    validity            varchar(20),
    min_endorsements    integer       not null,
    version             bigint        not null
);

create table badge_class_prerequisite (
    badge_class_id  uuid not null references badge_class (id),
    prerequisite_id uuid not null references badge_class (id),
    primary key (badge_class_id, prerequisite_id)
);

create table badge_class_endorser (
    badge_class_id uuid not null references badge_class (id),
    partner_id     uuid not null references partner (id),
    primary key (badge_class_id, partner_id)
);

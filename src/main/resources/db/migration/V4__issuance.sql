-- One assertion per nomination: the unique nomination_id makes issuance idempotent even when its job runs twice.
create table assertion (
    id                uuid primary key,
    nomination_id     uuid         not null unique,
    badge_class_id    uuid         not null references badge_class (id),
    recipient_id      uuid         not null references member (id),
    recipient_email   varchar(320) not null,
    issued_on         timestamp with time zone not null,
    expires           timestamp with time zone,
    revoked_at        timestamp with time zone,
    revocation_reason varchar(1000),
    version           bigint       not null
);

create index assertion_recipient on assertion (recipient_id);

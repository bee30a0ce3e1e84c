-- Partners asked to endorse an award (an assertion still to be issued), a badge class or the issuer itself, and the
-- endorsements they gave. Only the SHA-256 of the current link's token is kept: the token exists only in the email,
-- and a reminder replaces it. Partners have no language yet: requests are written in French (the first users').
create table endorsement_request (
    id            uuid primary key,
    partner_id    uuid          not null references partner (id),
    subject_type  varchar(12)   not null,
    subject_id    uuid          not null,
    nomination_id uuid references nomination (id),
    token_hash    varchar(64)   not null unique,
    status        varchar(12)   not null,
    language      varchar(5)    not null,
    created_at    timestamp with time zone not null,
    expires_at    timestamp with time zone not null,
    reminded_at   timestamp with time zone,
    decided_at    timestamp with time zone,
    comment       varchar(2000),
    endorser_name varchar(200),
    endorser_role varchar(200),
    version       bigint        not null
);

create index endorsement_request_status on endorsement_request (status, created_at);

-- An approved request becomes an Open Badges Endorsement hosted by the issuance module (issued_endorsement, V13).

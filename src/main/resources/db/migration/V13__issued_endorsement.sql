-- Open Badges 2.0 Endorsements as hosted by the issuance module: a partner's approval of an assertion, a badge class
-- or an issuer, with its comment. Written when the endorsement module records an approval; the endorsed object
-- lists it. No foreign key on the subject: an assertion is endorsed before it is issued (its id is allocated first).
create table issued_endorsement (
    id            uuid primary key,
    subject_type  varchar(20)   not null,
    subject_id    uuid          not null,
    partner_id    uuid          not null references partner (id),
    comment       varchar(2000) not null,
    endorser_name varchar(200)  not null,
    endorser_role varchar(200),
    issued_on     timestamp with time zone not null
);

create index issued_endorsement_subject on issued_endorsement (subject_type, subject_id);

-- What an Open Badges 2.0 assertion says beyond who and when: the jury's decision, the evidence, whether the holder
-- agreed to show it, and how it is verified (HOSTED at its URL, or SIGNED with the issuer's key).
alter table assertion add column narrative varchar(4000);
alter table assertion add column evidence_narrative varchar(10000);
alter table assertion add column public_consent boolean default false not null;
alter table assertion add column verification varchar(10) default 'HOSTED' not null;
alter table assertion add column signing_key_id uuid;
-- The holder's language when issued, for the sentences the documents generate (private evidence).
alter table assertion add column language varchar(10) default 'fr' not null;

create table assertion_evidence (
    assertion_id uuid          not null references assertion (id),
    position     int           not null,
    name         varchar(200)  not null,
    url          varchar(2000),
    description  varchar(2000),
    primary key (assertion_id, position)
);

-- The baked badge images, made once at issuance: what the holder downloads is exactly what was issued.
create table baked_image (
    assertion_id uuid        not null references assertion (id),
    media_type   varchar(40) not null,
    content      bytea       not null,
    primary key (assertion_id, media_type)
);

-- One RSA signing key per issuer, created on first use. The private key is stored encrypted (AES-GCM, key derived
-- from accolade.signing.secret); the public key is hosted as a CryptographicKey.
create table issuer_key (
    id                    uuid primary key,
    issuer_id             uuid          not null unique references issuer (id),
    public_key_pem        varchar(2000) not null,
    encrypted_private_key bytea         not null,
    created_at            timestamp with time zone not null
);

create index assertion_revoked on assertion (badge_class_id, revoked_at);

-- Open Badges 3.0: every award is also a verifiable credential, signed once at issuance and never changed.

-- Keys for credentials, per owner (an issuer, or a partner organisation for its endorsements): Ed25519 for the Data
-- Integrity proofs, P-256 (ES256) for VC-JWT. Rotating adds a generation; earlier generations stay published in the
-- owner's DID document, so what they signed stays verifiable. The private key is encrypted like issuer_key's.
create table credential_key (
    id                    uuid primary key,
    owner_id              uuid          not null,
    algorithm             varchar(10)   not null,
    generation            int           not null,
    public_key            varchar(2000) not null,
    encrypted_private_key bytea         not null,
    created_at            timestamp with time zone not null,
    unique (owner_id, algorithm, generation)
);

-- The credential of an assertion, as signed (JSON with its proof, and VC-JWT), and its place in the issuer's
-- revocation status list: list number and bit index, unique per issuer.
create table credential (
    assertion_id uuid primary key references assertion (id),
    issuer_id    uuid            not null,
    status_list  int             not null,
    status_index int             not null,
    document     varchar(1000000) not null,
    jwt          varchar(1000000) not null,
    unique (issuer_id, status_list, status_index)
);

-- The credential baked into the badge picture: PNG always, SVG when the picture is SVG.
create table baked_credential_image (
    assertion_id uuid        not null references assertion (id),
    media_type   varchar(40) not null,
    content      bytea       not null,
    primary key (assertion_id, media_type)
);

-- A partner's approval as an EndorsementCredential, signed by the key Accolade keeps for the partner.
alter table issued_endorsement add column credential varchar(200000);

-- An issuer's logo (PNG or SVG, at most 512 KB, checked by its content before it is stored), its type and its
-- fingerprint: the image of its Open Badges profiles, 2.0 and 3.0.
alter table issuer add column logo bytea;
alter table issuer add column logo_type varchar(40);
alter table issuer add column logo_etag varchar(16);

-- A partner organisation's logo (PNG or SVG, at most 512 KB, checked by its content before it is stored), its type,
-- and a fingerprint of it that lists can show without reading the image. One partner per contact address: the
-- endorsement emails go there.
alter table partner add column logo bytea;
alter table partner add column logo_type varchar(40);
alter table partner add column logo_etag varchar(16);
create unique index partner_email_unique on partner (email);

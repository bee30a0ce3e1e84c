-- A badge class's picture (PNG or SVG, at most 512 KB, checked by its content before it is stored); none means a
-- generated placeholder. bytea is PostgreSQL's binary type and an alias of H2's BINARY VARYING.
alter table badge_class add column image bytea;
alter table badge_class add column image_type varchar(40);

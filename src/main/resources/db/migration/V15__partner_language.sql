-- The language a partner's endorsement emails are written in (fr or en); French for the partners already known.
alter table partner add column language varchar(5) default 'fr' not null;

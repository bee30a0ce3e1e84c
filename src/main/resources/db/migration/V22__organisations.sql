-- A network of organisations (ADR 17). Each issuer becomes an organisation, keeping its id and so every address of
-- its badges; people hold memberships per organisation. What existed belonged to the one issuer there was, so it is
-- attached to it: its admins, jurors and members, its juries, nominations, requests, badges and mails.

alter table issuer add column slug varchar(40);
alter table issuer add column language varchar(5) default 'fr' not null;
update issuer set slug = 'org-' || left(cast(id as varchar(36)), 8);
alter table issuer alter column slug set not null;
create unique index issuer_slug on issuer (slug);

create table membership (
    member_id       uuid        not null references member (id),
    organisation_id uuid        not null references issuer (id),
    role            varchar(20) not null,
    primary key (member_id, organisation_id, role)
);
create index membership_organisation on membership (organisation_id, role);

insert into membership (member_id, organisation_id, role)
    select r.member_id, i.id, 'ADMIN' from member_role r cross join issuer i where r.role = 'ISSUER_ADMIN';
insert into membership (member_id, organisation_id, role)
    select distinct j.member_id, i.id, 'JUROR' from jury_member j cross join issuer i;
insert into membership (member_id, organisation_id, role)
    select m.id, i.id, 'MEMBER' from member m cross join issuer i;
-- Being an organisation admin is a membership now; the platform's roles are MEMBER and SYSTEM_ADMIN.
delete from member_role where role = 'ISSUER_ADMIN';

-- An invitation may make its member part of one organisation; one still open that made an issuer admin makes an
-- admin of the organisation.
alter table invitation add column organisation_id uuid references issuer (id);
alter table invitation add column organisation_role varchar(20);
update invitation set organisation_id = (select i.id from issuer i order by i.id fetch first 1 rows only),
    organisation_role = 'ADMIN' where roles like '%ISSUER_ADMIN%';
update invitation set roles = replace(replace(replace(roles, ',ISSUER_ADMIN', ''), 'ISSUER_ADMIN,', ''),
    'ISSUER_ADMIN', '') where roles like '%ISSUER_ADMIN%';
update invitation set roles = null where roles = '';

alter table jury add column organisation_id uuid references issuer (id);
update jury set organisation_id = coalesce(
    (select b.issuer_id from badge_class b where b.jury_id = jury.id fetch first 1 rows only),
    (select i.id from issuer i order by i.id fetch first 1 rows only));
alter table jury alter column organisation_id set not null;

-- Who may be nominated: INVITATION is what every badge class allowed so far (anyone, by address).
alter table badge_class add column audience varchar(12) default 'INVITATION' not null;

alter table nomination add column organisation_id uuid references issuer (id);
update nomination set organisation_id =
    (select b.issuer_id from badge_class b where b.id = nomination.badge_class_id);
alter table nomination alter column organisation_id set not null;
create index nomination_organisation on nomination (organisation_id, created_at);

alter table assertion add column organisation_id uuid references issuer (id);
update assertion set organisation_id =
    (select b.issuer_id from badge_class b where b.id = assertion.badge_class_id);
alter table assertion alter column organisation_id set not null;
create index assertion_organisation on assertion (organisation_id, issued_on);

-- The organisation that asks a partner: the issuer endorsed, or the one of the badge class or badge endorsed.
alter table endorsement_request add column organisation_id uuid references issuer (id);
update endorsement_request set organisation_id = coalesce(
    (select i.id from issuer i where i.id = endorsement_request.subject_id),
    (select b.issuer_id from badge_class b where b.id = endorsement_request.subject_id),
    (select n.organisation_id from nomination n where n.id = endorsement_request.nomination_id),
    (select a.organisation_id from assertion a where a.id = endorsement_request.subject_id),
    (select i.id from issuer i order by i.id fetch first 1 rows only));
alter table endorsement_request alter column organisation_id set not null;
create index endorsement_request_organisation on endorsement_request (organisation_id, created_at);

-- Mail about an organisation's badges is that organisation's to watch; mail of the platform (invitations to it,
-- operators' alerts) has none and is the system admin's.
alter table mail_message add column organisation_id uuid references issuer (id);
update mail_message set organisation_id = (select i.id from issuer i order by i.id fetch first 1 rows only);
create index mail_message_organisation on mail_message (organisation_id, created_at);

-- Issue 10, items 4, 5 and 10 (ADR 14).
-- The jury and the quorum of a nomination are fixed when it is submitted: later edits of the badge class's jury or
-- rules do not change a running review, so nobody recomposes the jury of a nomination they are part of.
alter table nomination add column quorum integer;
update nomination set quorum = (select case when b.review_policy = 'PANEL' then 1 else b.quorum end
                                from badge_class b where b.id = nomination.badge_class_id);
alter table nomination alter column quorum set not null;

create table nomination_juror (
    nomination_id uuid not null references nomination (id),
    member_id     uuid not null references member (id),
    primary key (nomination_id, member_id)
);

insert into nomination_juror (nomination_id, member_id)
select n.id, m.member_id from nomination n
    join badge_class b on b.id = n.badge_class_id
    join jury_member m on m.jury_id = b.jury_id
where m.member_id <> n.nominator_id and m.member_id <> n.nominee_id;

-- The round whose review was escalated to the issuer admins: from then on they may decide with the votes in hand
-- or replace a missing juror.
alter table nomination add column escalated_round integer default 0 not null;

-- A nomination of an address with no account: a member may start only so many a day.
alter table nomination add column nominee_invited boolean default false not null;
create index nomination_invited_by_day on nomination (nominator_id, created_at);

-- Why a nomination could not go ahead (the nominee holds the badge, or lacks a prerequisite): only admins read it,
-- the nominator is told no more than that it could not go ahead.
alter table nomination add column stop_reason varchar(40);

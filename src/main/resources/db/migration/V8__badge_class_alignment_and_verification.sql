-- Open Badges 2.0 on a badge class: its alignments to competency frameworks (AlignmentObject), in the order the
-- issuer gave them, and how its assertions are verified. Existing badge classes stay hosted, as they were.
alter table badge_class add column verification varchar(10) default 'HOSTED' not null;

create table badge_class_alignment (
    badge_class_id     uuid          not null references badge_class (id),
    position           integer       not null,
    target_name        varchar(200)  not null,
    target_url         varchar(2000) not null,
    target_description varchar(2000),
    target_framework   varchar(200),
    target_code        varchar(100),
    primary key (badge_class_id, position)
);

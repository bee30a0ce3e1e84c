-- Issue 5: how long partners have to answer an endorsement request, and when they are reminded (counted from the
-- request), per badge class. Existing badge classes keep what every class had until now: a reminder after a week,
-- expiry after three.
alter table badge_class add column endorsement_period varchar(20) default 'P21D' not null;
alter table badge_class add column endorsement_reminder varchar(20) default 'P7D' not null;

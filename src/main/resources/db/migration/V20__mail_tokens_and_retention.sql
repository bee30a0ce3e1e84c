-- Issue 10: a message carries no usable token (placeholders are filled in at delivery), is retried for a period
-- counted from queued_at (its creation, or an admin's resend), and its body is purged once delivered and past the
-- retention period: body becomes nullable.
alter table mail_message alter column body drop not null;
alter table mail_message add column queued_at timestamp with time zone;
update mail_message set queued_at = created_at;
alter table mail_message alter column queued_at set not null;

-- Bodies sent before this version hold live tokens: drop them, keep who was written to, what and when.
update mail_message set body = null
where status = 'SENT'
  and template in ('INVITATION', 'MEMBER_INVITATION', 'ENDORSEMENT_REQUESTED', 'ENDORSEMENT_REMINDER');

-- Who granted which roles with an invitation: they are given only when that invitation is accepted.
alter table invitation add column invited_by uuid references member (id);
alter table invitation add column roles varchar(200);

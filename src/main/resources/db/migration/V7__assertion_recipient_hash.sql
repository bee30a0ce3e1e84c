-- The recipient as Open Badges identify them: sha256$ + hex(SHA-256(email + salt)), a fresh salt per assertion.
-- Nullable for assertions issued before this migration; every new one has both.
alter table assertion add column recipient_salt varchar(64);
alter table assertion add column recipient_hash varchar(100);

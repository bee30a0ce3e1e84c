-- A rejection or revision mail carries every juror's comment (5,000 characters each, and a jury has no upper size):
-- the body must take them all.
alter table mail_message alter column body set data type varchar(1000000);

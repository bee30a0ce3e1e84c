-- The mail outbox: written in the transaction of the step that causes a message, delivered later with retries.
create table mail_message (
    id              uuid primary key,
    recipient       varchar(320)   not null,
    language        varchar(5)     not null,
    template        varchar(60)    not null,
    subject         varchar(500)   not null,
    body            varchar(20000) not null,
    status          varchar(10)    not null,
    attempts        integer        not null,
    next_attempt_at timestamp with time zone not null,
    last_error      varchar(2000),
    created_at      timestamp with time zone not null,
    sent_at         timestamp with time zone,
    version         bigint         not null
);

create index mail_message_due on mail_message (status, next_attempt_at);

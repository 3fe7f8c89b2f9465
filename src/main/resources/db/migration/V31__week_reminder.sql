-- Reminder mails of a runner's planned days (docs/security.md, "Reminder mails"), opt-in on /my/week.
-- minutes: when, from the start (midnight) of the planned day in the runner's time zone, the same choices as
-- the calendar's reminders (the evening before 18:00-21:00, the morning of the day 06:00-08:00).
-- last_sent_for: the planned day the latest mail was for; the job claims a day with a conditional UPDATE of it,
-- so two instances never both send. Deleting the account deletes the reminder and its unsubscribe links.
CREATE TABLE week_reminder (
    account_id     BIGINT     NOT NULL PRIMARY KEY,
    minutes        INTEGER    NOT NULL,
    last_sent_for  DATE,
    created_at     TIMESTAMP  NOT NULL,
    CONSTRAINT week_reminder_account FOREIGN KEY (account_id) REFERENCES account (id) ON DELETE CASCADE,
    CONSTRAINT week_reminder_minutes CHECK (minutes BETWEEN -1440 AND 1440)
);

-- One unsubscribe link per mail: the SHA-256 hash of its 256-bit token, never the token. Every mail's link
-- works until the reminder is turned off (which deletes them all) or the link is 60 days old.
CREATE TABLE week_reminder_link (
    token_hash  CHAR(64)   NOT NULL PRIMARY KEY,
    account_id  BIGINT     NOT NULL,
    created_at  TIMESTAMP  NOT NULL,
    CONSTRAINT week_reminder_link_reminder FOREIGN KEY (account_id)
        REFERENCES week_reminder (account_id) ON DELETE CASCADE
);
CREATE INDEX week_reminder_link_account ON week_reminder_link (account_id);

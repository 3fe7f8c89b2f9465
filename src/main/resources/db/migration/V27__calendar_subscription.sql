-- A runner's calendar subscription (docs/security.md, "Calendar subscription"): a secret feed address of
-- their week that calendar apps refresh. Only the SHA-256 hash of the address's token is kept, so a copy of
-- the database opens no feed; the token itself is shown once, when it is made. feed_id starts every event's
-- UID and outlives a replaced token, so a calendar given the new address keeps the same events.
-- reminder_minutes: when an event's alarm goes off, from the start (midnight) of the day; NULL for none.
-- Deleting the account deletes its subscription and its events.
CREATE TABLE calendar_subscription (
    account_id        BIGINT       NOT NULL PRIMARY KEY,
    token_hash        CHAR(64)     NOT NULL,
    feed_id           VARCHAR(32)  NOT NULL,
    reminder_minutes  INTEGER,
    created_at        TIMESTAMP    NOT NULL,
    CONSTRAINT calendar_subscription_account FOREIGN KEY (account_id) REFERENCES account (id) ON DELETE CASCADE,
    CONSTRAINT calendar_subscription_token UNIQUE (token_hash),
    CONSTRAINT calendar_subscription_reminder CHECK (reminder_minutes BETWEEN -1440 AND 1440)
);

-- The last version of each day's event the feed served: a hash of its content, its SEQUENCE (raised when the
-- content changes, never recomputed), when it last changed (LAST-MODIFIED and DTSTAMP), and the first date
-- its weekly rule starts on. content_hash 'REMOVED' marks a day that has left the feed.
CREATE TABLE calendar_event (
    account_id     BIGINT       NOT NULL,
    day_of_week    VARCHAR(9)   NOT NULL,
    content_hash   VARCHAR(64)  NOT NULL,
    sequence       INTEGER      NOT NULL,
    first_date     DATE         NOT NULL,
    last_modified  TIMESTAMP    NOT NULL,
    CONSTRAINT calendar_event_pk PRIMARY KEY (account_id, day_of_week),
    CONSTRAINT calendar_event_subscription FOREIGN KEY (account_id)
        REFERENCES calendar_subscription (account_id) ON DELETE CASCADE,
    CONSTRAINT calendar_event_sequence CHECK (sequence >= 0)
);

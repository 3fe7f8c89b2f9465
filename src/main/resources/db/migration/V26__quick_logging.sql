-- How a session was logged (issue 17): PLANNED when every set was saved at the routine's planned dose through
-- "Done as planned", LAST_TIME when it was saved exactly as copied from the runner's previous session of the
-- routine ("Same as last time"), TYPED otherwise (and for every session logged before). A physiotherapist
-- reading the journal can tell a session confirmed in one tap from sets typed one by one.
ALTER TABLE training_session ADD COLUMN logged_as VARCHAR(10) DEFAULT 'TYPED' NOT NULL;
ALTER TABLE training_session ADD CONSTRAINT training_session_logged_as CHECK (logged_as IN ('PLANNED', 'LAST_TIME', 'TYPED'));

-- The runner's time zone (a java.time ZoneId such as Europe/Berlin): "today", "the morning after" and streaks
-- follow it. Empty until the runner chooses one: the server's zone then.
ALTER TABLE account ADD COLUMN time_zone VARCHAR(64);

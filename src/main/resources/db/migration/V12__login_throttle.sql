-- Failed logins, counted per account (its normalised email, whether or not an account has it, so the table
-- reveals nothing) and per client address. In the database rather than in memory so that every instance
-- of the application sees the same counts. LoginThrottle keeps it small: rows whose window and lockout
-- are over are deleted.
CREATE TABLE login_throttle (
    subject           VARCHAR(300) NOT NULL PRIMARY KEY,
    failures          INTEGER      NOT NULL CHECK (failures >= 1),
    first_failure_at  TIMESTAMP    NOT NULL,
    locked_until      TIMESTAMP
);

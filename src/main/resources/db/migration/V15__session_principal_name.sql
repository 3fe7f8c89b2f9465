-- Spring Session JDBC (the postgres profile) keeps the logged-in runner's email beside each session, and
-- its schema gave that column 100 characters while an account's email may have 254 (V5): a runner with a
-- longer address could not log in. The column now takes any account's email.
ALTER TABLE spring_session ALTER COLUMN principal_name SET DATA TYPE VARCHAR(254);

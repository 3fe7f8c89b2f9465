-- Which logins of an account are still honoured. A login keeps the version it read; a request whose version
-- is no longer the account's is treated as logged out (docs/security.md, "Logging in"). Raised when the
-- password changes and by "Log out everywhere else"; existing sessions carry no version, read as 0.
ALTER TABLE account ADD COLUMN credential_version INTEGER DEFAULT 0 NOT NULL;

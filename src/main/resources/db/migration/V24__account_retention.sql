-- Retention of accounts nobody uses (hipflex.retention.*, docs/operations.md): the last successful login, in
-- UTC, and when the warning mail before deletion was sent (cleared by the next login). An account that has not
-- logged in since this change counts as inactive from when it was made; it is warned before anything else.
ALTER TABLE account ADD COLUMN last_login_at TIMESTAMP;
ALTER TABLE account ADD COLUMN retention_warned_at TIMESTAMP;

-- For the operator's retention setting (docs/operations.md, "Accounts nobody uses"): when the runner last
-- logged in, and when HipFlex warned them by email that the account would be deleted for lack of use. Both in
-- UTC; NULL when it never happened (an account made before this column counts from its creation).
ALTER TABLE account ADD COLUMN last_login_at TIMESTAMP;
ALTER TABLE account ADD COLUMN retention_warned_at TIMESTAMP;

-- Requests sent at the same moment (a double click, a retrying client, several instances) must not store a
-- thing twice. Plain SQL that both H2 2.x and PostgreSQL 15 accept.

-- A routine is planned at most once in a slot of a day. "Adding it again changes nothing" used to be
-- checked in Java only, so two adds at once both planned it. Rows left by that race plan the same routine
-- again in the same slot and hold nothing else of the runner's (a position), so all but the first go.
DELETE FROM week_plan_item WHERE EXISTS (
    SELECT 1 FROM week_plan_item earlier
    WHERE earlier.week_plan_day_id = week_plan_item.week_plan_day_id
      AND earlier.routine_id = week_plan_item.routine_id
      AND earlier.slot = week_plan_item.slot
      AND earlier.id < week_plan_item.id);
ALTER TABLE week_plan_item ADD CONSTRAINT week_plan_item_once UNIQUE (week_plan_day_id, routine_id, slot);

-- The token of the log form that saved a session (a UUID, new each time the form is shown): the same form
-- sent again finds its session instead of saving another. Sessions saved before, imported or sent by a
-- client without a token have none (NULLs do not collide), and sessions already saved twice are kept: they
-- are the runner's data, and only the runner can tell a double click from two sessions.
ALTER TABLE training_session ADD COLUMN form_token VARCHAR(36);
ALTER TABLE training_session ADD CONSTRAINT training_session_form_token_once UNIQUE (account_id, form_token);

-- Issue 17, sections 3 and 4.
--
-- The start screen (module start): what a runner answered before their first plan or log. Health data: it goes
-- with the account (ON DELETE CASCADE) and into "Export everything". The usual pain level is not repeated here:
-- the screen sets account.usual_pain (V19), and the age band is the one given at registration (V23).
CREATE TABLE start_answers (
    account_id          BIGINT    NOT NULL PRIMARY KEY REFERENCES account (id) ON DELETE CASCADE,
    current_pain        INTEGER   NOT NULL,
    bone_stress_injury  BOOLEAN   NOT NULL,
    clinician_manages   BOOLEAN   NOT NULL,
    answered_at         TIMESTAMP NOT NULL,
    CONSTRAINT start_answers_current_pain_range CHECK (current_pain BETWEEN 0 AND 10)
);

-- The red flags the runner said apply to them now: any row stops the programme until they change the answer.
CREATE TABLE start_red_flag (
    account_id   BIGINT NOT NULL REFERENCES start_answers (account_id) ON DELETE CASCADE,
    red_flag_id  BIGINT NOT NULL REFERENCES red_flag (id) ON DELETE CASCADE,
    PRIMARY KEY (account_id, red_flag_id)
);

-- The red flags that are about children and teenagers who are still growing: the start screen asks them only of
-- a runner who said at registration that they are under 16.
ALTER TABLE red_flag ADD COLUMN young_runner BOOLEAN DEFAULT FALSE NOT NULL;
UPDATE red_flag SET young_runner = TRUE
  WHERE source_id IN (SELECT id FROM source WHERE slug IN ('peck-2017', 'eberbach-2017'));

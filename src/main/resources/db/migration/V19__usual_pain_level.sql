-- A runner's usual pain level: the hip or groin pain they have on an ordinary morning, 0 to 10 on the journal's
-- pain scale. The journal's pain check (PainMonitor) compares next-morning pain with it. Only the runner sets it
-- (on the account page); it is never worked out from their logs. 0 for every account until they change it.
ALTER TABLE account ADD COLUMN usual_pain INTEGER DEFAULT 0 NOT NULL;
ALTER TABLE account ADD CONSTRAINT account_usual_pain_range CHECK (usual_pain BETWEEN 0 AND 10);

-- Consent to store health data (pain and training logs, GDPR Article 9), given at registration and separate
-- from everything else: when it was given, in UTC. NULL for accounts made before HipFlex asked.
-- Withdrawing consent is deleting the account.
ALTER TABLE account ADD COLUMN health_data_consent_at TIMESTAMP;
-- The runner said they are under 16 and that a parent or guardian agreed with them. No date of birth is kept.
ALTER TABLE account ADD COLUMN under_sixteen BOOLEAN DEFAULT FALSE NOT NULL;

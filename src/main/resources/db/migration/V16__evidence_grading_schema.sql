-- Makes the grading of claims checkable (issue 15): each source records its study design and the population it
-- studied, and each link from something graded (a claim, a checklist item, an exercise's dose, a routine) to a
-- source records whether the source supports or contradicts it, and whether it studied that question in that
-- population directly or only a different one (then the claim is at most "extrapolated").
-- The columns are filled for the existing rows by the migration after this one; new rows name them.
-- design: SourceDesign (SYSTEMATIC_REVIEW, RANDOMISED_TRIAL, COHORT, CROSS_SECTIONAL, CASE_SERIES, MODELLING,
--         EXPERT_CONSENSUS, NARRATIVE_REVIEW, TEXTBOOK, WEB_PAGE); population: who was studied, in words.
ALTER TABLE source ADD COLUMN design VARCHAR(30);
ALTER TABLE source ADD COLUMN population VARCHAR(300);

-- stance: SUPPORTS or CONTRADICTS; directness: DIRECT or INDIRECT (guide.Stance, guide.Directness).
ALTER TABLE claim_source ADD COLUMN stance VARCHAR(12) DEFAULT 'SUPPORTS' NOT NULL;
ALTER TABLE claim_source ADD COLUMN directness VARCHAR(12) DEFAULT 'DIRECT' NOT NULL;
ALTER TABLE checklist_item_source ADD COLUMN stance VARCHAR(12) DEFAULT 'SUPPORTS' NOT NULL;
ALTER TABLE checklist_item_source ADD COLUMN directness VARCHAR(12) DEFAULT 'DIRECT' NOT NULL;
ALTER TABLE exercise_source ADD COLUMN stance VARCHAR(12) DEFAULT 'SUPPORTS' NOT NULL;
ALTER TABLE exercise_source ADD COLUMN directness VARCHAR(12) DEFAULT 'DIRECT' NOT NULL;
ALTER TABLE routine_source ADD COLUMN stance VARCHAR(12) DEFAULT 'SUPPORTS' NOT NULL;
ALTER TABLE routine_source ADD COLUMN directness VARCHAR(12) DEFAULT 'DIRECT' NOT NULL;

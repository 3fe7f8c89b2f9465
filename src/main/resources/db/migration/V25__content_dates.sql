-- The day each page's content last changed, shown on guide pages and used as the sitemap's lastmod (issue 21).
-- A migration that changes what a page shows sets its date too (docs/content.md).
-- Every page's content changed on 7 December 2026: the grading (V17) gave every source a design and a population,
-- shown beside the claims that cite it; the corrections (V18), the groin-pain page and the red flags (V20, in the
-- red-flag box of every guide, muscle, exercise and routine page) and V21 followed the same day.
ALTER TABLE guide_page ADD COLUMN updated_on DATE;
ALTER TABLE muscle ADD COLUMN updated_on DATE;
ALTER TABLE exercise ADD COLUMN updated_on DATE;
-- Runners' own routines are rows of the same table; they are not public pages and have no content date.
ALTER TABLE routine ADD COLUMN updated_on DATE;

UPDATE guide_page SET updated_on = DATE '2026-12-07';
UPDATE muscle SET updated_on = DATE '2026-12-07';
UPDATE exercise SET updated_on = DATE '2026-12-07';
UPDATE routine SET updated_on = DATE '2026-12-07' WHERE owner_id IS NULL;

ALTER TABLE guide_page ALTER COLUMN updated_on SET NOT NULL;
ALTER TABLE muscle ALTER COLUMN updated_on SET NOT NULL;
ALTER TABLE exercise ALTER COLUMN updated_on SET NOT NULL;

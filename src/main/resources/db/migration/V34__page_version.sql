-- Issue 20: a runner's own pages are kept, rendered, for a short while (account/RunnerPageCache). page_version is
-- raised after anything changes what those pages show (every form the runner sends, a clinician's change through a
-- share link, a reminder unsubscribed), and a kept page is only served while the version it was made under is the
-- one in this row, so an instance never serves a page another instance's change made out of date.
ALTER TABLE account ADD COLUMN page_version BIGINT DEFAULT 0 NOT NULL;

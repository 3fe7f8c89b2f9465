-- CachePolicyFilterTest: a content change that arrives with a migration, as a new one would.
UPDATE guide_page SET title = 'Hip flexors, revised' WHERE slug = 'overview';

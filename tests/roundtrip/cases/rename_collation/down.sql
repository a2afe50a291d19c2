-- schemac migration: down
-- 1 step; no hazards

-- ~ collation public.german: rename collation "de" to "german"
ALTER COLLATION public.de RENAME TO german;

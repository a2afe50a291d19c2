-- schemac migration: up
-- 1 step; no hazards

-- ~ collation public.de: rename collation "german" to "de"
ALTER COLLATION public.german RENAME TO de;

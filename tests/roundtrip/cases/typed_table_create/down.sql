-- schemac migration: down
-- 4 steps; hazards: access-exclusive-lock, deletes-data, irreversible-down

-- - table hr.people: drop table [deletes-data, access-exclusive-lock, irreversible-down]
DROP TABLE hr.people;

-- - table hr.visitors: drop table [deletes-data, access-exclusive-lock, irreversible-down]
DROP TABLE hr.visitors;

-- - table public.archive_old: drop table [deletes-data, access-exclusive-lock, irreversible-down]
DROP TABLE public.archive_old;

-- - table public."Hr Archive": drop table [deletes-data, access-exclusive-lock, irreversible-down]
DROP TABLE public."Hr Archive";

-- schemac migration: down
-- 2 steps; hazards: access-exclusive-lock

-- + collation public.case_insensitive: create collation
CREATE COLLATION public.case_insensitive (provider = icu, locale = 'und-u-ks-level2', deterministic = false);

-- ~ table public.users: alter column email: collation default -> public.case_insensitive [access-exclusive-lock]
ALTER TABLE public.users ALTER COLUMN email TYPE text COLLATE public.case_insensitive;

-- schemac migration: down
-- 4 steps; hazards: access-exclusive-lock, deletes-data, irreversible-down

-- - function public.rule_flag(boolean, boolean, text): drop function
DROP FUNCTION public.rule_flag(boolean, boolean, text);

-- - table public.rules: drop exclusion constraint rules_id_excl [access-exclusive-lock]
ALTER TABLE public.rules DROP CONSTRAINT rules_id_excl;

-- - table public.rules: drop column exclude [deletes-data, access-exclusive-lock, irreversible-down]
ALTER TABLE public.rules DROP COLUMN exclude;

-- - table public.rules: drop column note [deletes-data, access-exclusive-lock, irreversible-down]
ALTER TABLE public.rules DROP COLUMN note;

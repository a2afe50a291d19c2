-- schemac migration: up
-- 1 step; hazards: access-exclusive-lock, deletes-data, irreversible-down

-- - table public.p: drop column e [deletes-data, access-exclusive-lock, irreversible-down]
ALTER TABLE ONLY public.p DROP COLUMN e;
ALTER TABLE public.d DROP COLUMN e;

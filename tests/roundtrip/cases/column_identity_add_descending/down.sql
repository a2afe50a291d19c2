-- schemac migration: down
-- 1 step; hazards: access-exclusive-lock, irreversible-down

-- ~ table public.refunds: alter column id: drop identity [access-exclusive-lock, irreversible-down]
ALTER TABLE public.refunds ALTER COLUMN id DROP IDENTITY;

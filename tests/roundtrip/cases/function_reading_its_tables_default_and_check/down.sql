-- schemac migration: down
-- 4 steps; hazards: access-exclusive-lock

-- - table public.queue: drop check constraint queue_weight_check [access-exclusive-lock]
ALTER TABLE public.queue DROP CONSTRAINT queue_weight_check;

-- - function public.total_weight(): drop function
DROP FUNCTION public.total_weight();

-- ~ table public.queue: alter column "position": drop default [access-exclusive-lock]
ALTER TABLE ONLY public.queue ALTER COLUMN "position" DROP DEFAULT;

-- - function public.next_position(): drop function
DROP FUNCTION public.next_position();

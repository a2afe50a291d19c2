-- schemac migration: down
-- 5 steps; hazards: access-exclusive-lock, deletes-data, irreversible-down

-- - table public.queue: drop check constraint queue_weight_check before the function it calls, which uses the table [access-exclusive-lock]
ALTER TABLE public.queue DROP CONSTRAINT queue_weight_check;

-- - function public.total_weight(): drop function
DROP FUNCTION public.total_weight();

-- ~ table public.queue: alter column "position": drop default (before the function it calls, which uses the table) [access-exclusive-lock]
ALTER TABLE ONLY public.queue ALTER COLUMN "position" DROP DEFAULT;

-- - function public.next_position(): drop function
DROP FUNCTION public.next_position();

-- - table public.queue: drop table [deletes-data, access-exclusive-lock, irreversible-down]
DROP TABLE public.queue;

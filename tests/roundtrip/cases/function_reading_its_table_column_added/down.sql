-- schemac migration: down
-- 3 steps; hazards: access-exclusive-lock, deletes-data, irreversible-down

-- ~ table public.queue: alter column "position": drop default (before the function it calls, which uses the table) [access-exclusive-lock]
ALTER TABLE ONLY public.queue ALTER COLUMN "position" DROP DEFAULT;

-- - function public.next_position(): drop function
DROP FUNCTION public.next_position();

-- - table public.queue: drop column "position" [deletes-data, access-exclusive-lock, irreversible-down]
ALTER TABLE public.queue DROP COLUMN "position";

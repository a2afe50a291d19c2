-- schemac migration: up
-- 3 steps; hazards: access-exclusive-lock, table-rewrite

-- + table public.queue: add column "position" integer [table-rewrite, access-exclusive-lock]
ALTER TABLE public.queue ADD COLUMN "position" integer;

-- + function public.next_position(): create function
CREATE OR REPLACE FUNCTION public.next_position()
 RETURNS integer
 LANGUAGE sql
RETURN (SELECT (COALESCE(max(queue."position"), 0) + 1) FROM public.queue);

-- ~ table public.queue: alter column "position": set default public.next_position() (after the function it calls, which uses the table) [access-exclusive-lock]
ALTER TABLE ONLY public.queue ALTER COLUMN "position" SET DEFAULT public.next_position();

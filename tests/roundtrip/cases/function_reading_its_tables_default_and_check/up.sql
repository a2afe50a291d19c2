-- schemac migration: up
-- 4 steps; hazards: access-exclusive-lock, validates-constraint

-- + function public.next_position(): create function
CREATE OR REPLACE FUNCTION public.next_position()
 RETURNS integer
 LANGUAGE sql
RETURN (SELECT (COALESCE(max(queue."position"), 0) + 1) FROM public.queue);

-- ~ table public.queue: alter column "position": set default public.next_position() [access-exclusive-lock]
ALTER TABLE ONLY public.queue ALTER COLUMN "position" SET DEFAULT public.next_position();

-- + function public.total_weight(): create function
CREATE OR REPLACE FUNCTION public.total_weight()
 RETURNS bigint
 LANGUAGE sql
BEGIN ATOMIC
 SELECT COALESCE(sum(queue.weight), (0)::bigint) AS "coalesce"
    FROM public.queue;
END;

-- + table public.queue: add check constraint queue_weight_check [access-exclusive-lock, validates-constraint]
ALTER TABLE public.queue ADD CONSTRAINT queue_weight_check CHECK ((weight <= (100 + public.total_weight())));

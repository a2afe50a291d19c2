-- schemac migration: up
-- 6 steps; no hazards

-- + function public.avg_combine(numeric[], numeric[]): create function
CREATE OR REPLACE FUNCTION public.avg_combine(a numeric[], b numeric[])
 RETURNS numeric[]
 LANGUAGE sql
 IMMUTABLE STRICT
RETURN ARRAY[((a)[1] + (b)[1]), ((a)[2] + (b)[2])];

-- + function public.avg_final(numeric[]): create function
CREATE OR REPLACE FUNCTION public.avg_final(state numeric[])
 RETURNS numeric
 LANGUAGE sql
 IMMUTABLE STRICT
RETURN CASE WHEN ((state)[2] = (0)::numeric) THEN NULL::numeric ELSE ((state)[1] / (state)[2]) END;

-- + function public.avg_step(numeric[], numeric): create function
CREATE OR REPLACE FUNCTION public.avg_step(state numeric[], value numeric)
 RETURNS numeric[]
 LANGUAGE sql
 IMMUTABLE STRICT
RETURN ARRAY[((state)[1] + value), ((state)[2] + (1)::numeric)];

-- + function public.avg_unstep(numeric[], numeric): create function
CREATE OR REPLACE FUNCTION public.avg_unstep(state numeric[], value numeric)
 RETURNS numeric[]
 LANGUAGE sql
 IMMUTABLE STRICT
RETURN ARRAY[((state)[1] - value), ((state)[2] - (1)::numeric)];

-- + aggregate public.biggest(integer): create aggregate
CREATE OR REPLACE AGGREGATE public.biggest(integer) (
    SFUNC = int4larger,
    STYPE = integer,
    SORTOP = OPERATOR(pg_catalog.>)
);

-- + aggregate public.mean(numeric): create aggregate
CREATE OR REPLACE AGGREGATE public.mean(numeric) (
    SFUNC = public.avg_step,
    STYPE = numeric[],
    FINALFUNC = public.avg_final,
    COMBINEFUNC = public.avg_combine,
    INITCOND = '{0,0}',
    MSFUNC = public.avg_step,
    MINVFUNC = public.avg_unstep,
    MSTYPE = numeric[],
    MFINALFUNC = public.avg_final,
    MINITCOND = '{0,0}',
    PARALLEL = SAFE
);

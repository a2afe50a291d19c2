CREATE TABLE public.t (id integer PRIMARY KEY);
CREATE FUNCTION public.avg_final(state numeric[]) RETURNS numeric LANGUAGE sql IMMUTABLE STRICT
    RETURN CASE WHEN state[2] = 0 THEN NULL ELSE state[1] / state[2] END;
CREATE FUNCTION public.avg_step(state numeric[], value numeric) RETURNS numeric[]
    LANGUAGE sql IMMUTABLE STRICT RETURN ARRAY[state[1] + value, state[2] + 1];
CREATE FUNCTION public.avg_unstep(state numeric[], value numeric) RETURNS numeric[]
    LANGUAGE sql IMMUTABLE STRICT RETURN ARRAY[state[1] - value, state[2] - 1];
CREATE FUNCTION public.avg_combine(a numeric[], b numeric[]) RETURNS numeric[]
    LANGUAGE sql IMMUTABLE STRICT RETURN ARRAY[a[1] + b[1], a[2] + b[2]];
CREATE AGGREGATE public.mean (numeric) (
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
CREATE AGGREGATE public.biggest (integer) (SFUNC = int4larger, STYPE = integer, SORTOP = >);

-- schemac migration: down
-- 7 steps; hazards: access-exclusive-lock, index-build, validates-constraint

-- - index public.scores_points: drop index to create it again [access-exclusive-lock]
DROP INDEX public.scores_points;

-- - table public.scores: drop exclusion constraint scores_points_excl to add it again [access-exclusive-lock]
ALTER TABLE public.scores DROP CONSTRAINT scores_points_excl;

-- - operator class public.reverse_ops using btree: drop operator class to create it again
DROP OPERATOR CLASS public.reverse_ops USING btree;

-- ~ operator family public.reverse_ops using btree: change members
ALTER OPERATOR FAMILY public.reverse_ops USING btree DROP
    FUNCTION 3 (integer, integer);

-- + operator class public.reverse_ops using btree: create operator class again
CREATE OPERATOR CLASS public.reverse_ops FOR TYPE integer USING btree FAMILY public.reverse_ops AS
    OPERATOR 1 >(integer,integer),
    OPERATOR 2 >=(integer,integer),
    OPERATOR 3 =(integer,integer),
    OPERATOR 4 <=(integer,integer),
    OPERATOR 5 <(integer,integer),
    FUNCTION 1 (integer, integer) public.reverse_cmp(integer,integer);

-- + table public.scores: add again exclusion constraint scores_points_excl [access-exclusive-lock, validates-constraint, index-build]
ALTER TABLE public.scores ADD CONSTRAINT scores_points_excl EXCLUDE USING btree (points public.reverse_ops WITH =);

-- + index public.scores_points: create index again [index-build]
CREATE INDEX scores_points ON public.scores USING btree (points public.reverse_ops);

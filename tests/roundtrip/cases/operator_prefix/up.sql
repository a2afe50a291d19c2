-- schemac migration: up
-- 2 steps; no hazards

-- + operator public.!-(NONE, bigint): create operator
CREATE OPERATOR public.!- (FUNCTION = public.negated, RIGHTARG = bigint);
COMMENT ON OPERATOR public.!- (NONE, bigint) IS 'negated';

-- + table public.totals: create table (2 columns, 0 constraints)
CREATE TABLE public.totals (
    amount bigint,
    credit bigint GENERATED ALWAYS AS ((OPERATOR(public.!-) amount)) STORED
);

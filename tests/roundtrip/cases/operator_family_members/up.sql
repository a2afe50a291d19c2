-- schemac migration: up
-- 1 step; no hazards

-- ~ operator family public.mixed using btree: change members, set comment
ALTER OPERATOR FAMILY public.mixed USING btree DROP
    OPERATOR 3 (integer, bigint);
ALTER OPERATOR FAMILY public.mixed USING btree ADD
    OPERATOR 2 <=(integer,bigint),
    OPERATOR 5 >(integer,bigint);
COMMENT ON OPERATOR FAMILY public.mixed USING btree IS 'integers against bigints';

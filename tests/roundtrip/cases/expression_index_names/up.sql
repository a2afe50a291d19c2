-- schemac migration: up
-- 13 steps; hazards: access-exclusive-lock, index-build, validates-constraint

-- + table public.named: add exclusion constraint named_b_excl [access-exclusive-lock, validates-constraint, index-build]
ALTER TABLE public.named ADD CONSTRAINT named_b_excl EXCLUDE USING btree (((b)::text) COLLATE "C" WITH =);

-- + table public.named: add exclusion constraint named_case_excl [access-exclusive-lock, validates-constraint, index-build]
ALTER TABLE public.named ADD CONSTRAINT named_case_excl EXCLUDE USING btree ((
CASE
    WHEN (a > 0) THEN 1
    ELSE NULL::integer
END) WITH =);

-- + index public.named_arr_idx: create index [index-build]
CREATE INDEX named_arr_idx ON public.named USING btree (((arr[1])));

-- + index public.named_btrim_idx: create index [index-build]
CREATE INDEX named_btrim_idx ON public.named USING btree ((TRIM(BOTH FROM c)));

-- + index public.named_c_idx: create index [index-build]
CREATE INDEX named_c_idx ON public.named USING btree (c COLLATE pg_catalog."C");

-- + index public.named_c_idx1: create index [index-build]
CREATE INDEX named_c_idx1 ON public.named USING btree (c COLLATE pg_catalog."C");

-- + index public.named_case_idx: create index [index-build]
CREATE INDEX named_case_idx ON public.named USING btree (((
CASE
    WHEN a > 0 THEN 1
    ELSE NULL::integer
END)));

-- + index public.named_expr_idx: create index [index-build]
CREATE INDEX named_expr_idx ON public.named USING btree (((a IS NULL)));

-- + index public.named_f1_idx: create index [index-build]
CREATE INDEX named_f1_idx ON public.named USING btree ((((cc).f1)));

-- + index public.named_is_normalized_idx: create index [index-build]
CREATE INDEX named_is_normalized_idx ON public.named USING btree (((c IS NORMALIZED)));

-- + index public.named_ltrim_idx: create index [index-build]
CREATE INDEX named_ltrim_idx ON public.named USING btree ((TRIM(LEADING 'x'::text FROM c)));

-- + index public.named_timezone_idx: create index [index-build]
CREATE INDEX named_timezone_idx ON public.named USING btree (((ts AT TIME ZONE 'UTC'::text)));

-- + index public.named_too_expr_idx: create index [index-build]
CREATE INDEX named_too_expr_idx ON public.named_too USING btree (((c || ('x'::text COLLATE "C"))));

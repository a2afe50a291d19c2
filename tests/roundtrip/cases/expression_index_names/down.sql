-- schemac migration: down
-- 13 steps; hazards: access-exclusive-lock

-- - index public.named_arr_idx: drop index [access-exclusive-lock]
DROP INDEX public.named_arr_idx;

-- - index public.named_btrim_idx: drop index [access-exclusive-lock]
DROP INDEX public.named_btrim_idx;

-- - index public.named_c_idx: drop index [access-exclusive-lock]
DROP INDEX public.named_c_idx;

-- - index public.named_c_idx1: drop index [access-exclusive-lock]
DROP INDEX public.named_c_idx1;

-- - index public.named_case_idx: drop index [access-exclusive-lock]
DROP INDEX public.named_case_idx;

-- - index public.named_expr_idx: drop index [access-exclusive-lock]
DROP INDEX public.named_expr_idx;

-- - index public.named_f1_idx: drop index [access-exclusive-lock]
DROP INDEX public.named_f1_idx;

-- - index public.named_is_normalized_idx: drop index [access-exclusive-lock]
DROP INDEX public.named_is_normalized_idx;

-- - index public.named_ltrim_idx: drop index [access-exclusive-lock]
DROP INDEX public.named_ltrim_idx;

-- - index public.named_timezone_idx: drop index [access-exclusive-lock]
DROP INDEX public.named_timezone_idx;

-- - index public.named_too_expr_idx: drop index [access-exclusive-lock]
DROP INDEX public.named_too_expr_idx;

-- - table public.named: drop exclusion constraint named_b_excl [access-exclusive-lock]
ALTER TABLE public.named DROP CONSTRAINT named_b_excl;

-- - table public.named: drop exclusion constraint named_case_excl [access-exclusive-lock]
ALTER TABLE public.named DROP CONSTRAINT named_case_excl;

-- schemac migration: up
-- 1 step; hazards: access-exclusive-lock

-- ~ table public.order_lines: alter column line_total: drop generation expression [access-exclusive-lock]
ALTER TABLE public.order_lines ALTER COLUMN line_total DROP EXPRESSION;

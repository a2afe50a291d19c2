-- schemac migration: up
-- 1 step; no hazards

-- ~ table public.order_lines: alter column line_total: drop generation expression
ALTER TABLE public.order_lines ALTER COLUMN line_total DROP EXPRESSION;

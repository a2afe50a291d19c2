-- schemac migration: down
-- 1 step; hazards: access-exclusive-lock

-- - table public.order_lines: drop column line_total [access-exclusive-lock]
ALTER TABLE public.order_lines DROP COLUMN line_total;

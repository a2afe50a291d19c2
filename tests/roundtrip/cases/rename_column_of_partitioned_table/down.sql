-- schemac migration: down
-- 3 steps; hazards: access-exclusive-lock

-- ~ index public.events_kind_idx: rename index "events_category_idx" to "events_kind_idx"
ALTER INDEX public.events_category_idx RENAME TO events_kind_idx;

-- ~ table public.events: rename constraint "events_category_check" to "events_kind_check" [access-exclusive-lock]
ALTER TABLE public.events RENAME CONSTRAINT events_category_check TO events_kind_check;

-- ~ table public.events: rename column "category" to "kind" [access-exclusive-lock]
ALTER TABLE public.events RENAME COLUMN category TO kind;

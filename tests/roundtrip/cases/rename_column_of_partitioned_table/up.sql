-- schemac migration: up
-- 3 steps; hazards: access-exclusive-lock

-- ~ table public.events: rename column "kind" to "category" [access-exclusive-lock]
ALTER TABLE public.events RENAME COLUMN kind TO category;

-- ~ table public.events: rename constraint "events_kind_check" to "events_category_check" [access-exclusive-lock]
ALTER TABLE public.events RENAME CONSTRAINT events_kind_check TO events_category_check;

-- ~ index public.events_category_idx: rename index "events_kind_idx" to "events_category_idx"
ALTER INDEX public.events_kind_idx RENAME TO events_category_idx;

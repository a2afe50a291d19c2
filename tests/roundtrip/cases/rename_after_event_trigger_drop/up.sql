-- schemac migration: up
-- 3 steps; hazards: access-exclusive-lock

-- - event trigger no_alter: drop event trigger
DROP EVENT TRIGGER no_alter;

-- ~ table public.page_visits: rename table "visits" to "page_visits" [access-exclusive-lock]
ALTER TABLE public.visits RENAME TO page_visits;

-- ~ table public.page_visits: rename constraint "visits_pkey" to "page_visits_pkey" [access-exclusive-lock]
ALTER TABLE public.page_visits RENAME CONSTRAINT visits_pkey TO page_visits_pkey;

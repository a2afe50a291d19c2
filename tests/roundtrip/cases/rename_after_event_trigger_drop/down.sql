-- schemac migration: down
-- 3 steps; hazards: access-exclusive-lock

-- ~ table public.page_visits: rename constraint "page_visits_pkey" to "visits_pkey" [access-exclusive-lock]
ALTER TABLE public.page_visits RENAME CONSTRAINT page_visits_pkey TO visits_pkey;

-- ~ table public.visits: rename table "page_visits" to "visits" [access-exclusive-lock]
ALTER TABLE public.page_visits RENAME TO visits;

-- + event trigger no_alter: create event trigger
CREATE EVENT TRIGGER no_alter ON ddl_command_start EXECUTE FUNCTION public.no_alter();

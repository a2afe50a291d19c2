-- schemac migration: up
-- 2 steps; no hazards

-- ~ view public.latest: rename view "recent" to "latest"
ALTER VIEW public.recent RENAME TO latest;

-- ~ view public.on_recent: alter view: replace query
CREATE OR REPLACE VIEW public.on_recent (a) AS
SELECT latest.a
   FROM public.latest;

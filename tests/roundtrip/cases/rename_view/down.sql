-- schemac migration: down
-- 2 steps; no hazards

-- ~ view public.recent: rename view "latest" to "recent"
ALTER VIEW public.latest RENAME TO recent;

-- ~ view public.on_recent: alter view: replace query
CREATE OR REPLACE VIEW public.on_recent (a) AS
SELECT recent.a
   FROM public.recent;

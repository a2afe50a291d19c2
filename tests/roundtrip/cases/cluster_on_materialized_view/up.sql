-- schemac migration: up
-- 4 steps; hazards: index-build

-- ~ materialized view public.kinds: cluster on kinds_kind
ALTER TABLE public.kinds CLUSTER ON kinds_kind;

-- + materialized view public.ids: create materialized view
CREATE MATERIALIZED VIEW public.ids (id) AS
SELECT events.id
   FROM public.events
  WITH DATA;

-- + index public.ids_id: create index [index-build]
CREATE UNIQUE INDEX ids_id ON public.ids USING btree (id);

-- ~ materialized view public.ids: cluster on ids_id
ALTER TABLE public.ids CLUSTER ON ids_id;

-- schemac migration: down
-- 2 steps; hazards: index-build

-- + materialized view public.event_counts: create materialized view
CREATE MATERIALIZED VIEW public.event_counts (kind, n) AS
SELECT events.kind,
    count(*) AS n
   FROM public.events
  GROUP BY events.kind
  WITH DATA;

-- + index public.event_counts_kind: create index [index-build]
CREATE INDEX event_counts_kind ON public.event_counts USING btree (kind);

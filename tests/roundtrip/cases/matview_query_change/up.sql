-- schemac migration: up
-- 6 steps; hazards: access-exclusive-lock, deletes-data, index-build

-- - view public.common_events: drop view to create it again
DROP VIEW public.common_events;

-- - index public.event_counts_kind: drop index to create it again [access-exclusive-lock]
DROP INDEX public.event_counts_kind;

-- - materialized view public.event_counts: drop materialized view to create it again [deletes-data]
DROP MATERIALIZED VIEW public.event_counts;

-- + materialized view public.event_counts: create materialized view again
CREATE MATERIALIZED VIEW public.event_counts (kind, n, latest) AS
SELECT events.kind,
    count(*) AS n,
    max(events.at) AS latest
   FROM public.events
  GROUP BY events.kind
  WITH NO DATA;
COMMENT ON MATERIALIZED VIEW public.event_counts IS 'per kind';

-- + index public.event_counts_kind: create index again [index-build]
CREATE UNIQUE INDEX event_counts_kind ON public.event_counts USING btree (kind);

-- + view public.common_events: create view again
CREATE VIEW public.common_events (kind) AS
SELECT event_counts.kind
   FROM public.event_counts
  WHERE (event_counts.n > 10);

CREATE TABLE public.events (id bigint PRIMARY KEY, kind text NOT NULL, at timestamptz NOT NULL);
CREATE MATERIALIZED VIEW public.event_counts AS
  SELECT kind, count(*) AS n, max(at) AS latest FROM public.events GROUP BY kind
  WITH NO DATA;
CREATE UNIQUE INDEX event_counts_kind ON public.event_counts (kind);
CREATE VIEW public.common_events AS SELECT kind FROM public.event_counts WHERE n > 10;
COMMENT ON MATERIALIZED VIEW public.event_counts IS 'per kind';

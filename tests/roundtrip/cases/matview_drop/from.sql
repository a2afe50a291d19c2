CREATE TABLE public.events (id bigint PRIMARY KEY, kind text NOT NULL);
CREATE MATERIALIZED VIEW public.event_counts AS SELECT kind, count(*) AS n FROM public.events GROUP BY kind;
CREATE INDEX event_counts_kind ON public.event_counts (kind);

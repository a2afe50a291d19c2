CREATE ACCESS METHOD heap2 TYPE TABLE HANDLER heap_tableam_handler;

CREATE TABLE public.events (
    id integer PRIMARY KEY,
    kind text NOT NULL
);

CREATE INDEX events_kind_idx ON public.events (kind);

CREATE MATERIALIZED VIEW public.event_kinds AS
    SELECT kind, count(*) AS total FROM public.events GROUP BY kind;

CREATE ACCESS METHOD heap2 TYPE TABLE HANDLER heap_tableam_handler;

-- Both are moved to heap2 in place (SET ACCESS METHOD rewrites them, keeping their rows).
CREATE TABLE public.events (
    id integer PRIMARY KEY,
    kind text NOT NULL
) USING heap2;

CREATE INDEX events_kind_idx ON public.events (kind);

CREATE MATERIALIZED VIEW public.event_kinds USING heap2 AS
    SELECT kind, count(*) AS total FROM public.events GROUP BY kind;

-- Partitions as pg_dump writes them: tables of their own, attached, with their indexes attached
-- to their parent's.
CREATE TABLE public.events (
    id bigint NOT NULL,
    at date NOT NULL,
    kind text DEFAULT 'note'::text NOT NULL,
    CONSTRAINT events_kind_check CHECK ((kind <> ''::text))
)
PARTITION BY RANGE (at);
CREATE TABLE public.events_2024 (
    id bigint NOT NULL,
    at date NOT NULL,
    kind text DEFAULT 'note'::text NOT NULL,
    CONSTRAINT events_kind_check CHECK ((kind <> ''::text))
);
CREATE TABLE public.events_other (
    id bigint NOT NULL,
    at date NOT NULL,
    kind text DEFAULT 'note'::text NOT NULL,
    CONSTRAINT events_kind_check CHECK ((kind <> ''::text))
);
ALTER TABLE ONLY public.events ATTACH PARTITION public.events_2024 FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');
ALTER TABLE ONLY public.events ATTACH PARTITION public.events_other DEFAULT;
ALTER TABLE ONLY public.events
    ADD CONSTRAINT events_pkey PRIMARY KEY (id, at);
ALTER TABLE ONLY public.events_2024
    ADD CONSTRAINT events_2024_pkey PRIMARY KEY (id, at);
ALTER TABLE ONLY public.events_other
    ADD CONSTRAINT events_other_pkey PRIMARY KEY (id, at);
CREATE INDEX events_kind_idx ON ONLY public.events USING btree (kind);
CREATE INDEX events_2024_kind_idx ON public.events_2024 USING btree (kind);
CREATE INDEX events_other_kind_idx ON public.events_other USING btree (kind);
ALTER INDEX public.events_pkey ATTACH PARTITION public.events_2024_pkey;
ALTER INDEX public.events_kind_idx ATTACH PARTITION public.events_2024_kind_idx;
ALTER INDEX public.events_pkey ATTACH PARTITION public.events_other_pkey;
ALTER INDEX public.events_kind_idx ATTACH PARTITION public.events_other_kind_idx;

-- schemac migration: up
-- 9 steps; hazards: index-build

-- + sequence public.events_id_seq: create sequence
CREATE SEQUENCE public.events_id_seq AS bigint INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1 NO CYCLE;

-- + table public.events: create partitioned table (4 columns, 3 constraints)
CREATE TABLE public.events (
    id bigint DEFAULT nextval('public.events_id_seq'::regclass) NOT NULL,
    account integer NOT NULL,
    at date NOT NULL,
    kind text DEFAULT 'note'::text NOT NULL,
    CONSTRAINT events_account_fkey FOREIGN KEY (account) REFERENCES public.accounts(id),
    CONSTRAINT events_kind_check CHECK ((kind <> ''::text)),
    CONSTRAINT events_pkey PRIMARY KEY (id, at)
) PARTITION BY RANGE (at);

-- ~ sequence public.events_id_seq: set owner column
ALTER SEQUENCE public.events_id_seq OWNED BY public.events.id;

-- + table public.events_2024: create table as partition of public.events (0 constraints)
CREATE TABLE public.events_2024 PARTITION OF public.events FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');

-- + table public.events_2025: create table as partition of public.events (1 constraint)
CREATE TABLE public.events_2025 PARTITION OF public.events (
    CONSTRAINT no_test CHECK ((kind <> 'test'::text))
) FOR VALUES FROM ('2025-01-01') TO ('2026-01-01') PARTITION BY HASH (id);

-- + table public.events_2025_a: create table as partition of public.events_2025 (0 constraints)
CREATE TABLE public.events_2025_a PARTITION OF public.events_2025 FOR VALUES WITH (modulus 2, remainder 0);

-- + table public.events_2025_b: create table as partition of public.events_2025 (0 constraints)
CREATE TABLE public.events_2025_b PARTITION OF public.events_2025 FOR VALUES WITH (modulus 2, remainder 1);

-- + table public.events_old: create table as partition of public.events (0 constraints)
CREATE TABLE public.events_old PARTITION OF public.events DEFAULT;
COMMENT ON TABLE public.events_old IS 'whatever is not in a year of its own';

-- + index public.events_account_idx: create index [index-build]
CREATE INDEX events_account_idx ON public.events USING btree (account);

-- schemac migration: up
-- 5 steps; hazards: access-exclusive-lock, deletes-data, irreversible-down

-- ~ sequence public.t_id_seq: remove owner column, which this plan drops
ALTER SEQUENCE public.t_id_seq OWNED BY NONE;

-- - table public.t: drop table to create it again with partition key RANGE (at) [deletes-data, access-exclusive-lock, irreversible-down]
DROP TABLE public.t;

-- + table public.t: create partitioned table (2 columns, 0 constraints)
CREATE TABLE public.t (
    id integer DEFAULT nextval('public.t_id_seq'::regclass) NOT NULL,
    at date NOT NULL
) PARTITION BY RANGE (at);

-- ~ sequence public.t_id_seq: set owner column
ALTER SEQUENCE public.t_id_seq OWNED BY public.t.id;

-- + table public.t_all: create table as partition of public.t (0 constraints)
CREATE TABLE public.t_all PARTITION OF public.t DEFAULT;

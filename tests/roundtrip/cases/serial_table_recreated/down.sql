-- schemac migration: down
-- 5 steps; hazards: access-exclusive-lock, deletes-data, irreversible-down

-- - table public.t_all: drop table [deletes-data, access-exclusive-lock, irreversible-down]
DROP TABLE public.t_all;

-- ~ sequence public.t_id_seq: remove owner column, which this plan drops
ALTER SEQUENCE public.t_id_seq OWNED BY NONE;

-- - table public.t: drop table to create it again with no partition key [deletes-data, access-exclusive-lock, irreversible-down]
DROP TABLE public.t;

-- + table public.t: create table (2 columns, 0 constraints)
CREATE TABLE public.t (
    id integer DEFAULT nextval('public.t_id_seq'::regclass) NOT NULL,
    at date NOT NULL
);

-- ~ sequence public.t_id_seq: set owner column
ALTER SEQUENCE public.t_id_seq OWNED BY public.t.id;

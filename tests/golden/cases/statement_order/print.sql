-- schemas
CREATE SCHEMA later;

-- types
CREATE TYPE later.kinds AS ENUM ('x');

-- tables
CREATE TABLE public.early (
    id integer NOT NULL,
    late_id integer,
    kind later.kinds,
    CONSTRAINT early_pkey PRIMARY KEY (id)
);
CREATE TABLE public.late (
    id integer NOT NULL,
    early_id integer,
    added text,
    CONSTRAINT late_pkey PRIMARY KEY (id)
);

-- constraints added after their tables
ALTER TABLE public.early ADD CONSTRAINT early_late_id_fkey FOREIGN KEY (late_id) REFERENCES public.late(id);
ALTER TABLE public.late ADD CONSTRAINT late_early_id_fkey FOREIGN KEY (early_id) REFERENCES public.early(id);

-- comments
COMMENT ON TABLE public.late IS 'Declared in another file';

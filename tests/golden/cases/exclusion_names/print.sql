-- tables
CREATE TABLE public.rooms (
    id integer,
    during int4range,
    label text,
    CONSTRAINT rooms_during_excl EXCLUDE USING gist (during WITH &&),
    CONSTRAINT rooms_expr_excl EXCLUDE ((id + 1) WITH =),
    CONSTRAINT rooms_id_excl1 EXCLUDE (id WITH =),
    CONSTRAINT rooms_id_label_excl EXCLUDE (id WITH =) INCLUDE (label),
    CONSTRAINT rooms_lower_id_id1_excl EXCLUDE (lower(label) WITH =, id WITH =, id WITH =),
    CONSTRAINT rooms_upper_excl EXCLUDE (pg_catalog.upper(label) WITH =) WHERE (id > 0) DEFERRABLE INITIALLY DEFERRED
);
CREATE TABLE public.rooms_id_excl (
    id integer
);

-- comments
COMMENT ON CONSTRAINT rooms_id_label_excl ON public.rooms IS 'one label per id';

-- schemac migration: up
-- 1 step; no hazards

-- + table public.slots: create table (2 columns, 3 constraints)
CREATE TABLE public.slots (
    id integer,
    slot int4range,
    CONSTRAINT slots_id_key UNIQUE (id),
    CONSTRAINT slots_id_key1 EXCLUDE USING btree (id WITH =) DEFERRABLE,
    CONSTRAINT slots_slot_excl EXCLUDE USING gist (slot WITH &&)
);

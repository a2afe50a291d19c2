-- schemac migration: up
-- 1 step; no hazards

-- + table public.copy: create table (4 columns, 0 constraints)
CREATE TABLE public.copy (
    c integer DEFAULT 5 NOT NULL,
    b text COMPRESSION pglz,
    d integer DEFAULT 2,
    extra integer
);

-- schemac migration: up
-- 3 steps; hazards: access-exclusive-lock, index-build, validates-constraint

-- + table public.once: create table (1 column, 1 constraint)
CREATE TABLE public.once (
    a integer,
    CONSTRAINT y EXCLUDE USING btree (a WITH =)
);

-- + table public.twice: create table (1 column, 1 constraint)
CREATE TABLE public.twice (
    a integer,
    CONSTRAINT a_first EXCLUDE USING btree (a WITH =)
);

-- + table public.twice: add exclusion constraint b [access-exclusive-lock, validates-constraint, index-build]
ALTER TABLE public.twice ADD CONSTRAINT b EXCLUDE USING btree (a WITH =);

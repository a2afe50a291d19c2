-- schemac migration: up
-- 3 steps; no hazards

-- + extension cube: create extension
CREATE EXTENSION cube WITH SCHEMA public;

-- + extension earthdistance: create extension
CREATE EXTENSION earthdistance WITH SCHEMA public;

-- + table public.places: create table (2 columns, 1 constraint)
CREATE TABLE public.places (
    id bigint NOT NULL,
    at public.earth NOT NULL,
    CONSTRAINT places_pkey PRIMARY KEY (id)
);

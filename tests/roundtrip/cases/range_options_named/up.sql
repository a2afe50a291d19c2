-- schemac migration: up
-- 2 steps; no hazards

-- + range type app.name_span: create range type
CREATE TYPE app.name_span AS RANGE (
    SUBTYPE = text,
    COLLATION = pg_catalog."C",
    MULTIRANGE_TYPE_NAME = app.name_spans
);

-- + table app.shelves: create table (3 columns, 1 constraint)
CREATE TABLE app.shelves (
    id integer NOT NULL,
    names app.name_span,
    gaps app.name_spans,
    CONSTRAINT shelves_pkey PRIMARY KEY (id)
);

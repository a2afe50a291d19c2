-- schemac migration: up
-- 5 steps; hazards: index-build

-- + table hr.people: create table (4 columns, 3 constraints)
CREATE TABLE hr.people OF hr.person (
    id WITH OPTIONS NOT NULL,
    name WITH OPTIONS DEFAULT 'nobody'::text NOT NULL,
    CONSTRAINT born_after CHECK ((born > '1900-01-01'::date)),
    CONSTRAINT people_name_born_key UNIQUE (name, born),
    CONSTRAINT people_pkey PRIMARY KEY (id)
);
ALTER TABLE ONLY hr.people ALTER COLUMN notes SET STORAGE EXTERNAL;
ALTER TABLE ONLY hr.people ALTER COLUMN notes SET COMPRESSION pglz;
COMMENT ON TABLE hr.people IS 'everyone';
COMMENT ON COLUMN hr.people.born IS 'day of birth';

-- + table hr.visitors: create table (4 columns, 0 constraints)
CREATE TABLE hr.visitors OF hr.person;

-- + table public."Hr Archive": create partitioned table (4 columns, 0 constraints)
CREATE TABLE public."Hr Archive" OF hr.person (
    born WITH OPTIONS NOT NULL
) PARTITION BY RANGE (born);

-- + table public.archive_old: create table as partition of public."Hr Archive" (0 constraints)
CREATE TABLE public.archive_old PARTITION OF public."Hr Archive" FOR VALUES FROM ('1900-01-01') TO ('2000-01-01');

-- + index hr.people_born: create index [index-build]
CREATE INDEX people_born ON hr.people USING btree (born);

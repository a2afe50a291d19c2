-- schemac migration: up
-- 8 steps; hazards: access-exclusive-lock, deletes-data, irreversible-down

-- - table public.labels_a: drop table to create it again with its parent public.labels [deletes-data, access-exclusive-lock, irreversible-down]
DROP TABLE public.labels_a;

-- - table public.labels: drop table to create it again with partition key LIST (lower(code)) [deletes-data, access-exclusive-lock, irreversible-down]
DROP TABLE public.labels;

-- - table public.readings_2024: drop table to create it again with its parent public.readings [deletes-data, access-exclusive-lock, irreversible-down]
DROP TABLE public.readings_2024;

-- - table public.readings: drop table to create it again: its partition key RANGE (taken) uses a column whose type changes [deletes-data, access-exclusive-lock, irreversible-down]
DROP TABLE public.readings;

-- + table public.labels: create partitioned table (2 columns, 0 constraints)
CREATE TABLE public.labels (
    code text NOT NULL,
    note text
) PARTITION BY LIST (lower(code));

-- + table public.labels_a: create table as partition of public.labels (0 constraints)
CREATE TABLE public.labels_a PARTITION OF public.labels FOR VALUES IN ('a');

-- + table public.readings: create partitioned table (3 columns, 1 constraint)
CREATE TABLE public.readings (
    sensor integer NOT NULL,
    taken timestamp without time zone NOT NULL,
    value numeric,
    CONSTRAINT readings_pkey PRIMARY KEY (sensor, taken)
) PARTITION BY RANGE (taken);

-- + table public.readings_2024: create table as partition of public.readings (0 constraints)
CREATE TABLE public.readings_2024 PARTITION OF public.readings FOR VALUES FROM ('2024-01-01 00:00:00') TO ('2025-01-01 00:00:00');

CREATE TABLE public.people (
    id integer PRIMARY KEY,
    name text NOT NULL,
    age integer
);
CREATE SCHEMA reports;
CREATE VIEW reports.by_age AS SELECT age, count(*) AS how_many FROM public.people GROUP BY age;
CREATE VIEW reports.oldest AS SELECT max(age) AS age FROM reports.by_age;
COMMENT ON VIEW reports.oldest IS 'the oldest age';

-- schemac migration: up
-- 3 steps; no hazards

-- + schema reports: create schema
CREATE SCHEMA reports;

-- + view reports.by_age: create view
CREATE VIEW reports.by_age (age, how_many) AS
SELECT people.age,
    count(*) AS how_many
   FROM public.people
  GROUP BY people.age;

-- + view reports.oldest: create view
CREATE VIEW reports.oldest (age) AS
SELECT max(by_age.age) AS age
   FROM reports.by_age;
COMMENT ON VIEW reports.oldest IS 'the oldest age';

-- schemac migration: up
-- 5 steps; hazards: index-build

-- ~ index public.people_age: alter index: change statistics targets
ALTER INDEX public.people_age ALTER COLUMN 1 SET STATISTICS 50;

-- ~ index public.people_lower_name: alter index: change statistics targets
ALTER INDEX public.people_lower_name ALTER COLUMN 1 SET STATISTICS 1000;

-- + index public.people_upper_name: create index [index-build]
CREATE INDEX people_upper_name ON public.people USING btree ((upper(name)));
ALTER INDEX public.people_upper_name ALTER COLUMN 1 SET STATISTICS 200;

-- + materialized view public.names: create materialized view
CREATE MATERIALIZED VIEW public.names (name) AS
SELECT people.name
   FROM public.people
  WITH DATA;

-- + index public.names_initial: create index [index-build]
CREATE INDEX names_initial ON public.names USING btree (("left"(name, 1)));
ALTER INDEX public.names_initial ALTER COLUMN 1 SET STATISTICS 300;

-- schemac migration: up
-- 5 steps; hazards: access-exclusive-lock, deletes-data, index-build, table-rewrite

-- - index public.sensor_max_top: drop index to create it again [access-exclusive-lock]
DROP INDEX public.sensor_max_top;

-- - materialized view public.sensor_max: drop materialized view to create it again [deletes-data]
DROP MATERIALIZED VIEW public.sensor_max;

-- ~ table public.readings: alter column value: type integer -> bigint [table-rewrite, access-exclusive-lock]
ALTER TABLE public.readings ALTER COLUMN value TYPE bigint;

-- + materialized view public.sensor_max: create materialized view again
CREATE MATERIALIZED VIEW public.sensor_max (sensor, top) AS
SELECT readings.sensor,
    max(readings.value) AS top
   FROM public.readings
  GROUP BY readings.sensor
  WITH DATA;

-- + index public.sensor_max_top: create index again [index-build]
CREATE INDEX sensor_max_top ON public.sensor_max USING btree (top);

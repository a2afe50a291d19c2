CREATE TABLE public.readings (id integer PRIMARY KEY, sensor text NOT NULL, value bigint NOT NULL);
CREATE MATERIALIZED VIEW public.sensor_max AS SELECT sensor, max(value) AS top FROM public.readings GROUP BY sensor;
CREATE INDEX sensor_max_top ON public.sensor_max (top);

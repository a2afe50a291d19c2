CREATE TABLE public.t (id integer PRIMARY KEY, name text);
CREATE VIEW public.v AS
 SELECT
    NULL::integer AS id,
    NULL::text AS name,
    NULL::bigint AS n;
CREATE OR REPLACE VIEW public.v AS
 SELECT t.id, t.name, count(*) AS n FROM public.t GROUP BY t.id;

-- As pg_dump --schema-only writes it: the same materialized view, with no change to plan.
SET check_function_bodies = false;
CREATE TABLE public.t (
    id integer NOT NULL,
    v text
);
ALTER TABLE ONLY public.t
    ADD CONSTRAINT t_pkey PRIMARY KEY (id);
CREATE MATERIALIZED VIEW public.m AS
 SELECT t.id,
    upper(t.v) AS v
   FROM public.t
  WHERE (t.id > 0)
  WITH NO DATA;
CREATE INDEX m_v ON public.m USING btree (v);

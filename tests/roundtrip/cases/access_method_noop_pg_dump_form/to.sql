-- The schema of access_method_create as pg_dump writes it: the method of the table and of the
-- materialized view is given by default_table_access_method, not by USING.
SET default_table_access_method = heap;

CREATE ACCESS METHOD gist2 TYPE INDEX HANDLER gisthandler;

CREATE ACCESS METHOD heap2 TYPE TABLE HANDLER heap_tableam_handler;

COMMENT ON ACCESS METHOD heap2 IS 'a second heap';

CREATE OPERATOR FAMILY public.box_ops USING gist2;

ALTER OPERATOR FAMILY public.box_ops USING gist2 ADD
    OPERATOR 1 <<(box,box) ,
    OPERATOR 2 &<(box,box) ,
    OPERATOR 3 &&(box,box) ,
    OPERATOR 4 &>(box,box) ,
    OPERATOR 5 >>(box,box) ,
    OPERATOR 6 ~=(box,box) ,
    OPERATOR 7 @>(box,box) ,
    OPERATOR 8 <@(box,box) ,
    OPERATOR 9 &<|(box,box) ,
    OPERATOR 10 <<|(box,box) ,
    OPERATOR 11 |>>(box,box) ,
    OPERATOR 12 |&>(box,box);

CREATE OPERATOR CLASS public.box_ops
    DEFAULT FOR TYPE box USING gist2 FAMILY public.box_ops AS
    FUNCTION 1 (box, box) gist_box_consistent(internal,box,smallint,oid,internal) ,
    FUNCTION 2 (box, box) gist_box_union(internal,internal) ,
    FUNCTION 5 (box, box) gist_box_penalty(internal,internal,internal) ,
    FUNCTION 6 (box, box) gist_box_picksplit(internal,internal) ,
    FUNCTION 7 (box, box) gist_box_same(box,box,internal);

SET default_table_access_method = heap2;

CREATE TABLE public.archive (
    id integer NOT NULL,
    body text NOT NULL
);

CREATE MATERIALIZED VIEW public.archive_ids AS
 SELECT archive.id
   FROM public.archive
  WITH NO DATA;

SET default_table_access_method = heap;

CREATE TABLE public.notes (
    id integer NOT NULL,
    body text NOT NULL
);

CREATE TABLE public.zones (
    id integer NOT NULL,
    area box NOT NULL
);

ALTER TABLE ONLY public.archive
    ADD CONSTRAINT archive_pkey PRIMARY KEY (id);

ALTER TABLE ONLY public.notes
    ADD CONSTRAINT notes_pkey PRIMARY KEY (id);

ALTER TABLE ONLY public.zones
    ADD CONSTRAINT zones_pkey PRIMARY KEY (id);

CREATE INDEX zones_area_idx ON public.zones USING gist2 (area);

-- schemac migration: up
-- 8 steps; hazards: index-build

-- + table public.zones: create table (2 columns, 1 constraint)
CREATE TABLE public.zones (
    id integer NOT NULL,
    area box NOT NULL,
    CONSTRAINT zones_pkey PRIMARY KEY (id)
);

-- + access method gist2: create access method
CREATE ACCESS METHOD gist2 TYPE INDEX HANDLER gisthandler;

-- + operator family public.box_ops using gist2: create operator family
CREATE OPERATOR FAMILY public.box_ops USING gist2;
ALTER OPERATOR FAMILY public.box_ops USING gist2 ADD
    OPERATOR 1 <<(box,box),
    OPERATOR 10 <<|(box,box),
    OPERATOR 11 |>>(box,box),
    OPERATOR 12 |&>(box,box),
    OPERATOR 2 &<(box,box),
    OPERATOR 3 &&(box,box),
    OPERATOR 4 &>(box,box),
    OPERATOR 5 >>(box,box),
    OPERATOR 6 ~=(box,box),
    OPERATOR 7 @>(box,box),
    OPERATOR 8 <@(box,box),
    OPERATOR 9 &<|(box,box);

-- + operator class public.box_ops using gist2: create operator class
CREATE OPERATOR CLASS public.box_ops DEFAULT FOR TYPE box USING gist2 FAMILY public.box_ops AS
    FUNCTION 1 (box, box) gist_box_consistent(internal,box,smallint,oid,internal),
    FUNCTION 2 (box, box) gist_box_union(internal,internal),
    FUNCTION 5 (box, box) gist_box_penalty(internal,internal,internal),
    FUNCTION 6 (box, box) gist_box_picksplit(internal,internal),
    FUNCTION 7 (box, box) gist_box_same(box,box,internal);

-- + index public.zones_area_idx: create index [index-build]
CREATE INDEX zones_area_idx ON public.zones USING gist2 (area);

-- + access method heap2: create access method
CREATE ACCESS METHOD heap2 TYPE TABLE HANDLER heap_tableam_handler;
COMMENT ON ACCESS METHOD heap2 IS 'a second heap';

-- + table public.archive: create table (2 columns, 1 constraint)
CREATE TABLE public.archive (
    id integer NOT NULL,
    body text NOT NULL,
    CONSTRAINT archive_pkey PRIMARY KEY (id)
) USING heap2;

-- + materialized view public.archive_ids: create materialized view
CREATE MATERIALIZED VIEW public.archive_ids (id) USING heap2 AS
SELECT archive.id
   FROM public.archive
  WITH DATA;

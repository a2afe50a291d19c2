CREATE TABLE public.notes (
    id integer PRIMARY KEY,
    body text NOT NULL
);

-- A table access method (the heap's handler under another name) that a table and a materialized
-- view are stored with.
CREATE ACCESS METHOD heap2 TYPE TABLE HANDLER heap_tableam_handler;
COMMENT ON ACCESS METHOD heap2 IS 'a second heap';

CREATE TABLE public.archive (
    id integer PRIMARY KEY,
    body text NOT NULL
) USING heap2;

CREATE MATERIALIZED VIEW public.archive_ids USING heap2 AS
    SELECT id FROM public.archive;

-- An index access method, an operator class for it, and an index that uses the class: dropping
-- them needs the table (and its index) dropped first.
CREATE ACCESS METHOD gist2 TYPE INDEX HANDLER gisthandler;

CREATE OPERATOR CLASS public.box_ops DEFAULT FOR TYPE box USING gist2 AS
    OPERATOR 1 <<,
    OPERATOR 2 &<,
    OPERATOR 3 &&,
    OPERATOR 4 &>,
    OPERATOR 5 >>,
    OPERATOR 6 ~=,
    OPERATOR 7 @>,
    OPERATOR 8 <@,
    OPERATOR 9 &<|,
    OPERATOR 10 <<|,
    OPERATOR 11 |>>,
    OPERATOR 12 |&>,
    FUNCTION 1 gist_box_consistent(internal, box, smallint, oid, internal),
    FUNCTION 2 gist_box_union(internal, internal),
    FUNCTION 5 gist_box_penalty(internal, internal, internal),
    FUNCTION 6 gist_box_picksplit(internal, internal),
    FUNCTION 7 gist_box_same(box, box, internal);

CREATE TABLE public.zones (
    id integer PRIMARY KEY,
    area box NOT NULL
);

CREATE INDEX zones_area_idx ON public.zones USING gist2 (area);

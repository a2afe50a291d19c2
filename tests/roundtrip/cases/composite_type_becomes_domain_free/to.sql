-- The column goes, then the type: nothing is of it any more.
CREATE TABLE public.boxes (id integer PRIMARY KEY, w integer, h integer);

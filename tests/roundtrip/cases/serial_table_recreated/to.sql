-- A table created again for a partition key keeps the sequence of its serial column, and its
-- position: it is released before the drop, which would take it along, and owned again after.
CREATE TABLE public.t (id serial, at date NOT NULL) PARTITION BY RANGE (at);
CREATE TABLE public.t_all PARTITION OF public.t DEFAULT;

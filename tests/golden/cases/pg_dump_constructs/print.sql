-- extensions
CREATE EXTENSION citext WITH SCHEMA public;

-- tables
CREATE TABLE public.forms (
    id integer NOT NULL,
    s character varying(20),
    name public.citext DEFAULT ''::character varying,
    at_utc timestamp without time zone DEFAULT (now() at time zone 'utc'),
    since timestamp with time zone DEFAULT '0001-01-01 00:00:00'::timestamp without time zone,
    big bigint DEFAULT 2,
    n integer,
    CONSTRAINT forms_n_check CHECK (n = all (array[0])),
    CONSTRAINT forms_pkey PRIMARY KEY (id),
    CONSTRAINT forms_s_check CHECK (s in ('a', 'b'))
);

-- indexes
CREATE INDEX forms_s_idx ON public.forms USING btree (s) WHERE s in ('a', 'b');

-- Forms pg_dump writes that a canonical rewrite does not store the way the server does: what is
-- loaded to compare with a database is what is written.
SELECT pg_catalog.set_config('search_path', '', false);
CREATE EXTENSION IF NOT EXISTS citext WITH SCHEMA public;

CREATE TABLE public.forms (
    id integer NOT NULL,
    s character varying(20),
    name public.citext DEFAULT ''::character varying,
    at_utc timestamp without time zone DEFAULT (now() AT TIME ZONE 'utc'::text),
    since timestamp with time zone DEFAULT '0001-01-01 00:00:00'::timestamp without time zone,
    big bigint DEFAULT '2'::bigint,
    n integer,
    CONSTRAINT forms_s_check CHECK (((s)::text = ANY (ARRAY[('a'::character varying)::text, ('b'::character varying)::text]))),
    CONSTRAINT forms_n_check CHECK ((n = ALL (ARRAY[0])))
);

ALTER TABLE ONLY public.forms
    ADD CONSTRAINT forms_pkey PRIMARY KEY (id);

CREATE INDEX forms_s_idx ON public.forms USING btree (s) WHERE ((s)::text = ANY (ARRAY[('a'::character varying)::text, ('b'::character varying)::text]));

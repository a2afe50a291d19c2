-- tables
CREATE TABLE public.a (
    id integer NOT NULL,
    code text,
    CONSTRAINT a_code_again UNIQUE (code),
    CONSTRAINT a_pkey PRIMARY KEY (id)
);
CREATE TABLE public.b (
    id integer NOT NULL,
    CONSTRAINT b_named PRIMARY KEY (id)
);
CREATE TABLE public.c (
    id integer NOT NULL,
    CONSTRAINT c_pkey PRIMARY KEY (id)
);
CREATE TABLE public.d (
    id integer NOT NULL,
    ref integer,
    CONSTRAINT d_pkey PRIMARY KEY (id)
);

-- constraints added after their tables
ALTER TABLE public.c ADD CONSTRAINT c_id_key UNIQUE (id);
ALTER TABLE public.d ADD CONSTRAINT d_id_key UNIQUE (id);
ALTER TABLE public.d ADD CONSTRAINT d_ref_fkey FOREIGN KEY (ref) REFERENCES public.c(id);

-- PostgreSQL keeps one of the keys of one statement that repeat each other: the primary key,
-- then the first written; an unnamed kept key takes the name of a named repeat.
CREATE TABLE a (
    id integer PRIMARY KEY UNIQUE,
    code text UNIQUE,
    CONSTRAINT a_code_again UNIQUE (code)
);

CREATE TABLE b (
    id integer PRIMARY KEY,
    CONSTRAINT b_named UNIQUE (id)
);

-- ALTER TABLE keeps every key it adds, as pg_dump writes them, even a repeat within one
-- statement.
CREATE TABLE c (
    id integer NOT NULL
);
ALTER TABLE ONLY c ADD CONSTRAINT c_pkey PRIMARY KEY (id);
ALTER TABLE ONLY c ADD CONSTRAINT c_id_key UNIQUE (id);

CREATE TABLE d (
    id integer NOT NULL,
    ref integer REFERENCES c (id)
);
ALTER TABLE ONLY d ADD CONSTRAINT d_pkey PRIMARY KEY (id), ADD CONSTRAINT d_id_key UNIQUE (id);

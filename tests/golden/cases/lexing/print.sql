-- tables
CREATE TABLE public.lexing (
    id integer NOT NULL,
    "MixedCase" text DEFAULT 'it''s $1 "quoted"',
    tagged text DEFAULT 'a $$ inside',
    escaped text DEFAULT E'tab	here ''q'' \\ back',
    doubled text DEFAULT 'it''s',
    num numeric DEFAULT 1.5e3,
    neg integer DEFAULT -42,
    arr integer[] DEFAULT '{1,2}',
    expr integer,
    CONSTRAINT lexing_check CHECK (num::integer % 2 = 0 and neg <= +0),
    CONSTRAINT lexing_pkey PRIMARY KEY (id)
);

-- comments
COMMENT ON TABLE public.lexing IS 'A "dollar" comment with ; inside';

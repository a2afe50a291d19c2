/* Lexical corner cases: /* nested */ block comments, dollar quoting, escape strings. */
CREATE TABLE Lexing ( -- unquoted names fold to lower case
    ID Integer Primary Key,
    "MixedCase" TEXT DEFAULT $$it's $1 "quoted"$$,
    tagged text DEFAULT $tag$a $$ inside$tag$,
    escaped text DEFAULT E'tab\there \'q\' \\ back',
    doubled text DEFAULT 'it''s',
    num numeric DEFAULT 1.5e3,
    neg integer DEFAULT -42,
    arr integer[] DEFAULT '{1,2}'::integer[],
    expr integer CHECK (num::integer % 2 = 0 AND neg <= +0)
);
COMMENT ON TABLE lexing IS $body$A "dollar" comment with ; inside$body$;

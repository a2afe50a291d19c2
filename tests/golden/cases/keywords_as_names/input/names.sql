-- Key words as names, as PostgreSQL takes them: any key word quoted, or after a dot (a table
-- public.order), and the column name key words (int, time, ...) unquoted as other names.
CREATE SCHEMA "select";

CREATE TABLE public."user" (
    id integer PRIMARY KEY,
    "order" integer,
    int integer,
    time timestamp,
    name text,
    "left" text
);

CREATE TABLE public.order (id integer, user_id integer REFERENCES public.user (id));
CREATE TABLE "select".table (int int);
CREATE TABLE int (integer integer, "all" boolean);

CREATE INDEX ON public."user" ("order");
COMMENT ON COLUMN public.user.order IS 'the order';

-- Empty statements, which psql accepts and ignores.
;
;;

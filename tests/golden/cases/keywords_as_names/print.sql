-- schemas
CREATE SCHEMA "select";

-- tables
CREATE TABLE public."int" (
    "integer" integer,
    "all" boolean
);
CREATE TABLE public."order" (
    id integer,
    user_id integer
);
CREATE TABLE public."user" (
    id integer NOT NULL,
    "order" integer,
    "int" integer,
    "time" timestamp without time zone,
    name text,
    "left" text,
    CONSTRAINT user_pkey PRIMARY KEY (id)
);
CREATE TABLE "select"."table" (
    "int" integer
);

-- indexes
CREATE INDEX user_order_idx ON public."user" USING btree ("order");

-- constraints added after their tables
ALTER TABLE public."order" ADD CONSTRAINT order_user_id_fkey FOREIGN KEY (user_id) REFERENCES public."user"(id);

-- comments
COMMENT ON COLUMN public."user"."order" IS 'the order';

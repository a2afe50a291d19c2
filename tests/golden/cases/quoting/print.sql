-- schemas
CREATE SCHEMA "My Schema";

-- types
CREATE TYPE "My Schema"."Mood" AS ENUM ('it''s', 'Ok', 'semi;colon');

-- sequences
CREATE SEQUENCE "My Schema"."order" AS bigint INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1 NO CYCLE;

-- tables
CREATE TABLE "My Schema"."user" (
    "order" integer NOT NULL,
    "a b" text,
    "semi;colon" text,
    "quote""d" text,
    "café" text,
    "select" "My Schema"."Mood" DEFAULT 'Ok',
    "Upper" integer,
    CONSTRAINT "User PK" PRIMARY KEY ("order"),
    CONSTRAINT "check""quote" CHECK ("a b" <> 'x'),
    CONSTRAINT "user_Upper_check" CHECK ("Upper" > 0)
);
CREATE TABLE public."group" (
    "user" integer,
    "Key" text,
    CONSTRAINT "group_Key_key" UNIQUE ("Key")
);

-- indexes
CREATE INDEX "Index Name" ON "My Schema"."user" USING btree ("a b", "semi;colon");
CREATE INDEX "user_quote""d_idx" ON "My Schema"."user" USING btree ("quote""d");
CREATE INDEX group_lower_idx ON public."group" USING btree ((lower("Key")));

-- constraints added after their tables
ALTER TABLE public."group" ADD CONSTRAINT group_user_fkey FOREIGN KEY ("user") REFERENCES "My Schema"."user"("order");

-- sequence ownership
ALTER SEQUENCE "My Schema"."order" OWNED BY "My Schema"."user"."order";

-- comments
COMMENT ON SCHEMA "My Schema" IS 'schema';
COMMENT ON TYPE "My Schema"."Mood" IS 'type';
COMMENT ON SEQUENCE "My Schema"."order" IS 'sequence';
COMMENT ON TABLE "My Schema"."user" IS 'table';
COMMENT ON COLUMN "My Schema"."user"."quote""d" IS 'column';
COMMENT ON CONSTRAINT "check""quote" ON "My Schema"."user" IS 'constraint';
COMMENT ON INDEX "My Schema"."Index Name" IS 'index';

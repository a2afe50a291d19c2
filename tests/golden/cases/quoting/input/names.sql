-- Identifiers that need quoting, in every kind of object.
CREATE SCHEMA "My Schema";
CREATE TYPE "My Schema"."Mood" AS ENUM ('it''s', 'Ok', 'semi;colon');
CREATE SEQUENCE "My Schema"."order";
CREATE TABLE "My Schema"."user" (
    "order" integer CONSTRAINT "User PK" PRIMARY KEY,
    "a b" text,
    "semi;colon" text,
    "quote""d" text,
    café text,
    "select" "My Schema"."Mood" DEFAULT 'Ok',
    "Upper" integer CHECK ("Upper" > 0),
    CONSTRAINT "check""quote" CHECK ("a b" <> 'x')
);
CREATE TABLE "group" ("user" integer REFERENCES "My Schema"."user" ("order"), "Key" text UNIQUE);
CREATE INDEX "Index Name" ON "My Schema"."user" ("a b", "semi;colon");
CREATE INDEX ON "My Schema"."user" ("quote""d");
CREATE INDEX ON "group" (lower("Key"));
ALTER SEQUENCE "My Schema"."order" OWNED BY "My Schema"."user"."order";
COMMENT ON SCHEMA "My Schema" IS 'schema';
COMMENT ON TABLE "My Schema"."user" IS 'table';
COMMENT ON COLUMN "My Schema"."user"."quote""d" IS 'column';
COMMENT ON INDEX "My Schema"."Index Name" IS 'index';
COMMENT ON CONSTRAINT "check""quote" ON "My Schema"."user" IS 'constraint';
COMMENT ON TYPE "My Schema"."Mood" IS 'type';
COMMENT ON SEQUENCE "My Schema"."order" IS 'sequence';

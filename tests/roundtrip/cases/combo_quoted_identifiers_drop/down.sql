-- schemac migration: down
-- 5 steps; hazards: access-exclusive-lock, deletes-data, irreversible-down

-- - table public."Keep Me": drop column "Value" [deletes-data, access-exclusive-lock, irreversible-down]
ALTER TABLE public."Keep Me" DROP COLUMN "Value";

-- + schema "Audit": create schema
CREATE SCHEMA "Audit";

-- + sequence "Audit"."Event Seq": create sequence
CREATE SEQUENCE "Audit"."Event Seq" AS bigint INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1 NO CYCLE;
COMMENT ON SEQUENCE "Audit"."Event Seq" IS 'audit ids';

-- + table "Audit"."user": create table (3 columns, 2 constraints)
CREATE TABLE "Audit"."user" (
    "Id" bigint DEFAULT nextval('"Audit"."Event Seq"'::regclass) NOT NULL,
    "order" integer,
    "Mixed""Quote" text,
    CONSTRAINT "check" CHECK (("order" > 0)),
    CONSTRAINT user_pkey PRIMARY KEY ("Id")
);

-- ~ sequence "Audit"."Event Seq": set owner column
ALTER SEQUENCE "Audit"."Event Seq" OWNED BY "Audit"."user"."Id";

CREATE SCHEMA "Audit";

CREATE SEQUENCE "Audit"."Event Seq";

CREATE TABLE "Audit"."user" (
    "Id" bigint PRIMARY KEY DEFAULT nextval('"Audit"."Event Seq"'),
    "order" integer,
    "Mixed""Quote" text,
    CONSTRAINT "check" CHECK ("order" > 0)
);

CREATE TABLE public."Keep Me" (
    "Key" text PRIMARY KEY
);

ALTER SEQUENCE "Audit"."Event Seq" OWNED BY "Audit"."user"."Id";

COMMENT ON SEQUENCE "Audit"."Event Seq" IS 'audit ids';

-- schemac migration: up
-- 3 steps; hazards: access-exclusive-lock, deletes-data, irreversible-down

-- - table "Audit"."user": drop table [deletes-data, access-exclusive-lock, irreversible-down]
DROP TABLE "Audit"."user";

-- - schema "Audit": drop schema
DROP SCHEMA "Audit";

-- + table public."Keep Me": add column "Value" text [access-exclusive-lock]
ALTER TABLE public."Keep Me" ADD COLUMN "Value" text;

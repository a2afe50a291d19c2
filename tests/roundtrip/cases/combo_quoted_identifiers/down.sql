-- schemac migration: down
-- 9 steps; hazards: access-exclusive-lock, deletes-data, irreversible-down, table-rewrite

-- - index "Sales Dept"."Order by User": drop index [access-exclusive-lock]
DROP INDEX "Sales Dept"."Order by User";

-- - index "Sales Dept"."Order_lower_group_idx": drop index [access-exclusive-lock]
DROP INDEX "Sales Dept"."Order_lower_group_idx";

-- - table "Sales Dept"."Order": drop check constraint "Order_Total Amount_check" [access-exclusive-lock]
ALTER TABLE "Sales Dept"."Order" DROP CONSTRAINT "Order_Total Amount_check";

-- - table "Sales Dept"."Order": drop column "Total Amount" [deletes-data, access-exclusive-lock, irreversible-down]
ALTER TABLE "Sales Dept"."Order" DROP COLUMN "Total Amount";

-- - table "Sales Dept"."Order": drop column "group" [deletes-data, access-exclusive-lock, irreversible-down]
ALTER TABLE "Sales Dept"."Order" DROP COLUMN "group";

-- - table "Sales Dept"."Order Line": drop table [deletes-data, access-exclusive-lock, irreversible-down]
DROP TABLE "Sales Dept"."Order Line";

-- ~ enum type "Sales Dept"."Status": recreate without value 'On Hold' [table-rewrite, access-exclusive-lock, irreversible-down]
ALTER TYPE "Sales Dept"."Status" RENAME TO "Status_old";
CREATE TYPE "Sales Dept"."Status" AS ENUM ('Open', 'Closed');
ALTER TABLE "Sales Dept"."Order" ALTER COLUMN "select" DROP DEFAULT;
ALTER TABLE "Sales Dept"."Order" ALTER COLUMN "select" TYPE "Sales Dept"."Status" USING "select"::text::"Sales Dept"."Status";
ALTER TABLE "Sales Dept"."Order" ALTER COLUMN "select" SET DEFAULT 'Open'::"Sales Dept"."Status";
DROP TYPE "Sales Dept"."Status_old";

-- ~ table "Sales Dept"."Order": remove comment
COMMENT ON TABLE "Sales Dept"."Order" IS NULL;

-- ~ table "Sales Dept"."Order": alter column "user name": type character varying(80) -> text, remove comment [access-exclusive-lock]
ALTER TABLE "Sales Dept"."Order" ALTER COLUMN "user name" TYPE text;
COMMENT ON COLUMN "Sales Dept"."Order"."user name" IS NULL;

-- schemac migration: up
-- 9 steps; hazards: access-exclusive-lock, index-build, irreversible-down, table-rewrite, validates-constraint

-- ~ enum type "Sales Dept"."Status": add value
ALTER TYPE "Sales Dept"."Status" ADD VALUE 'On Hold' BEFORE 'Closed';

-- ~ table "Sales Dept"."Order": set comment
COMMENT ON TABLE "Sales Dept"."Order" IS 'Orders; "quoted" names';

-- ~ table "Sales Dept"."Order": alter column "user name": type text -> character varying(80), set comment [table-rewrite, access-exclusive-lock, irreversible-down]
ALTER TABLE "Sales Dept"."Order" ALTER COLUMN "user name" TYPE character varying(80);
COMMENT ON COLUMN "Sales Dept"."Order"."user name" IS 'Who placed it';

-- + table "Sales Dept"."Order Line": create table (3 columns, 2 constraints)
CREATE TABLE "Sales Dept"."Order Line" (
    "Line No" integer NOT NULL,
    "Order ID" integer NOT NULL,
    "table" text,
    CONSTRAINT "Order Line PK" PRIMARY KEY ("Order ID", "Line No"),
    CONSTRAINT "Order Line_Order ID_fkey" FOREIGN KEY ("Order ID") REFERENCES "Sales Dept"."Order"("ID") ON DELETE CASCADE
);
COMMENT ON CONSTRAINT "Order Line PK" ON "Sales Dept"."Order Line" IS 'Line numbers restart per order';

-- + table "Sales Dept"."Order": add column "Total Amount" numeric(12,2) DEFAULT 0 NOT NULL [access-exclusive-lock]
ALTER TABLE "Sales Dept"."Order" ADD COLUMN "Total Amount" numeric(12,2) DEFAULT 0 NOT NULL;

-- + table "Sales Dept"."Order": add column "group" text [access-exclusive-lock]
ALTER TABLE "Sales Dept"."Order" ADD COLUMN "group" text;

-- + table "Sales Dept"."Order": add check constraint "Order_Total Amount_check" [access-exclusive-lock, validates-constraint]
ALTER TABLE "Sales Dept"."Order" ADD CONSTRAINT "Order_Total Amount_check" CHECK (("Total Amount" >= (0)::numeric));

-- + index "Sales Dept"."Order by User": create index [index-build]
CREATE INDEX "Order by User" ON "Sales Dept"."Order" USING btree ("user name", "select");
COMMENT ON INDEX "Sales Dept"."Order by User" IS 'Lookup by user';

-- + index "Sales Dept"."Order_lower_group_idx": create index [index-build]
CREATE UNIQUE INDEX "Order_lower_group_idx" ON "Sales Dept"."Order" USING btree ((lower("user name"::text)), "group");

CREATE SCHEMA "Sales Dept";

CREATE TYPE "Sales Dept"."Status" AS ENUM ('Open', 'On Hold', 'Closed');

CREATE TABLE "Sales Dept"."Order" (
    "ID" integer PRIMARY KEY,
    "user name" varchar(80) NOT NULL,
    "select" "Sales Dept"."Status" NOT NULL DEFAULT 'Open',
    "Total Amount" numeric(12, 2) NOT NULL DEFAULT 0 CHECK ("Total Amount" >= 0),
    "group" text
);

CREATE TABLE "Sales Dept"."Order Line" (
    "Line No" integer NOT NULL,
    "Order ID" integer NOT NULL REFERENCES "Sales Dept"."Order" ON DELETE CASCADE,
    "table" text,
    CONSTRAINT "Order Line PK" PRIMARY KEY ("Order ID", "Line No")
);

CREATE INDEX "Order by User" ON "Sales Dept"."Order" ("user name", "select");
CREATE UNIQUE INDEX ON "Sales Dept"."Order" (lower("user name"), "group");

COMMENT ON TABLE "Sales Dept"."Order" IS 'Orders; "quoted" names';
COMMENT ON COLUMN "Sales Dept"."Order"."user name" IS 'Who placed it';
COMMENT ON CONSTRAINT "Order Line PK" ON "Sales Dept"."Order Line" IS 'Line numbers restart per order';
COMMENT ON INDEX "Sales Dept"."Order by User" IS 'Lookup by user';

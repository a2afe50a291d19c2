CREATE SCHEMA "Sales Dept";

CREATE TYPE "Sales Dept"."Status" AS ENUM ('Open', 'Closed');

CREATE TABLE "Sales Dept"."Order" (
    "ID" integer PRIMARY KEY,
    "user name" text NOT NULL,
    "select" "Sales Dept"."Status" NOT NULL DEFAULT 'Open'
);

CREATE SCHEMA "Ops";
CREATE TABLE "Ops".t (a integer);

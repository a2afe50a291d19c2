-- Standalone sequences with every option and the defaults PostgreSQL fills in.
CREATE SEQUENCE plain;
CREATE SEQUENCE counter AS integer START WITH 1000 INCREMENT BY 1 NO MINVALUE NO MAXVALUE CACHE 10;
CREATE SEQUENCE countdown AS smallint INCREMENT -1;
CREATE SEQUENCE ring INCREMENT BY 5 MINVALUE 10 MAXVALUE 100 START 20 CYCLE;
CREATE UNLOGGED SEQUENCE scratch;
CREATE SEQUENCE owned AS bigint;
CREATE TABLE holder (id bigint DEFAULT nextval('owned'));
ALTER SEQUENCE owned OWNED BY holder.id;
ALTER SEQUENCE counter INCREMENT BY 2;
-- AS another type keeps the bounds chosen (MINVALUE 5) and moves those that were the old type's
-- own to the new type's.
CREATE SEQUENCE kept_min MINVALUE 5;
ALTER SEQUENCE kept_min AS smallint;
CREATE SEQUENCE moved_bounds AS integer INCREMENT BY -1 MINVALUE -2147483648 MAXVALUE 2147483647 START 100;
ALTER SEQUENCE moved_bounds AS smallint;

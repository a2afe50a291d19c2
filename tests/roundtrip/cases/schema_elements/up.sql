-- schemac migration: up
-- 12 steps; hazards: access-exclusive-lock, authz-change, index-build, untracked-dependencies

-- - index app.person_name: drop index to create it again [access-exclusive-lock]
DROP INDEX app.person_name;

-- ~ table app.person: grant privileges [authz-change]
GRANT SELECT ON TABLE app.person TO app_user WITH GRANT OPTION;

-- ~ table app.person: alter column name: set default 'none'::text [access-exclusive-lock]
ALTER TABLE ONLY app.person ALTER COLUMN name SET DEFAULT 'none'::text;

-- + sequence app.counter: create sequence
CREATE SEQUENCE app.counter AS bigint INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1 NO CYCLE;

-- + table app.pet: create table (2 columns, 1 constraint)
CREATE TABLE app.pet (
    id integer,
    owner integer,
    CONSTRAINT pet_owner_fkey FOREIGN KEY (owner) REFERENCES app.person(id)
);

-- + table public.person: create table (1 column, 0 constraints)
CREATE TABLE public.person (
    x integer
);

-- + table app.person: add column kind text [access-exclusive-lock]
ALTER TABLE app.person ADD COLUMN kind text;

-- + index app.person_name: create index again [index-build]
CREATE INDEX person_name ON app.person USING btree (name) WHERE (name <> 'none'::text);

-- + view app.adults: create view
CREATE VIEW app.adults (id, "create") AS
SELECT person.id,
    person.name AS "create"
   FROM app.person
  WHERE (person.kind = 'adult'::text);

-- ~ view app.adults: privileges of the new object: grant privileges [authz-change]
GRANT SELECT ON TABLE app.adults TO app_user WITH GRANT OPTION;

-- + function public.touch(): create function [untracked-dependencies]
CREATE OR REPLACE FUNCTION public.touch()
 RETURNS trigger
 LANGUAGE plpgsql
AS $function$ BEGIN RETURN NEW; END $function$;

-- + trigger app.person.person_touch: create trigger
CREATE TRIGGER person_touch BEFORE UPDATE ON app.person FOR EACH ROW EXECUTE FUNCTION public.touch();

-- schemac migration: down
-- 11 steps; hazards: access-exclusive-lock, authz-change, deletes-data, index-build, irreversible-down

-- - trigger app.person.person_touch: drop trigger [access-exclusive-lock]
DROP TRIGGER person_touch ON app.person;

-- - function public.touch(): drop function
DROP FUNCTION public.touch();

-- - view app.adults: drop view
DROP VIEW app.adults;

-- - index app.person_name: drop index to create it again [access-exclusive-lock]
DROP INDEX app.person_name;

-- - table app.person: drop column kind [deletes-data, access-exclusive-lock, irreversible-down]
ALTER TABLE app.person DROP COLUMN kind;

-- - table app.pet: drop table [deletes-data, access-exclusive-lock, irreversible-down]
DROP TABLE app.pet;

-- - table public.person: drop table [deletes-data, access-exclusive-lock, irreversible-down]
DROP TABLE public.person;

-- - sequence app.counter: drop sequence [irreversible-down]
DROP SEQUENCE app.counter;

-- ~ table app.person: revoke privileges [authz-change]
REVOKE SELECT ON TABLE app.person FROM app_user;

-- ~ table app.person: alter column name: drop default [access-exclusive-lock]
ALTER TABLE ONLY app.person ALTER COLUMN name DROP DEFAULT;

-- + index app.person_name: create index again [index-build]
CREATE INDEX person_name ON app.person USING btree (name);

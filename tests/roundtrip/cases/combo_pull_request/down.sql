-- schemac migration: down
-- 17 steps; hazards: access-exclusive-lock, deletes-data, index-build, irreversible-down, table-rewrite

-- - index app.projects_owner_id_idx: drop index to create it again [access-exclusive-lock]
DROP INDEX app.projects_owner_id_idx;

-- - index app.users_organisation_id_idx: drop index [access-exclusive-lock]
DROP INDEX app.users_organisation_id_idx;

-- - table app.projects: drop foreign key projects_organisation_id_fkey [access-exclusive-lock]
ALTER TABLE app.projects DROP CONSTRAINT projects_organisation_id_fkey;

-- - table app.projects: drop unique constraint projects_title_key [access-exclusive-lock]
ALTER TABLE app.projects DROP CONSTRAINT projects_title_key;

-- - table app.users: drop foreign key users_organisation_id_fkey [access-exclusive-lock]
ALTER TABLE app.users DROP CONSTRAINT users_organisation_id_fkey;

-- - table app.projects: drop column archived_at [deletes-data, access-exclusive-lock, irreversible-down]
ALTER TABLE app.projects DROP COLUMN archived_at;

-- - table app.projects: drop column organisation_id [deletes-data, access-exclusive-lock, irreversible-down]
ALTER TABLE app.projects DROP COLUMN organisation_id;

-- - table app.projects: drop column visibility [deletes-data, access-exclusive-lock, irreversible-down]
ALTER TABLE app.projects DROP COLUMN visibility;

-- - table app.users: drop column organisation_id [deletes-data, access-exclusive-lock, irreversible-down]
ALTER TABLE app.users DROP COLUMN organisation_id;

-- - table app.organisations: drop table [deletes-data, access-exclusive-lock, irreversible-down]
DROP TABLE app.organisations;

-- - table app.project_members: drop table [deletes-data, access-exclusive-lock, irreversible-down]
DROP TABLE app.project_members;

-- - enum type app.project_visibility: drop enum type
DROP TYPE app.project_visibility;

-- ~ enum type app.user_role: recreate without value 'maintainer' [table-rewrite, access-exclusive-lock, irreversible-down]
ALTER TYPE app.user_role RENAME TO user_role_old;
CREATE TYPE app.user_role AS ENUM ('member', 'admin');
ALTER TABLE app.users ALTER COLUMN role DROP DEFAULT;
ALTER TABLE app.users ALTER COLUMN role TYPE app.user_role USING role::text::app.user_role;
ALTER TABLE app.users ALTER COLUMN role SET DEFAULT 'member'::app.user_role;
DROP TYPE app.user_role_old;

-- ~ table app.users: alter column created_at: type timestamp with time zone -> timestamp without time zone [table-rewrite, access-exclusive-lock, irreversible-down]
ALTER TABLE app.users ALTER COLUMN created_at DROP DEFAULT;
ALTER TABLE app.users ALTER COLUMN created_at TYPE timestamp without time zone;
ALTER TABLE ONLY app.users ALTER COLUMN created_at SET DEFAULT now();

-- ~ table app.users: alter column email: type character varying(254) -> character varying(100) [table-rewrite, access-exclusive-lock, irreversible-down]
ALTER TABLE app.users ALTER COLUMN email TYPE character varying(100);

-- ~ table app.users: alter column name: drop not null, drop default [access-exclusive-lock]
ALTER TABLE ONLY app.users ALTER COLUMN name DROP DEFAULT;
ALTER TABLE app.users ALTER COLUMN name DROP NOT NULL;

-- + index app.projects_owner_id_idx: create index again [index-build]
CREATE INDEX projects_owner_id_idx ON app.projects USING btree (owner_id);

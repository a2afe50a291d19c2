-- schemac migration: up
-- 18 steps; hazards: access-exclusive-lock, index-build, irreversible-down, table-rewrite, validates-constraint

-- - index app.projects_owner_id_idx: drop index to create it again [access-exclusive-lock]
DROP INDEX app.projects_owner_id_idx;

-- ~ enum type app.user_role: add value
ALTER TYPE app.user_role ADD VALUE 'maintainer' BEFORE 'admin';

-- ~ table app.users: alter column created_at: type timestamp without time zone -> timestamp with time zone [table-rewrite, access-exclusive-lock, irreversible-down]
ALTER TABLE app.users ALTER COLUMN created_at DROP DEFAULT;
ALTER TABLE app.users ALTER COLUMN created_at TYPE timestamp with time zone;
ALTER TABLE ONLY app.users ALTER COLUMN created_at SET DEFAULT now();

-- ~ table app.users: alter column email: type character varying(100) -> character varying(254) [access-exclusive-lock]
ALTER TABLE app.users ALTER COLUMN email TYPE character varying(254);

-- ~ table app.users: alter column name: set not null, set default ''::text [access-exclusive-lock, validates-constraint]
ALTER TABLE app.users ALTER COLUMN name SET NOT NULL;
ALTER TABLE ONLY app.users ALTER COLUMN name SET DEFAULT ''::text;

-- + enum type app.project_visibility: create enum type
CREATE TYPE app.project_visibility AS ENUM ('private', 'internal', 'public');

-- + table app.organisations: create table (4 columns, 3 constraints)
CREATE TABLE app.organisations (
    id bigint GENERATED ALWAYS AS IDENTITY (SEQUENCE NAME app.organisations_id_seq INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1 NO CYCLE) NOT NULL,
    slug text NOT NULL,
    name text NOT NULL,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    CONSTRAINT organisations_pkey PRIMARY KEY (id),
    CONSTRAINT organisations_slug_check CHECK ((slug ~ '^[a-z0-9-]+$'::text)),
    CONSTRAINT organisations_slug_key UNIQUE (slug)
);
COMMENT ON TABLE app.organisations IS 'Tenants';

-- + table app.project_members: create table (3 columns, 3 constraints)
CREATE TABLE app.project_members (
    project_id integer NOT NULL,
    user_id integer NOT NULL,
    role app.user_role DEFAULT 'member'::app.user_role NOT NULL,
    CONSTRAINT project_members_pkey PRIMARY KEY (project_id, user_id),
    CONSTRAINT project_members_project_id_fkey FOREIGN KEY (project_id) REFERENCES app.projects(id) ON DELETE CASCADE,
    CONSTRAINT project_members_user_id_fkey FOREIGN KEY (user_id) REFERENCES app.users(id) ON DELETE CASCADE
);
COMMENT ON TABLE app.project_members IS 'Who may work on which project';

-- + table app.projects: add column archived_at timestamp with time zone [access-exclusive-lock]
ALTER TABLE app.projects ADD COLUMN archived_at timestamp with time zone;
COMMENT ON COLUMN app.projects.archived_at IS 'Set when the project is archived; hidden from lists';

-- + table app.projects: add column organisation_id bigint NOT NULL [access-exclusive-lock]
ALTER TABLE app.projects ADD COLUMN organisation_id bigint NOT NULL;

-- + table app.projects: add column visibility app.project_visibility DEFAULT 'private'::app.project_visibility NOT NULL [access-exclusive-lock]
ALTER TABLE app.projects ADD COLUMN visibility app.project_visibility DEFAULT 'private'::app.project_visibility NOT NULL;

-- + table app.users: add column organisation_id bigint [access-exclusive-lock]
ALTER TABLE app.users ADD COLUMN organisation_id bigint;

-- + table app.projects: add foreign key projects_organisation_id_fkey [validates-constraint]
ALTER TABLE app.projects ADD CONSTRAINT projects_organisation_id_fkey FOREIGN KEY (organisation_id) REFERENCES app.organisations(id) ON DELETE CASCADE;

-- + table app.projects: add unique constraint projects_title_key [access-exclusive-lock, index-build]
ALTER TABLE app.projects ADD CONSTRAINT projects_title_key UNIQUE (organisation_id, title);

-- + table app.users: add foreign key users_organisation_id_fkey [validates-constraint]
ALTER TABLE app.users ADD CONSTRAINT users_organisation_id_fkey FOREIGN KEY (organisation_id) REFERENCES app.organisations(id) ON DELETE SET NULL;

-- + index app.project_members_user_id_idx: create index [index-build]
CREATE INDEX project_members_user_id_idx ON app.project_members USING btree (user_id);

-- + index app.projects_owner_id_idx: create index again [index-build]
CREATE INDEX projects_owner_id_idx ON app.projects USING btree (owner_id) WHERE (archived_at IS NULL);

-- + index app.users_organisation_id_idx: create index [index-build]
CREATE INDEX users_organisation_id_idx ON app.users USING btree (organisation_id);

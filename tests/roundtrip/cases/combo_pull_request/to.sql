-- "Add organisations and project membership"
CREATE SCHEMA app;

CREATE TYPE app.user_role AS ENUM ('member', 'maintainer', 'admin');

CREATE TYPE app.project_visibility AS ENUM ('private', 'internal', 'public');

CREATE TABLE app.organisations (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    slug text NOT NULL UNIQUE CHECK (slug ~ '^[a-z0-9-]+$'),
    name text NOT NULL,
    created_at timestamp with time zone NOT NULL DEFAULT now()
);

CREATE TABLE app.users (
    id serial PRIMARY KEY,
    email varchar(254) NOT NULL UNIQUE,
    name text NOT NULL DEFAULT '',
    role app.user_role NOT NULL DEFAULT 'member',
    organisation_id bigint REFERENCES app.organisations ON DELETE SET NULL,
    created_at timestamp with time zone NOT NULL DEFAULT now()
);

CREATE TABLE app.projects (
    id serial PRIMARY KEY,
    organisation_id bigint NOT NULL REFERENCES app.organisations ON DELETE CASCADE,
    owner_id integer NOT NULL REFERENCES app.users,
    title text NOT NULL,
    visibility app.project_visibility NOT NULL DEFAULT 'private',
    archived_at timestamp with time zone,
    CONSTRAINT projects_title_key UNIQUE (organisation_id, title)
);

CREATE TABLE app.project_members (
    project_id integer NOT NULL REFERENCES app.projects ON DELETE CASCADE,
    user_id integer NOT NULL REFERENCES app.users ON DELETE CASCADE,
    role app.user_role NOT NULL DEFAULT 'member',
    PRIMARY KEY (project_id, user_id)
);

CREATE INDEX projects_owner_id_idx ON app.projects (owner_id) WHERE archived_at IS NULL;
CREATE INDEX project_members_user_id_idx ON app.project_members (user_id);
CREATE INDEX users_organisation_id_idx ON app.users (organisation_id);

COMMENT ON TABLE app.organisations IS 'Tenants';
COMMENT ON TABLE app.project_members IS 'Who may work on which project';
COMMENT ON COLUMN app.projects.archived_at IS 'Set when the project is archived; hidden from lists';

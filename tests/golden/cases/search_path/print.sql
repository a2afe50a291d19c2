-- schemas
CREATE SCHEMA app;
CREATE SCHEMA audit;

-- extensions
CREATE EXTENSION citext WITH SCHEMA public;

-- types
CREATE TYPE app.mood AS ENUM ('happy', 'sad');

-- sequences
CREATE SEQUENCE app.ticket_numbers AS bigint INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1 NO CYCLE;

-- tables
CREATE TABLE app.orders (
    id bigint NOT NULL,
    user_id bigint,
    event_id bigint,
    CONSTRAINT orders_pkey PRIMARY KEY (id)
);
CREATE TABLE app.still_app (
    id integer
);
SET search_path = app, public;
CREATE TABLE app.users (
    id bigint GENERATED ALWAYS AS IDENTITY (SEQUENCE NAME app.users_id_seq INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1 NO CYCLE) NOT NULL,
    email public.citext NOT NULL,
    mood app.mood DEFAULT 'happy',
    ticket bigint DEFAULT nextval('app.ticket_numbers'),
    name text,
    CONSTRAINT users_email_key UNIQUE (email),
    CONSTRAINT users_name_check CHECK (length(name) > 0),
    CONSTRAINT users_pkey PRIMARY KEY (id)
);
SET search_path = audit;
CREATE TABLE audit.events (
    id bigint NOT NULL,
    at timestamp with time zone DEFAULT now(),
    CONSTRAINT events_pkey PRIMARY KEY (id)
);
CREATE TABLE public.public_again (
    id integer
);

-- indexes
SET search_path = app, public;
CREATE INDEX orders_user_idx ON app.orders USING btree (user_id) WHERE user_id > 0;

-- constraints added after their tables
ALTER TABLE app.orders ADD CONSTRAINT orders_event_id_fkey FOREIGN KEY (event_id) REFERENCES audit.events(id);
ALTER TABLE app.orders ADD CONSTRAINT orders_user_id_fkey FOREIGN KEY (user_id) REFERENCES app.users(id);

-- comments
COMMENT ON TABLE app.users IS 'in schema app';

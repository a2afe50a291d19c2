-- pg_dump's form for a table with a serial column: the sequence of the column gets privileges
-- of its own, and the owner's table-wide privileges go to a role.
CREATE TABLE public.tickets (id integer NOT NULL, title text NOT NULL);
CREATE SEQUENCE public.tickets_id_seq AS integer START WITH 1 INCREMENT BY 1 NO MINVALUE NO MAXVALUE CACHE 1;
ALTER SEQUENCE public.tickets_id_seq OWNED BY public.tickets.id;
ALTER TABLE ONLY public.tickets ALTER COLUMN id SET DEFAULT nextval('public.tickets_id_seq'::regclass);
ALTER TABLE ONLY public.tickets ADD CONSTRAINT tickets_pkey PRIMARY KEY (id);
GRANT SELECT,INSERT,DELETE,UPDATE ON TABLE public.tickets TO app_user;
GRANT SELECT,USAGE ON SEQUENCE public.tickets_id_seq TO app_user;

SET search_path = '';
CREATE DOMAIN public.email AS text DEFAULT 'nobody@example.com'::text
	CONSTRAINT email_check CHECK ((VALUE ~~ '%@%'::text));
ALTER DOMAIN public.email OWNER TO postgres;
CREATE TABLE public.contacts (
    id integer NOT NULL,
    address public.email
);
ALTER TABLE ONLY public.contacts
    ADD CONSTRAINT contacts_pkey PRIMARY KEY (id);

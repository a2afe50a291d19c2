CREATE DOMAIN public.email AS text
    CONSTRAINT email_has_at CHECK (VALUE LIKE '%_@_%')
    CONSTRAINT email_lower CHECK (VALUE = lower(VALUE));
CREATE TABLE public.contacts (id integer PRIMARY KEY, address public.email);

CREATE DOMAIN public.email AS text
    CONSTRAINT email_has_at CHECK (VALUE LIKE '%@%')
    CONSTRAINT email_short CHECK (length(VALUE) < 200);
CREATE TABLE public.contacts (id integer PRIMARY KEY, address public.email);

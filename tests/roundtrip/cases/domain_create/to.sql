CREATE DOMAIN public.email AS text
    CONSTRAINT email_has_at CHECK (VALUE LIKE '%@%')
    CONSTRAINT email_short CHECK (length(VALUE) < 200);
CREATE DOMAIN public.quantity AS integer DEFAULT 1 NOT NULL CHECK (VALUE > 0);
COMMENT ON DOMAIN public.email IS 'an address';
CREATE TABLE public.contacts (
    id integer PRIMARY KEY,
    address public.email,
    others public.email[],
    copies public.quantity
);

-- Domains shared by every area, and the functions their checks call.

CREATE FUNCTION public.isbn13_is_valid(isbn text) RETURNS boolean
    LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
    AS $$
    SELECT isbn ~ '^97[89][0-9]{10}$'
       AND (SELECT sum(substr(isbn, i, 1)::integer * CASE WHEN i % 2 = 0 THEN 3 ELSE 1 END)
              FROM generate_series(1, 13) AS i) % 10 = 0
$$;

COMMENT ON FUNCTION public.isbn13_is_valid(text) IS 'True for 13 digits starting 978 or 979 whose weighted sum (1, 3, 1, ...) is a multiple of 10.';

CREATE FUNCTION public.normalize_isbn(raw text) RETURNS text
    LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
    RETURN regexp_replace(raw, '[^0-9]', '', 'g');

CREATE DOMAIN public.email AS varchar(254)
    CONSTRAINT email_format CHECK (VALUE ~ '^[^@[:space:]]+@[^@[:space:]]+\.[^@[:space:]]+$');

CREATE DOMAIN public.isbn13 AS text
    CONSTRAINT isbn13_checksum CHECK (public.isbn13_is_valid(VALUE));

CREATE DOMAIN public.money_amount AS numeric(10,2)
    DEFAULT 0 NOT NULL
    CONSTRAINT money_amount_not_negative CHECK (VALUE >= 0);

CREATE DOMAIN public.positive_amount AS numeric(10,2)
    NOT NULL
    CONSTRAINT positive_amount_check CHECK (VALUE > 0);

CREATE DOMAIN public.nonempty_name AS varchar(200)
    CONSTRAINT nonempty_name_not_blank CHECK (btrim(VALUE) <> '');

CREATE DOMAIN public.phone_number AS varchar(20)
    CONSTRAINT phone_number_format CHECK (VALUE ~ '^\+?[0-9 ()-]{6,20}$');

COMMENT ON DOMAIN public.email IS 'An e-mail address; only the overall shape is checked.';
COMMENT ON DOMAIN public.isbn13 IS 'An ISBN-13 without hyphens, with a valid check digit.';
COMMENT ON DOMAIN public.money_amount IS 'An amount of money in the library''s currency, never negative, zero by default.';
COMMENT ON DOMAIN public.nonempty_name IS 'A name or title that is not blank.';

-- Composite types: values with parts, kept together in one column or returned by a function.

CREATE TYPE public.postal_address AS (
    street text,
    postal_code varchar(12),
    city varchar(100),
    country char(2)
);

COMMENT ON TYPE public.postal_address IS 'A postal address as printed on an envelope.';
COMMENT ON COLUMN public.postal_address.country IS 'ISO 3166-1 alpha-2 code.';

CREATE TYPE public.geo_point AS (latitude numeric(9,6), longitude numeric(9,6));

-- Range types: an age band for events and memberships, and its multirange for several bands.

CREATE FUNCTION public.smallint_diff(a smallint, b smallint) RETURNS double precision
    LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
    RETURN (a - b)::double precision;

CREATE TYPE public.age_band AS RANGE (
    subtype = smallint,
    subtype_diff = public.smallint_diff,
    multirange_type_name = public.age_bands
);

COMMENT ON TYPE public.age_band IS 'Ages from and to, such as [6,12) for children.';

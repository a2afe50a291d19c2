CREATE FUNCTION public.is_code(value text) RETURNS boolean LANGUAGE sql IMMUTABLE
    RETURN value ~ '^[A-Z]{3}$';
CREATE DOMAIN public.code AS text CONSTRAINT code_shape CHECK (public.is_code(VALUE));
CREATE TABLE public.codes (id integer PRIMARY KEY, code public.code);

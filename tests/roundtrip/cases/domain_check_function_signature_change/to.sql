CREATE FUNCTION public.is_code(value text, size integer) RETURNS boolean LANGUAGE sql IMMUTABLE
    RETURN value ~ ('^[A-Z]{' || size || '}$');
CREATE DOMAIN public.code AS text CONSTRAINT code_shape CHECK (public.is_code(VALUE, 3));
CREATE TABLE public.codes (id integer PRIMARY KEY, code public.code);

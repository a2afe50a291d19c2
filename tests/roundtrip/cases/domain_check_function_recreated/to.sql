-- The argument's new name makes a new function: dropped and created again, with the domain's
-- checks dropped before and added again after.
CREATE FUNCTION public.is_code(candidate text) RETURNS boolean LANGUAGE sql IMMUTABLE
    RETURN candidate ~ '^[A-Z]{3}$';
CREATE DOMAIN public.code AS text
    CONSTRAINT code_shape CHECK (public.is_code(VALUE))
    CONSTRAINT code_not_xxx CHECK (VALUE <> 'XXX');
CREATE TABLE public.codes (id integer PRIMARY KEY, code public.code NOT NULL);

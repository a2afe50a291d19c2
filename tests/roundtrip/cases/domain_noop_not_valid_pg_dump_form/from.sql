--
-- PostgreSQL database dump
--

SET statement_timeout = 0;
SET check_function_bodies = false;
SET client_min_messages = warning;
SELECT pg_catalog.set_config('search_path', '', false);

CREATE DOMAIN public.code AS text;

ALTER DOMAIN public.code OWNER TO postgres;

ALTER DOMAIN public.code
    ADD CONSTRAINT code_upper CHECK ((VALUE = upper(VALUE))) NOT VALID;

COMMENT ON CONSTRAINT code_upper ON DOMAIN public.code IS 'upper case';

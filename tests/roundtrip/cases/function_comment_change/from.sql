CREATE PROCEDURE public.noop() LANGUAGE plpgsql AS $$ BEGIN END $$;
COMMENT ON PROCEDURE public.noop() IS 'does nothing';

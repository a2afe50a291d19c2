DO $$ BEGIN
  IF (SELECT top FROM public.sensor_max WHERE sensor = 'a') <> 7 THEN
    RAISE EXCEPTION 'the materialized view was not computed again';
  END IF;
END $$;

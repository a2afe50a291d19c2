INSERT INTO places VALUES (1, ll_to_earth(52.5, 13.4));
DO $$
BEGIN
  IF (SELECT count(*) FROM pg_extension WHERE extname IN ('cube', 'earthdistance')) <> 2 THEN
    RAISE EXCEPTION 'cube and earthdistance should both exist';
  END IF;
END $$;

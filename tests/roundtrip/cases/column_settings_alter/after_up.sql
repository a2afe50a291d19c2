DO $$ BEGIN
  IF (SELECT length(body) FROM docs WHERE id = 1) <> 5000 THEN
    RAISE EXCEPTION 'values lost';
  END IF;
END $$;

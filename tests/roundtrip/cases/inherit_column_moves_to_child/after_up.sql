DO $$ BEGIN
  IF (SELECT e FROM c WHERE id = 1) IS DISTINCT FROM 42 THEN
    RAISE EXCEPTION 'the column the child keeps lost its values';
  END IF;
END $$;

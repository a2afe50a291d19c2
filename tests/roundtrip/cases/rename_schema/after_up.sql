INSERT INTO accounting.invoices (total) VALUES (20);
DO $$ BEGIN
  IF (SELECT count(*) FROM accounting.invoices) <> 2 THEN RAISE EXCEPTION 'rows lost'; END IF;
END $$;

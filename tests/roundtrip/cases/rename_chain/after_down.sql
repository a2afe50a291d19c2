DO $$ BEGIN
  IF (SELECT count(*) FROM orders) <> 3 THEN RAISE EXCEPTION 'rows lost in down'; END IF;
  IF (SELECT count(*) FROM orders_draft) <> 2 THEN RAISE EXCEPTION 'rows lost in down'; END IF;
END $$;

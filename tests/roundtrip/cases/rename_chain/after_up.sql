INSERT INTO orders_archive (total) VALUES (30);
INSERT INTO orders (note) VALUES ('later');
DO $$ BEGIN
  IF (SELECT count(*) FROM orders_archive) <> 3 THEN RAISE EXCEPTION 'archived rows lost'; END IF;
  IF (SELECT string_agg(note, ',' ORDER BY id) FROM orders) <> 'fresh,later' THEN
    RAISE EXCEPTION 'current rows lost';
  END IF;
END $$;

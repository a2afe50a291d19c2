INSERT INTO public.archive VALUES (1, 'kept');
INSERT INTO public.zones VALUES (1, box '((0,0),(2,2))'), (2, box '((5,5),(6,6))');
REFRESH MATERIALIZED VIEW public.archive_ids;
DO $$ BEGIN
  IF (SELECT count(*) FROM public.archive_ids) <> 1 THEN
    RAISE EXCEPTION 'the materialized view on heap2 should hold the archived row';
  END IF;
  IF (SELECT count(*) FROM public.zones WHERE area && box '((1,1),(3,3))') <> 1 THEN
    RAISE EXCEPTION 'the gist2 index should find one zone';
  END IF;
END $$;

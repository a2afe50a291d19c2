-- The sequence has given values up to 150, inside the new bounds.
SELECT setval('public.slot_seq', 150);

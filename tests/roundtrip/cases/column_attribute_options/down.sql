-- schemac migration: down
-- 6 steps; hazards: access-exclusive-lock, deletes-data, irreversible-down

-- - table public.logins: drop table [deletes-data, access-exclusive-lock, irreversible-down]
DROP TABLE public.logins;

-- ~ table public.events: alter column kind: no attribute options
ALTER TABLE ONLY public.events ALTER COLUMN kind RESET (n_distinct_inherited);

-- ~ table public.events_2024: alter column kind: no attribute options
ALTER TABLE ONLY public.events_2024 ALTER COLUMN kind RESET (n_distinct);

-- ~ table public.visits: alter column country: set (n_distinct=200)
ALTER TABLE ONLY public.visits ALTER COLUMN country SET (n_distinct='200');

-- ~ table public.visits: alter column id: no attribute options
ALTER TABLE ONLY public.visits ALTER COLUMN id RESET (n_distinct);

-- ~ table public.visits: alter column path: set (n_distinct=-0.5, n_distinct_inherited=-0.25)
ALTER TABLE ONLY public.visits ALTER COLUMN path SET (n_distinct='-0.5', n_distinct_inherited='-0.25');

-- schemac migration: up
-- 6 steps; no hazards

-- ~ table public.events: alter column kind: set (n_distinct_inherited=12)
ALTER TABLE ONLY public.events ALTER COLUMN kind SET (n_distinct_inherited='12');

-- ~ table public.events_2024: alter column kind: set (n_distinct=10)
ALTER TABLE ONLY public.events_2024 ALTER COLUMN kind SET (n_distinct='10');

-- ~ table public.visits: alter column country: set (n_distinct=250)
ALTER TABLE ONLY public.visits ALTER COLUMN country SET (n_distinct='250');

-- ~ table public.visits: alter column id: set (n_distinct=-1)
ALTER TABLE ONLY public.visits ALTER COLUMN id SET (n_distinct='-1');

-- ~ table public.visits: alter column path: set (n_distinct=-0.5)
ALTER TABLE ONLY public.visits ALTER COLUMN path RESET (n_distinct_inherited);
ALTER TABLE ONLY public.visits ALTER COLUMN path SET (n_distinct='-0.5');

-- + table public.logins: create table (1 column, 0 constraints)
CREATE TABLE public.logins (
    who text
);
ALTER TABLE ONLY public.logins ALTER COLUMN who SET (n_distinct='1e3');

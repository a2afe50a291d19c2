-- schemac migration: up
-- 2 steps; no hazards

-- ~ table public.articles: alter primary key articles_pkey: change comment
COMMENT ON INDEX public.articles_pkey IS 'Primary key index';

-- ~ index public.articles_author_id_idx: alter index: set comment
COMMENT ON INDEX public.articles_author_id_idx IS 'Author pages';

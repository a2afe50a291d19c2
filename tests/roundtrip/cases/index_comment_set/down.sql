-- schemac migration: down
-- 2 steps; no hazards

-- ~ table public.articles: alter primary key articles_pkey: change comment
COMMENT ON INDEX public.articles_pkey IS NULL;

-- ~ index public.articles_author_id_idx: alter index: remove comment
COMMENT ON INDEX public.articles_author_id_idx IS NULL;

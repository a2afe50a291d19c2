-- schemac migration: down
-- 2 steps; no hazards

-- ~ enum type public.status: rename value "open" to "new"
ALTER TYPE public.status RENAME VALUE 'open' TO 'new';

-- ~ enum type public.status: rename value "deleted" to "gone"
ALTER TYPE public.status RENAME VALUE 'deleted' TO 'gone';

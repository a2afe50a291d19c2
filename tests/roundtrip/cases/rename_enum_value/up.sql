-- schemac migration: up
-- 2 steps; no hazards

-- ~ enum type public.status: rename value "gone" to "deleted"
ALTER TYPE public.status RENAME VALUE 'gone' TO 'deleted';

-- ~ enum type public.status: rename value "new" to "open"
ALTER TYPE public.status RENAME VALUE 'new' TO 'open';

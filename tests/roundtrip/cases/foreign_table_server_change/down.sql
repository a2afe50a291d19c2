-- schemac migration: down
-- 7 steps; hazards: access-exclusive-lock, authz-change

-- - view public.recent: drop view to create it again
DROP VIEW public.recent;

-- - table public.archive: drop foreign table to create it again as a table [access-exclusive-lock]
DROP FOREIGN TABLE public.archive;

-- - table public.events: drop foreign table to create it again on server warehouse [access-exclusive-lock]
DROP FOREIGN TABLE public.events;

-- + table public.archive: create table (1 column, 0 constraints)
CREATE TABLE public.archive (
    at date
);

-- + table public.events: create foreign table (1 column, 0 constraints)
CREATE FOREIGN TABLE public.events (
    at date NOT NULL
) SERVER warehouse OPTIONS (table_name 'events');
COMMENT ON FOREIGN TABLE public.events IS 'what happened';

-- ~ table public.events: privileges of the new object: grant privileges [authz-change]
GRANT SELECT ON TABLE public.events TO app_user;

-- + view public.recent: create view again
CREATE VIEW public.recent (at) AS
SELECT events.at
   FROM public.events
  WHERE (events.at > '2024-01-01'::date);

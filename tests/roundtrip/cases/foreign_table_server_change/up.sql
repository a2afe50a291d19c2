-- schemac migration: up
-- 7 steps; hazards: access-exclusive-lock, authz-change, deletes-data, irreversible-down

-- - view public.recent: drop view to create it again
DROP VIEW public.recent;

-- - table public.archive: drop table to create it again as a foreign table [deletes-data, access-exclusive-lock, irreversible-down]
DROP TABLE public.archive;

-- - table public.events: drop foreign table to create it again on server mirror [access-exclusive-lock]
DROP FOREIGN TABLE public.events;

-- + table public.archive: create foreign table (1 column, 0 constraints)
CREATE FOREIGN TABLE public.archive (
    at date
) SERVER mirror;

-- + table public.events: create foreign table (1 column, 0 constraints)
CREATE FOREIGN TABLE public.events (
    at date NOT NULL
) SERVER mirror OPTIONS (table_name 'events');
COMMENT ON FOREIGN TABLE public.events IS 'what happened';

-- ~ table public.events: privileges of the new object: grant privileges [authz-change]
GRANT SELECT ON TABLE public.events TO app_user;

-- + view public.recent: create view again
CREATE VIEW public.recent (at) AS
SELECT events.at
   FROM public.events
  WHERE (events.at > '2024-01-01'::date);

-- Functions, window functions and procedures (prokind 'f', 'w', 'p'; aggregates are read by the
-- aggregates query) of the user's schemas, but those of extensions and those made as part of another object (the
-- constructors of a range type): the argument types that identify each (format_type() under
-- the session's empty search_path, as the dependencies query writes them), the definition as
-- pg_get_functiondef() prints it, and what decides whether CREATE OR REPLACE can change it.
SELECT n.nspname AS schema,
       p.proname AS name,
       pg_catalog.array_to_string(
         ARRAY(SELECT pg_catalog.format_type(a.type, NULL)
               FROM pg_catalog.unnest(p.proargtypes::pg_catalog.oid[]) WITH ORDINALITY a(type, i)
               ORDER BY a.i),
         ', ') AS arguments,
       p.prokind = 'p' AS procedure,
       p.prokind = 'w' AS window,
       pg_catalog.pg_get_functiondef(p.oid) AS definition,
       coalesce(pg_catalog.pg_get_function_result(p.oid), '') AS result,
       coalesce(p.proargnames, '{}') AS argument_names,
       coalesce(pg_catalog.array_to_string(p.proargmodes, ''), '') AS argument_modes,
       p.pronargdefaults AS defaults,
       l.lanname AS language,
       p.prosqlbody IS NOT NULL AS body_tracked,
       pg_catalog.obj_description(p.oid, 'pg_proc') AS comment,
       pg_catalog.pg_get_userbyid(p.proowner) AS owner
FROM pg_catalog.pg_proc p
JOIN pg_catalog.pg_namespace n ON n.oid = p.pronamespace
JOIN pg_catalog.pg_language l ON l.oid = p.prolang
WHERE p.prokind IN ('f', 'w', 'p')
  AND n.nspname NOT IN ('pg_catalog', 'information_schema')
  AND n.nspname NOT LIKE 'pg\_toast%' AND n.nspname NOT LIKE 'pg\_temp%'
  AND NOT EXISTS (SELECT 1 FROM pg_catalog.pg_depend d
                  WHERE d.classid = 'pg_catalog.pg_proc'::pg_catalog.regclass
                    AND d.objid = p.oid AND d.deptype IN ('e', 'i'))
ORDER BY n.nspname, p.proname, arguments

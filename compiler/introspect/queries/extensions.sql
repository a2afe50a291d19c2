-- Extensions. The version and comment are null when they are the ones CREATE EXTENSION gives
-- without VERSION and COMMENT ON (the control file's default_version and comment).
SELECT e.extname AS name,
       n.nspname AS schema,
       NULLIF(e.extversion, a.default_version) AS version,
       NULLIF(pg_catalog.obj_description(e.oid, 'pg_extension'), a.comment) AS comment
FROM pg_catalog.pg_extension e
JOIN pg_catalog.pg_namespace n ON n.oid = e.extnamespace
LEFT JOIN pg_catalog.pg_available_extensions a ON a.name = e.extname
WHERE n.nspname NOT IN ('pg_catalog', 'information_schema')
  AND n.nspname NOT LIKE 'pg\_toast%' AND n.nspname NOT LIKE 'pg\_temp%'
ORDER BY e.extname

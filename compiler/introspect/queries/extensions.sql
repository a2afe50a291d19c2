-- Extensions. The version and comment are null when they are the ones CREATE EXTENSION gives
-- without VERSION and COMMENT ON (the control file's default_version and comment). The version
-- it is at, and those this server's update scripts take it to, say which version changes a plan
-- can make (none when the control file is gone).
SELECT e.extname AS name,
       n.nspname AS schema,
       NULLIF(e.extversion, a.default_version) AS version,
       NULLIF(pg_catalog.obj_description(e.oid, 'pg_extension'), a.comment) AS comment,
       e.extversion AS installed_version,
       CASE WHEN a.name IS NOT NULL THEN
         ARRAY(SELECT p.target FROM pg_catalog.pg_extension_update_paths(e.extname) p
               WHERE p.source = e.extversion AND p.path IS NOT NULL ORDER BY p.target)
       END AS update_targets
FROM pg_catalog.pg_extension e
JOIN pg_catalog.pg_namespace n ON n.oid = e.extnamespace
LEFT JOIN pg_catalog.pg_available_extensions a ON a.name = e.extname
WHERE n.nspname NOT IN ('pg_catalog', 'information_schema')
  AND n.nspname NOT LIKE 'pg\_toast%' AND n.nspname NOT LIKE 'pg\_temp%'
ORDER BY e.extname

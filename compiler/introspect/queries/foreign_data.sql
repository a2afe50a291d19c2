-- Foreign-data wrappers, servers and user mappings, one row each, told apart by `kind`
-- ("foreign_data_wrapper", "server", "user_mapping"), sorted by kind and name: a wrapper's
-- functions as ALTER FOREIGN DATA WRAPPER writes them; a server's wrapper, type and version; a
-- user mapping's server and role ("public" for PUBLIC, as pg_user_mappings names it); the options
-- of each ("name=value"). Wrappers and servers of extensions are left out, and the user mappings
-- of servers left out. pg_user_mapping is readable by superusers only: pg_user_mappings shows the
-- options of a mapping to its own role, the server's owner and superusers only (NULL otherwise).
SELECT 'foreign_data_wrapper' AS kind, w.fdwname AS name, '' AS parent,
       CASE WHEN w.fdwhandler = 0 THEN 'NO HANDLER'
            ELSE 'HANDLER ' || w.fdwhandler::pg_catalog.regproc::pg_catalog.text END
       || CASE WHEN w.fdwvalidator = 0 THEN ' NO VALIDATOR'
               ELSE ' VALIDATOR ' || w.fdwvalidator::pg_catalog.regproc::pg_catalog.text
          END AS functions,
       NULL AS type, NULL AS version,
       coalesce(w.fdwoptions, '{}') AS options,
       pg_catalog.obj_description(w.oid, 'pg_foreign_data_wrapper') AS comment,
       pg_catalog.pg_get_userbyid(w.fdwowner) AS owner
FROM pg_catalog.pg_foreign_data_wrapper w
WHERE NOT EXISTS (SELECT 1 FROM pg_catalog.pg_depend d
                  WHERE d.classid = 'pg_catalog.pg_foreign_data_wrapper'::pg_catalog.regclass
                    AND d.objid = w.oid AND d.deptype = 'e')
UNION ALL
SELECT 'server', s.srvname, w.fdwname, '', s.srvtype, s.srvversion,
       coalesce(s.srvoptions, '{}'),
       pg_catalog.obj_description(s.oid, 'pg_foreign_server'),
       pg_catalog.pg_get_userbyid(s.srvowner)
FROM pg_catalog.pg_foreign_server s
JOIN pg_catalog.pg_foreign_data_wrapper w ON w.oid = s.srvfdw
WHERE NOT EXISTS (SELECT 1 FROM pg_catalog.pg_depend d
                  WHERE d.classid = 'pg_catalog.pg_foreign_server'::pg_catalog.regclass
                    AND d.objid = s.oid AND d.deptype = 'e')
UNION ALL
SELECT 'user_mapping', m.usename, m.srvname, '', NULL, NULL, coalesce(m.umoptions, '{}'), NULL,
       NULL
FROM pg_catalog.pg_user_mappings m
WHERE NOT EXISTS (SELECT 1 FROM pg_catalog.pg_depend d
                  WHERE d.classid = 'pg_catalog.pg_foreign_server'::pg_catalog.regclass
                    AND d.objid = m.srvid AND d.deptype = 'e')
ORDER BY 1, 3, 2

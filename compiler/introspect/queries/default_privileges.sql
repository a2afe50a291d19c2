-- Default privileges (ALTER DEFAULT PRIVILEGES): one row per privilege an entry gives a role
-- other than its own, by the role whose new objects it is for ("" for the session's role, which
-- is the one that applies plans), the schema it holds in ("" for every schema) and the kind of
-- object (`object_type`: 'r' relations, 'S' sequences, 'f' routines, 'T' types, 'n' schemas). An
-- entry that gives other roles nothing has one row with a NULL grantee. Entries in system
-- schemas are left out, as their objects are. A first row with an empty `object_type` names the
-- session's role.
SELECT current_user::pg_catalog.text AS role, '' AS object_type, '' AS schema,
       NULL::pg_catalog.text AS grantee, NULL::pg_catalog.text AS privilege,
       NULL::pg_catalog.bool AS grantable
UNION ALL
(SELECT CASE WHEN r.rolname = current_user THEN '' ELSE r.rolname::pg_catalog.text END AS role,
       d.defaclobjtype::pg_catalog.text AS object_type,
       coalesce(n.nspname::pg_catalog.text, '') AS schema,
       CASE WHEN x.grantee = 0 THEN 'public'
            ELSE pg_catalog.pg_get_userbyid(x.grantee)::pg_catalog.text END AS grantee,
       x.privilege_type AS privilege,
       x.is_grantable AS grantable
FROM pg_catalog.pg_default_acl d
JOIN pg_catalog.pg_roles r ON r.oid = d.defaclrole
LEFT JOIN pg_catalog.pg_namespace n ON n.oid = d.defaclnamespace
LEFT JOIN LATERAL (SELECT e.grantee, e.privilege_type, e.is_grantable
                   FROM pg_catalog.aclexplode(d.defaclacl) e
                   WHERE e.grantee <> d.defaclrole) x ON true
WHERE n.nspname IS NULL
   OR (n.nspname NOT IN ('pg_catalog', 'information_schema') AND n.nspname NOT LIKE 'pg\_toast%'
       AND n.nspname NOT LIKE 'pg\_temp\_%')
ORDER BY role, object_type, schema, grantee, privilege)

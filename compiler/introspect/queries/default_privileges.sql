-- The default privileges (ALTER DEFAULT PRIVILEGES) of the session's role, which an object it
-- creates gets: one row per privilege to a role other than the session's, by the kind of object
-- (`object_type`: 'r' relations, 'S' sequences, 'f' routines, 'T' types, 'n' schemas) and the
-- schema they hold in ("" for every schema). An entry that grants nothing to other roles has one
-- row with a NULL grantee.
SELECT d.defaclobjtype::pg_catalog.text AS object_type,
       coalesce(n.nspname, '') AS schema,
       CASE WHEN x.grantee = 0 THEN 'public'
            ELSE pg_catalog.pg_get_userbyid(x.grantee)::pg_catalog.text END AS grantee,
       x.privilege_type AS privilege,
       x.is_grantable AS grantable
FROM pg_catalog.pg_default_acl d
LEFT JOIN pg_catalog.pg_namespace n ON n.oid = d.defaclnamespace
LEFT JOIN LATERAL (SELECT e.grantee, e.privilege_type, e.is_grantable
                   FROM pg_catalog.aclexplode(d.defaclacl) e
                   WHERE e.grantee <> d.defaclrole) x ON true
WHERE d.defaclrole = (SELECT r.oid FROM pg_catalog.pg_roles r WHERE r.rolname = current_user)
ORDER BY object_type, schema, grantee, privilege

-- Casts the user created (CREATE CAST), named by their source and target types, each with the
-- statement that makes it again: its function (or WITHOUT FUNCTION, WITH INOUT) and the
-- contexts it applies in. Built-in casts (below the first user object id), those that belong to
-- an extension and those made as part of another object (deptype 'i': the cast of a range type
-- to its multirange) are left out.
SELECT pg_catalog.format_type(c.castsource, NULL) AS source,
       pg_catalog.format_type(c.casttarget, NULL) AS target,
       'CREATE CAST (' || pg_catalog.format_type(c.castsource, NULL) || ' AS '
         || pg_catalog.format_type(c.casttarget, NULL) || ') '
         || CASE c.castmethod
              WHEN 'f' THEN 'WITH FUNCTION ' || c.castfunc::pg_catalog.regprocedure::pg_catalog.text
              WHEN 'i' THEN 'WITH INOUT'
              ELSE 'WITHOUT FUNCTION'
            END
         || CASE c.castcontext WHEN 'a' THEN ' AS ASSIGNMENT' WHEN 'i' THEN ' AS IMPLICIT'
                               ELSE '' END AS definition,
       pg_catalog.obj_description(c.oid, 'pg_cast') AS comment
FROM pg_catalog.pg_cast c
WHERE c.oid >= 16384
  AND NOT EXISTS (SELECT 1 FROM pg_catalog.pg_depend d
                  WHERE d.classid = 'pg_catalog.pg_cast'::pg_catalog.regclass
                    AND d.objid = c.oid AND d.deptype IN ('e', 'i'))
ORDER BY 1, 2

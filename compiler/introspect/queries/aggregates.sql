-- Aggregates (prokind 'a': normal, ordered-set and hypothetical-set ones) of the user's schemas,
-- but those of extensions: identified like functions (the direct and aggregated arguments of an
-- ordered-set aggregate run into one list), with a definition built from pg_aggregate as CREATE
-- OR REPLACE AGGREGATE with each option that is not its default, the functions as regproc and
-- the types as format_type() print them under the session's empty search_path. The arguments
-- are pg_get_function_arguments(), which writes ORDER BY where the aggregated arguments begin.
-- FINALFUNC_MODIFY is READ_ONLY by default, but READ_WRITE for an ordered-set or
-- hypothetical-set aggregate.
SELECT n.nspname AS schema,
       p.proname AS name,
       pg_catalog.array_to_string(
         ARRAY(SELECT pg_catalog.format_type(t.type, NULL)
               FROM pg_catalog.unnest(p.proargtypes::pg_catalog.oid[]) WITH ORDINALITY t(type, i)
               ORDER BY t.i),
         ', ') AS arguments,
       pg_catalog.concat(
         'CREATE OR REPLACE AGGREGATE ', pg_catalog.quote_ident(n.nspname), '.',
         pg_catalog.quote_ident(p.proname), '(',
         CASE WHEN p.pronargs = 0 THEN '*' ELSE pg_catalog.pg_get_function_arguments(p.oid) END,
         ') (', E'\n    SFUNC = ', a.aggtransfn::pg_catalog.regproc::pg_catalog.text,
         E',\n    STYPE = ', pg_catalog.format_type(a.aggtranstype, NULL),
         CASE WHEN a.aggtransspace <> 0 THEN E',\n    SSPACE = ' || a.aggtransspace END,
         CASE WHEN a.aggfinalfn <> 0
              THEN E',\n    FINALFUNC = ' || a.aggfinalfn::pg_catalog.regproc::pg_catalog.text END,
         CASE WHEN a.aggfinalextra THEN E',\n    FINALFUNC_EXTRA' END,
         CASE WHEN a.aggfinalmodify = 's' THEN E',\n    FINALFUNC_MODIFY = SHAREABLE'
              WHEN a.aggfinalmodify = 'w' AND a.aggkind = 'n'
                THEN E',\n    FINALFUNC_MODIFY = READ_WRITE'
              WHEN a.aggfinalmodify = 'r' AND a.aggkind <> 'n'
                THEN E',\n    FINALFUNC_MODIFY = READ_ONLY' END,
         CASE WHEN a.aggcombinefn <> 0
              THEN E',\n    COMBINEFUNC = ' || a.aggcombinefn::pg_catalog.regproc::pg_catalog.text
         END,
         CASE WHEN a.aggserialfn <> 0
              THEN E',\n    SERIALFUNC = ' || a.aggserialfn::pg_catalog.regproc::pg_catalog.text
         END,
         CASE WHEN a.aggdeserialfn <> 0
              THEN E',\n    DESERIALFUNC = '
                   || a.aggdeserialfn::pg_catalog.regproc::pg_catalog.text END,
         CASE WHEN a.agginitval IS NOT NULL
              THEN E',\n    INITCOND = ' || pg_catalog.quote_literal(a.agginitval) END,
         CASE WHEN a.aggmtransfn <> 0
              THEN E',\n    MSFUNC = ' || a.aggmtransfn::pg_catalog.regproc::pg_catalog.text
                   || E',\n    MINVFUNC = '
                   || a.aggminvtransfn::pg_catalog.regproc::pg_catalog.text
                   || E',\n    MSTYPE = ' || pg_catalog.format_type(a.aggmtranstype, NULL) END,
         CASE WHEN a.aggmtransspace <> 0 THEN E',\n    MSSPACE = ' || a.aggmtransspace END,
         CASE WHEN a.aggmfinalfn <> 0
              THEN E',\n    MFINALFUNC = ' || a.aggmfinalfn::pg_catalog.regproc::pg_catalog.text
         END,
         CASE WHEN a.aggmfinalextra THEN E',\n    MFINALFUNC_EXTRA' END,
         CASE WHEN a.aggmtransfn <> 0 THEN
           CASE a.aggmfinalmodify WHEN 's' THEN E',\n    MFINALFUNC_MODIFY = SHAREABLE'
                                  WHEN 'w' THEN E',\n    MFINALFUNC_MODIFY = READ_WRITE' END
         END,
         CASE WHEN a.aggminitval IS NOT NULL
              THEN E',\n    MINITCOND = ' || pg_catalog.quote_literal(a.aggminitval) END,
         CASE WHEN a.aggsortop <> 0
              THEN E',\n    SORTOP = OPERATOR(' || pg_catalog.quote_ident(opn.nspname) || '.'
                   || op.oprname || ')' END,
         CASE p.proparallel WHEN 's' THEN E',\n    PARALLEL = SAFE'
                            WHEN 'r' THEN E',\n    PARALLEL = RESTRICTED' END,
         CASE WHEN a.aggkind = 'h' THEN E',\n    HYPOTHETICAL' END,
         E'\n)') AS definition,
       a.aggkind AS aggregate_kind,
       a.aggnumdirectargs AS direct_arguments,
       pg_catalog.pg_get_function_result(p.oid) AS result,
       coalesce(p.proargnames, '{}') AS argument_names,
       coalesce(pg_catalog.array_to_string(p.proargmodes, ''), '') AS argument_modes,
       pg_catalog.obj_description(p.oid, 'pg_proc') AS comment,
       pg_catalog.pg_get_userbyid(p.proowner) AS owner
FROM pg_catalog.pg_proc p
JOIN pg_catalog.pg_aggregate a ON a.aggfnoid = p.oid
JOIN pg_catalog.pg_namespace n ON n.oid = p.pronamespace
LEFT JOIN pg_catalog.pg_operator op ON op.oid = a.aggsortop
LEFT JOIN pg_catalog.pg_namespace opn ON opn.oid = op.oprnamespace
WHERE p.prokind = 'a'
  AND n.nspname NOT IN ('pg_catalog', 'information_schema')
  AND n.nspname NOT LIKE 'pg\_toast%' AND n.nspname NOT LIKE 'pg\_temp%'
  AND NOT EXISTS (SELECT 1 FROM pg_catalog.pg_depend d
                  WHERE d.classid = 'pg_catalog.pg_proc'::pg_catalog.regclass
                    AND d.objid = p.oid AND d.deptype IN ('e', 'i'))
ORDER BY n.nspname, p.proname, arguments

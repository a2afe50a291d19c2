-- Publications (CREATE PUBLICATION), each with what it publishes as a publication's FOR clause
-- writes it: every table (puballtables), or its tables (ONLY, since a table's inheritance
-- children are rows of their own; with a column list and a row filter when it has them) and its
-- schemas (TABLES IN SCHEMA), sorted by name; and its options, all of them.
SELECT p.pubname AS name,
       p.puballtables AS all_tables,
       pg_catalog.concat_ws(', ',
         (SELECT pg_catalog.string_agg(
                   'TABLE ONLY ' || pg_catalog.quote_ident(n.nspname) || '.'
                   || pg_catalog.quote_ident(c.relname)
                   || coalesce(' (' || (SELECT pg_catalog.string_agg(
                                                 pg_catalog.quote_ident(a.attname), ', '
                                                 ORDER BY u.ord)
                                        FROM pg_catalog.unnest(r.prattrs::pg_catalog.int2[])
                                             WITH ORDINALITY u(num, ord)
                                        JOIN pg_catalog.pg_attribute a
                                          ON a.attrelid = r.prrelid AND a.attnum = u.num)
                               || ')', '')
                   || coalesce(' WHERE (' || pg_catalog.pg_get_expr(r.prqual, r.prrelid) || ')',
                               ''),
                   ', ' ORDER BY n.nspname, c.relname)
          FROM pg_catalog.pg_publication_rel r
          JOIN pg_catalog.pg_class c ON c.oid = r.prrelid
          JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
          WHERE r.prpubid = p.oid),
         (SELECT pg_catalog.string_agg('TABLES IN SCHEMA ' || pg_catalog.quote_ident(n.nspname),
                                       ', ' ORDER BY n.nspname)
          FROM pg_catalog.pg_publication_namespace s
          JOIN pg_catalog.pg_namespace n ON n.oid = s.pnnspid
          WHERE s.pnpubid = p.oid)) AS objects,
       'publish = ' || pg_catalog.quote_literal(pg_catalog.concat_ws(', ',
           CASE WHEN p.pubinsert THEN 'insert' END, CASE WHEN p.pubupdate THEN 'update' END,
           CASE WHEN p.pubdelete THEN 'delete' END, CASE WHEN p.pubtruncate THEN 'truncate' END))
         || ', publish_via_partition_root = ' || p.pubviaroot::pg_catalog.text AS options,
       pg_catalog.obj_description(p.oid, 'pg_publication') AS comment,
       pg_catalog.pg_get_userbyid(p.pubowner) AS owner
FROM pg_catalog.pg_publication p
ORDER BY 1

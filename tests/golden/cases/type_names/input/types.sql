-- Every spelling of the built-in types, canonicalised as format_type() prints them.
CREATE TABLE type_names (
    a int, b int4, c integer, d int8, e bigint, f int2, g smallint,
    h float, i float4, j float8, k real, l double precision, m float(10), n float(40),
    o bool, p boolean, q varchar, r varchar(10), s character varying(20), t char, u char(3),
    v character(4), w bpchar, x "char", y numeric, z numeric(10), aa numeric(10, 2),
    ab decimal(5, 1), ac dec, ad timestamp, ae timestamp(3), af timestamptz,
    ag timestamp with time zone, ah timestamp(0) without time zone, ai time, aj time(2) with time zone,
    ak timetz, al interval, am interval day to second(3), an interval year to month,
    ao interval(2), ap bit, aq bit(8), ar varbit, as_ bit varying(16), at text[], au int[][],
    av integer ARRAY, aw varchar(5)[], ax pg_catalog.int4, ay pg_catalog.text, az uuid,
    ba jsonb, bb json, bc inet, bd cidr, be macaddr, bf bytea, bg date, bh money, bi xml,
    bj tsvector, bk int4range, bl point, bm oid, bn name
);

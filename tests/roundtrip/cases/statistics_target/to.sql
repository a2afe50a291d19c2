-- Statistics targets of statistics objects (ALTER STATISTICS ... SET STATISTICS, as pg_dump
-- writes it, with the owners it writes): one set, one reset to the default, a new object with
-- one. They change in place.
CREATE TABLE addresses (id integer PRIMARY KEY, city text NOT NULL, zip text NOT NULL, country text NOT NULL);
CREATE STATISTICS public.addresses_city_zip ON city, zip FROM public.addresses;
ALTER STATISTICS public.addresses_city_zip OWNER TO app_user;
ALTER STATISTICS public.addresses_city_zip SET STATISTICS 500;
CREATE STATISTICS addresses_zip_country (ndistinct) ON zip, country FROM addresses;
ALTER STATISTICS addresses_zip_country SET STATISTICS -1;
CREATE STATISTICS addresses_city_country (mcv) ON city, country FROM addresses;
ALTER STATISTICS addresses_city_country SET STATISTICS 50;
CREATE COLLATION plain FROM "C";
ALTER COLLATION public.plain OWNER TO app_user;

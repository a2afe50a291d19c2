CREATE TABLE addresses (id integer PRIMARY KEY, city text NOT NULL, zip text NOT NULL, country text NOT NULL);
CREATE STATISTICS addresses_city_zip ON city, zip FROM addresses;
CREATE STATISTICS addresses_zip_country (ndistinct) ON zip, country FROM addresses;
ALTER STATISTICS addresses_zip_country SET STATISTICS 300;
CREATE COLLATION plain FROM "C";

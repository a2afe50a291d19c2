-- ALTER SEQUENCE on an identity column's sequence changes the column's identity options.
CREATE TABLE counted (id int GENERATED ALWAYS AS IDENTITY, n int);
ALTER SEQUENCE counted_id_seq INCREMENT BY 5 CACHE 10 MAXVALUE 1000000;

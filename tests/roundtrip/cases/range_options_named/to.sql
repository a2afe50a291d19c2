CREATE SCHEMA app;
CREATE TYPE app.name_span AS RANGE (subtype = text, collation = "C", multirange_type_name = app.name_spans);
CREATE TABLE app.shelves (id integer PRIMARY KEY, names app.name_span, gaps app.name_spans);

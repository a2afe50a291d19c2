-- Type modifiers and identity columns PostgreSQL would refuse.
CREATE TABLE t (
    a varchar(0),
    b numeric(2000),
    c timestamp(9),
    d integer(5),
    e text GENERATED ALWAYS AS IDENTITY,
    f float(60),
    g a.b.c
);

CREATE TABLE public.people (
    id integer PRIMARY KEY,
    name text NOT NULL,
    age integer
);
create view everyone as
  select people.id, people.name, people.age
  from people;

CREATE TABLE public.people (
    id integer PRIMARY KEY,
    name text NOT NULL,
    age bigint
);
CREATE VIEW public.adults AS SELECT id, name, age FROM public.people WHERE age >= 18;
CREATE VIEW public.adult_ages AS SELECT age, count(*) AS how_many FROM public.adults GROUP BY age;
COMMENT ON VIEW public.adult_ages IS 'how many adults of each age';

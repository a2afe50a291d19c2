CREATE TABLE public.articles (
    id integer PRIMARY KEY,
    tags text
);

CREATE TABLE public.products (
    id integer PRIMARY KEY,
    code text COLLATE "C" NOT NULL
);

CREATE TABLE public.products (
    id integer PRIMARY KEY,
    code text COLLATE "POSIX" NOT NULL,
    label varchar(40)
);

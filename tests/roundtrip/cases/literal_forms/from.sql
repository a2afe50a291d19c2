CREATE TABLE public.data (
    id integer PRIMARY KEY,
    label text
);

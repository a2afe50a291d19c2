CREATE TABLE public.import_rows (
    id bigint PRIMARY KEY,
    payload text NOT NULL
);

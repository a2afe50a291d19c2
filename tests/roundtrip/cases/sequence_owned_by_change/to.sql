CREATE SEQUENCE public.shared_seq;

CREATE TABLE public.invoices (
    id integer PRIMARY KEY,
    number bigint NOT NULL DEFAULT nextval('public.shared_seq')
);

CREATE TABLE public.credit_notes (
    id integer PRIMARY KEY,
    number bigint NOT NULL DEFAULT nextval('public.shared_seq')
);

ALTER SEQUENCE public.shared_seq OWNED BY public.credit_notes.number;

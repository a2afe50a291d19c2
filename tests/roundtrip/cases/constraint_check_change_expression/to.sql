CREATE TABLE public.payments (
    id integer PRIMARY KEY,
    method text NOT NULL,
    CONSTRAINT payments_method_check CHECK (method IN ('card', 'cash', 'transfer'))
);

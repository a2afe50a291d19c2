CREATE TABLE public.payments (
    id integer PRIMARY KEY,
    method text NOT NULL CHECK (method IN ('card', 'cash')),
    amount numeric(12, 2) NOT NULL CHECK (amount > 0),
    attempts integer NOT NULL DEFAULT 0 CHECK (attempts BETWEEN 0 AND 4),
    payer_email varchar(200) CHECK (payer_email LIKE '%@%'),
    reference varchar(40)
);

CREATE INDEX payments_reference_idx ON public.payments (lower(reference)) WHERE amount > 100;

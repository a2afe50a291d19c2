CREATE TABLE public.tickets (
    id bigserial PRIMARY KEY,
    title text NOT NULL,
    number serial
);

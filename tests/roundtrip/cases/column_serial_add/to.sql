CREATE TABLE public.tickets (
    title text NOT NULL,
    number serial
);

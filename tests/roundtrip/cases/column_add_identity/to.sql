CREATE TABLE public.events (
    name text NOT NULL,
    happened_at timestamp with time zone NOT NULL,
    id bigint GENERATED ALWAYS AS IDENTITY (START WITH 100 INCREMENT BY 10)
);

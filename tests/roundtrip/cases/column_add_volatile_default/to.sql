CREATE TABLE public.people (
    id integer PRIMARY KEY,
    name text NOT NULL,
    public_id uuid NOT NULL DEFAULT gen_random_uuid(),
    created_at timestamp with time zone NOT NULL DEFAULT clock_timestamp()
);

CREATE TABLE public.events (
    id bigint,
    at timestamp with time zone DEFAULT now() NOT NULL,
    kind text,
    CONSTRAINT events_kind_check CHECK ((kind <> ''::text))
);
CREATE TABLE public.payments (
    kind text NOT NULL,
    amount numeric
)
INHERITS (public.events);
ALTER TABLE ONLY public.payments ALTER COLUMN at SET DEFAULT clock_timestamp();
ALTER TABLE ONLY public.payments ALTER COLUMN kind SET DEFAULT 'payment'::text;
ALTER TABLE ONLY public.payments ALTER COLUMN id SET NOT NULL;

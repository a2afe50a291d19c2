CREATE SEQUENCE public.event_seq CACHE 100;

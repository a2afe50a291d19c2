-- schemac migration: down
-- 4 steps; no hazards

-- ~ table public.tickets: alter column id: drop identity
ALTER TABLE public.tickets ALTER COLUMN id DROP IDENTITY;

-- + sequence public.tickets_id_seq: create sequence
CREATE SEQUENCE public.tickets_id_seq AS integer INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1 NO CYCLE;

-- ~ table public.tickets: alter column id: set default nextval('public.tickets_id_seq'::regclass)
ALTER TABLE public.tickets ALTER COLUMN id SET DEFAULT nextval('public.tickets_id_seq'::regclass);

-- ~ sequence public.tickets_id_seq: set owner column
ALTER SEQUENCE public.tickets_id_seq OWNED BY public.tickets.id;

-- schemac migration: down
-- 3 steps; hazards: access-exclusive-lock, table-rewrite

-- + sequence public.tickets_number_seq: create sequence
CREATE SEQUENCE public.tickets_number_seq AS integer INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1 NO CYCLE;

-- + table public.tickets: add column number integer DEFAULT nextval('public.tickets_number_seq'::regclass) NOT NULL [table-rewrite, access-exclusive-lock]
ALTER TABLE public.tickets ADD COLUMN number integer DEFAULT nextval('public.tickets_number_seq'::regclass) NOT NULL;

-- ~ sequence public.tickets_number_seq: set owner column
ALTER SEQUENCE public.tickets_number_seq OWNED BY public.tickets.number;

-- schemac migration: down
-- 4 steps; hazards: access-exclusive-lock

-- ~ table public.tickets: alter column id: drop identity, saving its position [access-exclusive-lock]
CREATE TEMPORARY SEQUENCE pg_temp.schemac_position_0d80caf509c47d3f AS bigint MINVALUE -9223372036854775808 MAXVALUE 9223372036854775807;
SELECT setval('pg_temp.schemac_position_0d80caf509c47d3f', last_value, is_called) FROM public.tickets_id_seq;
ALTER TABLE public.tickets ALTER COLUMN id DROP IDENTITY;

-- + sequence public.tickets_id_seq: create sequence
CREATE SEQUENCE public.tickets_id_seq AS integer INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1 NO CYCLE;

-- ~ table public.tickets: alter column id: set default nextval('public.tickets_id_seq'::regclass), continue from the identity's position [access-exclusive-lock]
ALTER TABLE ONLY public.tickets ALTER COLUMN id SET DEFAULT nextval('public.tickets_id_seq'::regclass);
SELECT setval('public.tickets_id_seq', previous.last_value) FROM pg_temp.schemac_position_0d80caf509c47d3f AS previous, public.tickets_id_seq AS next WHERE previous.is_called AND previous.last_value >= 1 AND (NOT next.is_called OR previous.last_value > next.last_value);
DROP SEQUENCE pg_temp.schemac_position_0d80caf509c47d3f;

-- ~ sequence public.tickets_id_seq: set owner column
ALTER SEQUENCE public.tickets_id_seq OWNED BY public.tickets.id;

-- schemac migration: up
-- 3 steps; hazards: access-exclusive-lock

-- + sequence public.order_numbers: create sequence
CREATE SEQUENCE public.order_numbers AS bigint INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1 NO CYCLE;

-- ~ table public.orders: alter column id: set default nextval('public.order_numbers'::regclass), continue from public.order_ids [access-exclusive-lock]
ALTER TABLE ONLY public.orders ALTER COLUMN id DROP DEFAULT;
ALTER TABLE ONLY public.orders ALTER COLUMN id SET DEFAULT nextval('public.order_numbers'::regclass);
SELECT setval('public.order_numbers', previous.last_value) FROM public.order_ids AS previous, public.order_numbers AS next WHERE previous.is_called AND previous.last_value >= 1 AND (NOT next.is_called OR previous.last_value > next.last_value);

-- - sequence public.order_ids: drop sequence
DROP SEQUENCE public.order_ids;

-- schemac migration: down
-- 3 steps; hazards: access-exclusive-lock

-- + sequence public.order_ids: create sequence
CREATE SEQUENCE public.order_ids AS bigint INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1 NO CYCLE;

-- ~ table public.orders: alter column id: set default nextval('public.order_ids'::regclass), continue from public.order_numbers [access-exclusive-lock]
ALTER TABLE ONLY public.orders ALTER COLUMN id DROP DEFAULT;
ALTER TABLE ONLY public.orders ALTER COLUMN id SET DEFAULT nextval('public.order_ids'::regclass);
SELECT setval('public.order_ids', previous.last_value) FROM public.order_numbers AS previous, public.order_ids AS next WHERE previous.is_called AND previous.last_value >= 1 AND (NOT next.is_called OR previous.last_value > next.last_value);

-- - sequence public.order_numbers: drop sequence
DROP SEQUENCE public.order_numbers;

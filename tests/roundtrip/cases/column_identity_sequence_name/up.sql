-- schemac migration: up
-- 2 steps; hazards: access-exclusive-lock

-- ~ table public.invoices: alter column id: drop identity, saving its position [access-exclusive-lock]
CREATE TEMPORARY SEQUENCE pg_temp.schemac_position_dc556bd14fec3f07 AS bigint MINVALUE -9223372036854775808 MAXVALUE 9223372036854775807;
SELECT setval('pg_temp.schemac_position_dc556bd14fec3f07', last_value, is_called) FROM public.invoices_id_seq;
ALTER TABLE public.invoices ALTER COLUMN id DROP IDENTITY;

-- ~ table public.invoices: alter column id: replace identity, continuing from public.invoices_id_seq [access-exclusive-lock]
ALTER TABLE public.invoices ALTER COLUMN id ADD GENERATED ALWAYS AS IDENTITY (SEQUENCE NAME public.invoice_ids INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1 NO CYCLE);
SELECT setval('public.invoice_ids', previous.last_value) FROM pg_temp.schemac_position_dc556bd14fec3f07 AS previous, public.invoice_ids AS next WHERE previous.is_called AND previous.last_value >= 1 AND (NOT next.is_called OR previous.last_value > next.last_value);
DROP SEQUENCE pg_temp.schemac_position_dc556bd14fec3f07;

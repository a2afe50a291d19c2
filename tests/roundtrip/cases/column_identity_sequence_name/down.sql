-- schemac migration: down
-- 2 steps; hazards: access-exclusive-lock

-- ~ table public.invoices: alter column id: drop identity, saving its position [access-exclusive-lock]
CREATE TEMPORARY SEQUENCE pg_temp.schemac_position_dc556bd14fec3f07 AS bigint MINVALUE -9223372036854775808 MAXVALUE 9223372036854775807;
SELECT setval('pg_temp.schemac_position_dc556bd14fec3f07', last_value, is_called) FROM public.invoice_ids;
ALTER TABLE public.invoices ALTER COLUMN id DROP IDENTITY;

-- ~ table public.invoices: alter column id: replace identity, continuing from public.invoice_ids [access-exclusive-lock]
ALTER TABLE public.invoices ALTER COLUMN id ADD GENERATED ALWAYS AS IDENTITY (SEQUENCE NAME public.invoices_id_seq INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1 NO CYCLE);
SELECT setval('public.invoices_id_seq', previous.last_value) FROM pg_temp.schemac_position_dc556bd14fec3f07 AS previous, public.invoices_id_seq AS next WHERE previous.is_called AND previous.last_value >= 1 AND (NOT next.is_called OR previous.last_value > next.last_value);
DROP SEQUENCE pg_temp.schemac_position_dc556bd14fec3f07;

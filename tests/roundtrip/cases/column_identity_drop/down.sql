-- schemac migration: down
-- 1 step; hazards: access-exclusive-lock

-- ~ table public.invoices: alter column id: add identity, continuing after the column's values [access-exclusive-lock]
ALTER TABLE public.invoices ALTER COLUMN id ADD GENERATED ALWAYS AS IDENTITY (SEQUENCE NAME public.invoices_id_seq INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1 NO CYCLE);
SELECT setval('public.invoices_id_seq', existing.last) FROM (SELECT max(id) AS last FROM public.invoices) AS existing WHERE existing.last BETWEEN 1 AND 9223372036854775807;

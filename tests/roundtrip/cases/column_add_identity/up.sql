-- schemac migration: up
-- 1 step; hazards: access-exclusive-lock, table-rewrite

-- + table public.events: add column id bigint GENERATED ALWAYS AS IDENTITY (SEQUENCE NAME public.events_id_seq INCREMENT BY 10 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 100 CACHE 1 NO CYCLE) NOT NULL [table-rewrite, access-exclusive-lock]
ALTER TABLE public.events ADD COLUMN id bigint GENERATED ALWAYS AS IDENTITY (SEQUENCE NAME public.events_id_seq INCREMENT BY 10 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 100 CACHE 1 NO CYCLE) NOT NULL;

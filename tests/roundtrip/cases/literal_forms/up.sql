-- schemac migration: up
-- 6 steps; hazards: access-exclusive-lock, index-build, validates-constraint

-- ~ table public.data: set comment
COMMENT ON TABLE public.data IS 'Été 😀';

-- ~ table public.data: alter column label: set default 'café'::text, set comment [access-exclusive-lock]
ALTER TABLE ONLY public.data ALTER COLUMN label SET DEFAULT 'café'::text;
COMMENT ON COLUMN public.data.label IS 'first part, second part';

-- + table public.data: add column code character(2) DEFAULT 'xy'::bpchar [access-exclusive-lock]
ALTER TABLE public.data ADD COLUMN code character(2) DEFAULT 'xy'::bpchar;

-- + table public.data: add column "priçe" numeric [access-exclusive-lock]
ALTER TABLE public.data ADD COLUMN "priçe" numeric;

-- + table public.data: add check constraint "data_priçe_check" [access-exclusive-lock, validates-constraint]
ALTER TABLE public.data ADD CONSTRAINT "data_priçe_check" CHECK (("priçe" >= (0)::numeric));

-- + index public."data_priçe_idx": create index [index-build]
CREATE INDEX "data_priçe_idx" ON public.data USING btree ("priçe");

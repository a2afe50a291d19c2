-- schemac migration: down
-- 4 steps; hazards: access-exclusive-lock, index-build, validates-constraint

-- - table public.prices: drop foreign key prices_currency_fkey to add it again [access-exclusive-lock]
ALTER TABLE public.prices DROP CONSTRAINT prices_currency_fkey;

-- - table public.currencies: drop unique constraint currencies_code_key to add it again [access-exclusive-lock]
ALTER TABLE public.currencies DROP CONSTRAINT currencies_code_key;

-- + table public.currencies: add again unique constraint currencies_code_key [access-exclusive-lock, index-build]
ALTER TABLE public.currencies ADD CONSTRAINT currencies_code_key UNIQUE (code);

-- + table public.prices: add again foreign key prices_currency_fkey [validates-constraint]
ALTER TABLE public.prices ADD CONSTRAINT prices_currency_fkey FOREIGN KEY (currency) REFERENCES public.currencies(code);

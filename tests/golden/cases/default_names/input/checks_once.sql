-- A check written on a column is named after the column when its expression references exactly
-- one column, however often; a default may hold a bracketed list with commas.
CREATE TABLE public.people (
    age integer CHECK (age >= 0 AND age < 150),
    tags text[] DEFAULT ARRAY['new', 'unverified']
);

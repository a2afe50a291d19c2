-- A check written on a column is named after the column when its expression references exactly
-- one column, however often; a default may hold a bracketed list with commas.
CREATE TABLE public.people (
    age integer CHECK (age >= 0 AND age < 150),
    tags text[] DEFAULT ARRAY['new', 'unverified']
);
-- Column and table checks are named in the order written, mixed.
CREATE TABLE mixed_checks (a int, CHECK (a > 0), b int CHECK (a < 100));

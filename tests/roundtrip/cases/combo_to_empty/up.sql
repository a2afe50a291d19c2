-- schemac migration: up
-- 6 steps; hazards: access-exclusive-lock, deletes-data, irreversible-down

-- - table public.loan_summaries: drop table [deletes-data, access-exclusive-lock, irreversible-down]
DROP TABLE public.loan_summaries;

-- - table library.loans: drop table [deletes-data, access-exclusive-lock, irreversible-down]
DROP TABLE library.loans;

-- - table library.members: drop table [deletes-data, access-exclusive-lock, irreversible-down]
DROP TABLE library.members;

-- - enum type library.loan_state: drop enum type
DROP TYPE library.loan_state;

-- - extension citext: drop extension [irreversible-down]
DROP EXTENSION citext;

-- - schema library: drop schema
DROP SCHEMA library;

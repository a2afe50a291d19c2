-- schemac migration: down
-- 2 steps; hazards: access-exclusive-lock, irreversible-down

-- ~ table public.tokens: alter column token: drop default [access-exclusive-lock]
ALTER TABLE ONLY public.tokens ALTER COLUMN token DROP DEFAULT;

-- - extension pgcrypto: drop extension [irreversible-down]
DROP EXTENSION pgcrypto;

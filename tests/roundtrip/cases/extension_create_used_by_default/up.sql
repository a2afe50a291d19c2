-- schemac migration: up
-- 2 steps; hazards: access-exclusive-lock

-- + extension pgcrypto: create extension
CREATE EXTENSION pgcrypto WITH SCHEMA public;

-- ~ table public.tokens: alter column token: set default encode(public.gen_random_bytes(16), 'hex'::text) [access-exclusive-lock]
ALTER TABLE ONLY public.tokens ALTER COLUMN token SET DEFAULT encode(public.gen_random_bytes(16), 'hex'::text);

-- Extensions, and types they provide.
CREATE SCHEMA extensions;
CREATE EXTENSION IF NOT EXISTS citext WITH SCHEMA extensions;
CREATE EXTENSION pgcrypto;
CREATE TABLE users (
    id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    email extensions.citext NOT NULL UNIQUE
);
COMMENT ON EXTENSION pgcrypto IS 'cryptographic functions';

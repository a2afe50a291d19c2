-- A table with a primary key, defaults and nullability.
CREATE TABLE accounts (
    id bigint PRIMARY KEY,
    email text NOT NULL UNIQUE,
    display_name varchar(80),
    balance numeric(12, 2) NOT NULL DEFAULT 0,
    active boolean DEFAULT true,
    created_at timestamptz NOT NULL DEFAULT now()
);

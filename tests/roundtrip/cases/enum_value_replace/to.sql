CREATE TYPE public.plan AS ENUM ('free', 'team', 'enterprise');

CREATE TABLE public.subscriptions (
    id integer PRIMARY KEY,
    plan public.plan NOT NULL DEFAULT 'free'
);

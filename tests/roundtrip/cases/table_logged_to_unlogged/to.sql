CREATE UNLOGGED TABLE public.sessions (
    id uuid PRIMARY KEY,
    user_id integer NOT NULL,
    expires_at timestamp with time zone NOT NULL
);

CREATE INDEX sessions_expires_at_idx ON public.sessions (expires_at);

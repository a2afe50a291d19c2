CREATE TABLE public.audit_log (
    id bigint NOT NULL,
    message text NOT NULL
);

CREATE TABLE public.audit_log (
    id bigint NOT NULL,
    message text NOT NULL,
    CONSTRAINT audit_log_pkey PRIMARY KEY (id)
);

-- schemac migration: down
-- 6 steps; hazards: authz-change

-- + sequence public.old_log_id_seq: create sequence
CREATE SEQUENCE public.old_log_id_seq AS bigint INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1 NO CYCLE;

-- ~ sequence public.old_log_id_seq: privileges of the new object: grant privileges [authz-change]
GRANT USAGE ON SEQUENCE public.old_log_id_seq TO app_user;

-- + table public.old_log: create table (2 columns, 1 constraint)
CREATE TABLE public.old_log (
    id bigint DEFAULT nextval('public.old_log_id_seq'::regclass) NOT NULL,
    line text NOT NULL,
    CONSTRAINT old_log_pkey PRIMARY KEY (id)
);

-- ~ sequence public.old_log_id_seq: set owner column
ALTER SEQUENCE public.old_log_id_seq OWNED BY public.old_log.id;

-- ~ table public.old_log: privileges of the new object: grant privileges [authz-change]
GRANT INSERT, SELECT ON TABLE public.old_log TO app_user;

-- ~ table public.old_log: privileges of the new object: grant privileges [authz-change]
GRANT SELECT (line) ON TABLE public.old_log TO auditor;

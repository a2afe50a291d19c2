-- schemac migration: down
-- 1 step; hazards: access-exclusive-lock, index-build

-- + table public.audit_log: add primary key audit_log_pkey [access-exclusive-lock, index-build]
ALTER TABLE public.audit_log ADD CONSTRAINT audit_log_pkey PRIMARY KEY (id);

-- schemac migration: up
-- 1 step; hazards: access-exclusive-lock

-- - table public.audit_log: drop primary key audit_log_pkey [access-exclusive-lock]
ALTER TABLE public.audit_log DROP CONSTRAINT audit_log_pkey;

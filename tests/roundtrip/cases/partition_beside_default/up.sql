-- schemac migration: up
-- 1 step; hazards: access-exclusive-lock, validates-constraint

-- + table public.events_2025: create table as partition of public.events (0 constraints) [access-exclusive-lock, validates-constraint]
CREATE TABLE public.events_2025 PARTITION OF public.events FOR VALUES FROM ('2025-01-01') TO ('2026-01-01');

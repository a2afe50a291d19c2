-- schemac migration: down
-- 3 steps; hazards: access-exclusive-lock, index-build, validates-constraint

-- - table public.events_2024: drop primary key events_2024_pkey [access-exclusive-lock]
ALTER TABLE public.events_2024 DROP CONSTRAINT events_2024_pkey;

-- ~ table public.events_2024: attach to public.events FOR VALUES FROM ('2024-01-01') TO ('2025-01-01') [access-exclusive-lock, validates-constraint, index-build]
ALTER TABLE public.events ATTACH PARTITION public.events_2024 FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');

-- + table public.events_2025: create table as partition of public.events (0 constraints)
CREATE TABLE public.events_2025 PARTITION OF public.events FOR VALUES FROM ('2025-01-01') TO ('2026-01-01');

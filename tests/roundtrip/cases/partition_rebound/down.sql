-- schemac migration: down
-- 1 step; hazards: access-exclusive-lock, index-build, validates-constraint

-- ~ table public.events_2024: detach from public.events, attach to public.events FOR VALUES FROM ('2024-01-01') TO ('2025-01-01') [access-exclusive-lock, validates-constraint, index-build]
ALTER TABLE public.events DETACH PARTITION public.events_2024;
ALTER TABLE public.events ATTACH PARTITION public.events_2024 FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');

-- schemac migration: up
-- 1 step; no hazards

-- ~ sequence public.shared_seq: set owner column
ALTER SEQUENCE public.shared_seq OWNED BY public.credit_notes.number;

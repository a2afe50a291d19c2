-- schemac migration: up
-- 2 steps; hazards: access-exclusive-lock, validates-constraint

-- - table public.nodes: drop foreign key nodes_next_id_fkey to add it again [access-exclusive-lock]
ALTER TABLE public.nodes DROP CONSTRAINT nodes_next_id_fkey;

-- + table public.nodes: add again foreign key nodes_next_id_fkey [validates-constraint]
ALTER TABLE public.nodes ADD CONSTRAINT nodes_next_id_fkey FOREIGN KEY (next_id) REFERENCES public.nodes(id) DEFERRABLE;

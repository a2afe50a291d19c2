-- schemac migration: up
-- 3 steps; hazards: validates-constraint

-- + table public.kinds: create table (1 column, 1 constraint)
CREATE TABLE public.kinds (
    name text NOT NULL,
    CONSTRAINT kinds_pkey PRIMARY KEY (name)
);

-- + table public.replies: create table (3 columns, 2 constraints)
CREATE TABLE public.replies (
    id bigint NOT NULL,
    event_id bigint NOT NULL,
    event_at date NOT NULL,
    CONSTRAINT replies_event_id_event_at_fkey FOREIGN KEY (event_id, event_at) REFERENCES public.events(id, at) ON DELETE CASCADE,
    CONSTRAINT replies_pkey PRIMARY KEY (id)
);

-- + table public.events: add foreign key events_kind_fkey [validates-constraint]
ALTER TABLE public.events ADD CONSTRAINT events_kind_fkey FOREIGN KEY (kind) REFERENCES public.kinds(name);

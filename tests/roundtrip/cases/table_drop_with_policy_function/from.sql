CREATE FUNCTION public.is_owner(owner text) RETURNS boolean
    LANGUAGE sql STABLE
    AS $$ SELECT owner = current_user $$;

CREATE TABLE public.documents (
    id integer PRIMARY KEY,
    owner text NOT NULL
);

ALTER TABLE public.documents ENABLE ROW LEVEL SECURITY;

-- The policy goes with its table, which must be dropped before the function the policy calls.
CREATE POLICY documents_owner ON public.documents USING (public.is_owner(owner));

CREATE TABLE public.notes (
    id integer PRIMARY KEY
);

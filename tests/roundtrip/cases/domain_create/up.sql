-- schemac migration: up
-- 5 steps; hazards: access-exclusive-lock

-- + domain public.email: create domain
CREATE DOMAIN public.email AS text
    CONSTRAINT email_has_at CHECK ((VALUE ~~ '%@%'::text))
    CONSTRAINT email_short CHECK ((length(VALUE) < 200));
COMMENT ON DOMAIN public.email IS 'an address';

-- + table public.contacts: add column address public.email [access-exclusive-lock]
ALTER TABLE public.contacts ADD COLUMN address public.email;

-- + table public.contacts: add column others public.email[] [access-exclusive-lock]
ALTER TABLE public.contacts ADD COLUMN others public.email[];

-- + domain public.quantity: create domain
CREATE DOMAIN public.quantity AS integer DEFAULT 1 NOT NULL
    CONSTRAINT quantity_check CHECK ((VALUE > 0));

-- + table public.contacts: add column copies public.quantity [access-exclusive-lock]
ALTER TABLE public.contacts ADD COLUMN copies public.quantity;

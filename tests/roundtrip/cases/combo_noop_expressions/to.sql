-- The expressions as pg_dump prints them back.
CREATE TABLE public.payments (
    id integer NOT NULL,
    method text NOT NULL,
    amount numeric(12,2) NOT NULL,
    attempts integer DEFAULT 0 NOT NULL,
    payer_email character varying(200),
    reference character varying(40),
    CONSTRAINT payments_amount_check CHECK ((amount > (0)::numeric)),
    CONSTRAINT payments_attempts_check CHECK (((attempts >= 0) AND (attempts <= 4))),
    CONSTRAINT payments_method_check CHECK ((method = ANY (ARRAY['card'::text, 'cash'::text]))),
    CONSTRAINT payments_payer_email_check CHECK (((payer_email)::text ~~ '%@%'::text))
);

ALTER TABLE ONLY public.payments
    ADD CONSTRAINT payments_pkey PRIMARY KEY (id);

CREATE INDEX payments_reference_idx ON public.payments USING btree (lower((reference)::text)) WHERE (amount > (100)::numeric);

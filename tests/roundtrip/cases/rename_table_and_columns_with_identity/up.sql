-- schemac migration: up
-- 7 steps; hazards: access-exclusive-lock

-- ~ table public.purchases: rename table "orders" to "purchases" [access-exclusive-lock]
ALTER TABLE public.orders RENAME TO purchases;

-- ~ table public.purchases: rename column "total" to "amount" [access-exclusive-lock]
ALTER TABLE public.purchases RENAME COLUMN total TO amount;

-- ~ table public.purchases: rename column "ref" to "reference" [access-exclusive-lock]
ALTER TABLE public.purchases RENAME COLUMN ref TO reference;

-- ~ table public.purchases: rename constraint "orders_pkey" to "purchases_pkey" [access-exclusive-lock]
ALTER TABLE public.purchases RENAME CONSTRAINT orders_pkey TO purchases_pkey;

-- ~ table public.purchases: rename constraint "orders_ref_key" to "purchases_reference_key" [access-exclusive-lock]
ALTER TABLE public.purchases RENAME CONSTRAINT orders_ref_key TO purchases_reference_key;

-- ~ table public.purchases: rename constraint "orders_total_check" to "purchases_amount_check" [access-exclusive-lock]
ALTER TABLE public.purchases RENAME CONSTRAINT orders_total_check TO purchases_amount_check;

-- ~ sequence public.purchases_id_seq: rename sequence "orders_id_seq" to "purchases_id_seq"
ALTER SEQUENCE public.orders_id_seq RENAME TO purchases_id_seq;

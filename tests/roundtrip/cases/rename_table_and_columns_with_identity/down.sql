-- schemac migration: down
-- 7 steps; hazards: access-exclusive-lock

-- ~ sequence public.orders_id_seq: rename sequence "purchases_id_seq" to "orders_id_seq"
ALTER SEQUENCE public.purchases_id_seq RENAME TO orders_id_seq;

-- ~ table public.purchases: rename constraint "purchases_amount_check" to "orders_total_check" [access-exclusive-lock]
ALTER TABLE public.purchases RENAME CONSTRAINT purchases_amount_check TO orders_total_check;

-- ~ table public.purchases: rename constraint "purchases_reference_key" to "orders_ref_key" [access-exclusive-lock]
ALTER TABLE public.purchases RENAME CONSTRAINT purchases_reference_key TO orders_ref_key;

-- ~ table public.purchases: rename constraint "purchases_pkey" to "orders_pkey" [access-exclusive-lock]
ALTER TABLE public.purchases RENAME CONSTRAINT purchases_pkey TO orders_pkey;

-- ~ table public.purchases: rename column "reference" to "ref" [access-exclusive-lock]
ALTER TABLE public.purchases RENAME COLUMN reference TO ref;

-- ~ table public.purchases: rename column "amount" to "total" [access-exclusive-lock]
ALTER TABLE public.purchases RENAME COLUMN amount TO total;

-- ~ table public.orders: rename table "purchases" to "orders" [access-exclusive-lock]
ALTER TABLE public.purchases RENAME TO orders;

-- schemac migration: down
-- 8 steps; hazards: access-exclusive-lock

-- ~ sequence public.orders_draft_id_seq: rename sequence "orders_id_seq" to "orders_draft_id_seq"
ALTER SEQUENCE public.orders_id_seq RENAME TO orders_draft_id_seq;

-- ~ sequence public.orders_id_seq: rename sequence "orders_archive_id_seq" to "orders_id_seq"
ALTER SEQUENCE public.orders_archive_id_seq RENAME TO orders_id_seq;

-- ~ table public.orders_archive: rename constraint "orders_archive_total_check" to "orders_total_check" [access-exclusive-lock]
ALTER TABLE public.orders_archive RENAME CONSTRAINT orders_archive_total_check TO orders_total_check;

-- ~ table public.orders: rename constraint "orders_pkey" to "orders_draft_pkey" [access-exclusive-lock]
ALTER TABLE public.orders RENAME CONSTRAINT orders_pkey TO orders_draft_pkey;

-- ~ table public.orders_archive: rename constraint "orders_archive_pkey" to "orders_pkey" [access-exclusive-lock]
ALTER TABLE public.orders_archive RENAME CONSTRAINT orders_archive_pkey TO orders_pkey;

-- ~ table public.orders: rename constraint "orders_note_key" to "orders_draft_note_key" [access-exclusive-lock]
ALTER TABLE public.orders RENAME CONSTRAINT orders_note_key TO orders_draft_note_key;

-- ~ table public.orders_draft: rename table "orders" to "orders_draft" [access-exclusive-lock]
ALTER TABLE public.orders RENAME TO orders_draft;

-- ~ table public.orders: rename table "orders_archive" to "orders" [access-exclusive-lock]
ALTER TABLE public.orders_archive RENAME TO orders;

-- schemac migration: up
-- 8 steps; hazards: access-exclusive-lock

-- ~ table public.orders_archive: rename table "orders" to "orders_archive" [access-exclusive-lock]
ALTER TABLE public.orders RENAME TO orders_archive;

-- ~ table public.orders: rename table "orders_draft" to "orders" [access-exclusive-lock]
ALTER TABLE public.orders_draft RENAME TO orders;

-- ~ table public.orders: rename constraint "orders_draft_note_key" to "orders_note_key" [access-exclusive-lock]
ALTER TABLE public.orders RENAME CONSTRAINT orders_draft_note_key TO orders_note_key;

-- ~ table public.orders_archive: rename constraint "orders_pkey" to "orders_archive_pkey" [access-exclusive-lock]
ALTER TABLE public.orders_archive RENAME CONSTRAINT orders_pkey TO orders_archive_pkey;

-- ~ table public.orders: rename constraint "orders_draft_pkey" to "orders_pkey" [access-exclusive-lock]
ALTER TABLE public.orders RENAME CONSTRAINT orders_draft_pkey TO orders_pkey;

-- ~ table public.orders_archive: rename constraint "orders_total_check" to "orders_archive_total_check" [access-exclusive-lock]
ALTER TABLE public.orders_archive RENAME CONSTRAINT orders_total_check TO orders_archive_total_check;

-- ~ sequence public.orders_archive_id_seq: rename sequence "orders_id_seq" to "orders_archive_id_seq"
ALTER SEQUENCE public.orders_id_seq RENAME TO orders_archive_id_seq;

-- ~ sequence public.orders_id_seq: rename sequence "orders_draft_id_seq" to "orders_id_seq"
ALTER SEQUENCE public.orders_draft_id_seq RENAME TO orders_id_seq;

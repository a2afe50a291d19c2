-- schemac migration: down
-- 2 steps; hazards: access-exclusive-lock, index-build

-- - table public.playlist_items: drop unique constraint playlist_items_position_key to add it again [access-exclusive-lock]
ALTER TABLE public.playlist_items DROP CONSTRAINT playlist_items_position_key;

-- + table public.playlist_items: add again unique constraint playlist_items_position_key [access-exclusive-lock, index-build]
ALTER TABLE public.playlist_items ADD CONSTRAINT playlist_items_position_key UNIQUE (playlist_id, "position");

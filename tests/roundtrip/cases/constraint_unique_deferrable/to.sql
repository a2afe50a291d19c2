CREATE TABLE public.playlist_items (
    id integer PRIMARY KEY,
    playlist_id integer NOT NULL,
    position integer NOT NULL,
    CONSTRAINT playlist_items_position_key UNIQUE (playlist_id, position) DEFERRABLE INITIALLY DEFERRED
);

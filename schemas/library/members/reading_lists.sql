-- Reading lists kept by members or curated by staff.

CREATE TABLE members.reading_lists (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    owner_member_id bigint REFERENCES members.members (id) ON DELETE CASCADE,
    curated_by integer REFERENCES operations.staff (id) ON DELETE CASCADE,
    title public.nonempty_name NOT NULL,
    description text,
    is_public boolean NOT NULL DEFAULT false,
    tags text[] NOT NULL DEFAULT '{}',
    created_at timestamptz NOT NULL DEFAULT now(),
    updated_at timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT reading_lists_owner_check CHECK (num_nonnulls(owner_member_id, curated_by) = 1)
);

COMMENT ON TABLE members.reading_lists IS 'A list belongs to one member or is curated by one member of staff.';

CREATE INDEX reading_lists_owner_member_id_idx ON members.reading_lists (owner_member_id);
CREATE INDEX reading_lists_public_tags_idx ON members.reading_lists USING gin (tags) WHERE is_public;

CREATE TRIGGER reading_lists_set_updated_at BEFORE UPDATE ON members.reading_lists
    FOR EACH ROW EXECUTE FUNCTION public.set_updated_at();

CREATE TABLE members.reading_list_items (
    list_id bigint NOT NULL REFERENCES members.reading_lists (id) ON DELETE CASCADE,
    work_id bigint NOT NULL REFERENCES catalog.works (id) ON DELETE CASCADE,
    sequence_no integer NOT NULL CHECK (sequence_no > 0),
    note text,
    added_at timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (list_id, work_id),
    CONSTRAINT reading_list_items_order_key UNIQUE (list_id, sequence_no) DEFERRABLE INITIALLY DEFERRED
);

COMMENT ON CONSTRAINT reading_list_items_order_key ON members.reading_list_items IS 'Deferred so that items can be reordered in one transaction.';

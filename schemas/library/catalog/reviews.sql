-- Member reviews and ratings of works, moderated by staff.

CREATE TABLE catalog.reviews (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    work_id bigint NOT NULL REFERENCES catalog.works (id) ON DELETE CASCADE,
    member_id bigint NOT NULL REFERENCES members.members (id) ON DELETE CASCADE,
    rating smallint NOT NULL CHECK (rating BETWEEN 1 AND 5),
    body text CHECK (length(body) <= 5000),
    is_published boolean NOT NULL DEFAULT false,
    moderated_by integer REFERENCES operations.staff (id) ON DELETE SET NULL,
    created_at timestamptz NOT NULL DEFAULT now(),
    updated_at timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT reviews_one_per_member_key UNIQUE (work_id, member_id)
);

COMMENT ON TABLE catalog.reviews IS 'One review per member and work; shown once a member of staff publishes it.';

CREATE INDEX reviews_published_idx ON catalog.reviews (work_id, created_at DESC) WHERE is_published;
CREATE INDEX reviews_member_id_idx ON catalog.reviews (member_id);

CREATE TRIGGER reviews_set_updated_at BEFORE UPDATE OF rating, body ON catalog.reviews
    FOR EACH ROW EXECUTE FUNCTION public.set_updated_at();

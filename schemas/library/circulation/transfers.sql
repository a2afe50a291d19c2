-- Copies sent between branches, to fill a hold or to return home.

CREATE TABLE circulation.transfers (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    copy_id bigint NOT NULL REFERENCES catalog.copies (id) ON DELETE CASCADE,
    from_branch_id integer NOT NULL REFERENCES operations.branches (id),
    to_branch_id integer NOT NULL REFERENCES operations.branches (id),
    hold_id bigint REFERENCES circulation.holds (id) ON DELETE SET NULL,
    sent_at timestamptz NOT NULL DEFAULT now(),
    received_at timestamptz,
    CHECK (from_branch_id <> to_branch_id),
    CHECK (received_at IS NULL OR received_at >= sent_at)
);

COMMENT ON TABLE circulation.transfers IS 'Copies in the van between branches; open while received_at is null.';

CREATE INDEX transfers_in_transit_idx ON circulation.transfers (to_branch_id) WHERE received_at IS NULL;
CREATE INDEX transfers_copy_id_idx ON circulation.transfers (copy_id);

-- Holds (reservations) members place on works, picked up at a branch.

CREATE TYPE circulation.hold_status AS ENUM ('pending', 'ready', 'fulfilled', 'cancelled', 'expired');

CREATE TABLE circulation.holds (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    member_id bigint NOT NULL REFERENCES members.members (id) ON DELETE CASCADE,
    work_id bigint NOT NULL REFERENCES catalog.works (id) ON DELETE CASCADE,
    edition_id bigint REFERENCES catalog.editions (id) ON DELETE SET NULL,
    pickup_branch_id integer NOT NULL REFERENCES operations.branches (id),
    status circulation.hold_status NOT NULL DEFAULT 'pending',
    placed_at timestamptz NOT NULL DEFAULT now(),
    not_needed_after date,
    copy_id bigint REFERENCES catalog.copies (id) ON DELETE SET NULL,
    ready_at timestamptz,
    pickup_by date,
    closed_at timestamptz,
    CONSTRAINT holds_ready_check CHECK (status <> 'ready' OR (copy_id IS NOT NULL AND pickup_by IS NOT NULL))
);

COMMENT ON TABLE circulation.holds IS 'Reservations; pending holds of a work are served in placed_at order.';
COMMENT ON COLUMN circulation.holds.edition_id IS 'Set when the member wants one edition only (e.g. large print).';

CREATE UNIQUE INDEX holds_one_active_per_member_key ON circulation.holds (member_id, work_id)
    WHERE status IN ('pending', 'ready');
CREATE INDEX holds_queue_idx ON circulation.holds (work_id, placed_at) WHERE status = 'pending';
CREATE INDEX holds_ready_pickup_by_idx ON circulation.holds (pickup_branch_id, pickup_by) WHERE status = 'ready';

-- Stamps ready_at and closed_at as a hold moves through its states.
CREATE FUNCTION circulation.stamp_hold_status() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
BEGIN
    IF NEW.status = 'ready' AND OLD.status <> 'ready' THEN
        NEW.ready_at := now();
    ELSIF NEW.status IN ('fulfilled', 'cancelled', 'expired') AND NEW.closed_at IS NULL THEN
        NEW.closed_at := now();
    END IF;
    RETURN NEW;
END;
$$;

CREATE TRIGGER holds_stamp_status BEFORE UPDATE OF status ON circulation.holds
    FOR EACH ROW EXECUTE FUNCTION circulation.stamp_hold_status();

-- Daily job: expires holds not picked up in time or no longer wanted.
CREATE PROCEDURE circulation.expire_holds(p_as_of date DEFAULT current_date)
    LANGUAGE sql
    AS $$
    UPDATE circulation.holds
       SET status = 'expired'
     WHERE status = 'ready' AND pickup_by < p_as_of;
    UPDATE circulation.holds
       SET status = 'expired'
     WHERE status = 'pending' AND not_needed_after < p_as_of;
$$;

COMMENT ON PROCEDURE circulation.expire_holds(date) IS 'Run nightly; the copies of expired ready holds are then re-shelved.';

-- Fines, payments and how payments are allocated to fines.

CREATE TYPE circulation.fine_reason AS ENUM ('overdue', 'lost_item', 'damaged_item', 'card_replacement', 'room_no_show');

CREATE TABLE circulation.fines (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    member_id bigint NOT NULL REFERENCES members.members (id) ON DELETE RESTRICT,
    loan_id bigint REFERENCES circulation.loans (id) ON DELETE SET NULL,
    reason circulation.fine_reason NOT NULL,
    amount public.positive_amount NOT NULL,
    assessed_on date NOT NULL DEFAULT current_date,
    waived_at timestamptz,
    waived_by integer REFERENCES operations.staff (id) ON DELETE RESTRICT,
    note text,
    CONSTRAINT fines_waiver_check CHECK ((waived_at IS NULL) = (waived_by IS NULL))
);

COMMENT ON TABLE circulation.fines IS 'Charges to members; a waived fine is no longer owed.';

CREATE UNIQUE INDEX fines_one_overdue_per_loan_key ON circulation.fines (loan_id) WHERE reason = 'overdue';
CREATE INDEX fines_member_open_idx ON circulation.fines (member_id) WHERE waived_at IS NULL;

CREATE TABLE circulation.payments (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    member_id bigint NOT NULL REFERENCES members.members (id) ON DELETE RESTRICT,
    amount public.positive_amount NOT NULL,
    method varchar(12) NOT NULL CHECK (method IN ('cash', 'card', 'online', 'voucher')),
    branch_id integer REFERENCES operations.branches (id),
    received_by integer REFERENCES operations.staff (id) ON DELETE SET NULL,
    received_at timestamptz NOT NULL DEFAULT now(),
    provider_reference varchar(64) UNIQUE,
    receipt jsonb,
    CONSTRAINT payments_online_reference_check CHECK (method <> 'online' OR provider_reference IS NOT NULL)
);

COMMENT ON TABLE circulation.payments IS 'Money received from members, at a desk or online.';

CREATE INDEX payments_member_id_received_at_idx ON circulation.payments (member_id, received_at DESC);

CREATE TRIGGER payments_audit AFTER INSERT OR UPDATE OR DELETE ON circulation.payments
    FOR EACH ROW EXECUTE FUNCTION public.write_audit_log();

CREATE TABLE circulation.payment_allocations (
    payment_id bigint NOT NULL REFERENCES circulation.payments (id) ON DELETE CASCADE,
    fine_id bigint NOT NULL REFERENCES circulation.fines (id) ON DELETE RESTRICT,
    amount public.positive_amount NOT NULL,
    PRIMARY KEY (payment_id, fine_id)
);

CREATE INDEX payment_allocations_fine_id_idx ON circulation.payment_allocations (fine_id);

CREATE FUNCTION circulation.member_balance(p_member_id bigint,
                                           OUT fines_total numeric, OUT paid_total numeric, OUT balance numeric)
    LANGUAGE sql STABLE
    AS $$
    SELECT f.total, p.total, f.total - p.total
      FROM (SELECT coalesce(sum(fi.amount), 0) AS total
              FROM circulation.fines AS fi
             WHERE fi.member_id = p_member_id AND fi.waived_at IS NULL) AS f,
           (SELECT coalesce(sum(pa.amount), 0) AS total
              FROM circulation.payments AS pa
             WHERE pa.member_id = p_member_id) AS p
$$;

COMMENT ON FUNCTION circulation.member_balance(bigint) IS 'Fines owed, paid and the balance of a member; positive means the member owes money.';

-- What a member owes and has out, as one value for the desk screen.
CREATE TYPE circulation.member_standing AS (
    open_loans integer,
    overdue_loans integer,
    fines_due numeric(10,2)
);

CREATE FUNCTION circulation.standing_of(member bigint) RETURNS circulation.member_standing
    LANGUAGE sql STABLE
    AS $$
    SELECT (SELECT count(*) FROM circulation.loans AS l
             WHERE l.member_id = member AND l.returned_at IS NULL)::integer,
           (SELECT count(*) FROM circulation.loans AS l
             WHERE l.member_id = member AND l.returned_at IS NULL AND l.due_on < current_date)::integer,
           (SELECT coalesce(sum(f.amount), 0) FROM circulation.fines AS f
             WHERE f.member_id = member AND f.waived_at IS NULL)::numeric(10,2)
$$;

COMMENT ON FUNCTION circulation.standing_of(bigint) IS 'Open and overdue loans and unpaid fines of a member.';

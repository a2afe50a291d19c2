-- Loans and renewals, with the counters that triggers keep up to date:
-- open loans per member, and loans per branch and day.

CREATE TABLE circulation.loans (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    copy_id bigint NOT NULL REFERENCES catalog.copies (id) ON DELETE RESTRICT,
    member_id bigint NOT NULL REFERENCES members.members (id) ON DELETE RESTRICT,
    card_id bigint REFERENCES members.cards (id) ON DELETE SET NULL,
    branch_id integer NOT NULL REFERENCES operations.branches (id),
    policy_id integer REFERENCES circulation.loan_policies (id) ON DELETE SET NULL,
    issued_by integer REFERENCES operations.staff (id) ON DELETE SET NULL,
    loaned_at timestamptz NOT NULL DEFAULT now(),
    due_on date NOT NULL,
    renewals smallint NOT NULL DEFAULT 0 CHECK (renewals >= 0),
    returned_at timestamptz,
    returned_branch_id integer REFERENCES operations.branches (id),
    CONSTRAINT loans_returned_check CHECK (returned_at IS NULL OR returned_at >= loaned_at),
    CONSTRAINT loans_returned_branch_check CHECK (returned_branch_id IS NULL OR returned_at IS NOT NULL)
);

COMMENT ON TABLE circulation.loans IS 'Every loan of a copy to a member; open while returned_at is null.';
COMMENT ON COLUMN circulation.loans.branch_id IS 'Branch where the copy was checked out.';

CREATE UNIQUE INDEX loans_one_open_per_copy_key ON circulation.loans (copy_id) WHERE returned_at IS NULL;
CREATE INDEX loans_member_open_idx ON circulation.loans (member_id, due_on) WHERE returned_at IS NULL;
CREATE INDEX loans_copy_id_loaned_at_idx ON circulation.loans (copy_id, loaned_at DESC);
CREATE INDEX loans_loaned_at_brin ON circulation.loans USING brin (loaned_at);

COMMENT ON INDEX circulation.loans_one_open_per_copy_key IS 'A copy is on at most one open loan.';

CREATE TABLE circulation.renewals (
    loan_id bigint NOT NULL REFERENCES circulation.loans (id) ON DELETE CASCADE,
    renewal_no smallint NOT NULL CHECK (renewal_no > 0),
    renewed_at timestamptz NOT NULL DEFAULT now(),
    previous_due_on date NOT NULL,
    new_due_on date NOT NULL,
    channel varchar(10) NOT NULL DEFAULT 'desk' CHECK (channel IN ('desk', 'online', 'phone', 'auto')),
    PRIMARY KEY (loan_id, renewal_no),
    CHECK (new_due_on > previous_due_on)
);

CREATE TABLE circulation.member_loan_stats (
    member_id bigint PRIMARY KEY REFERENCES members.members (id) ON DELETE CASCADE,
    open_loans integer NOT NULL DEFAULT 0 CHECK (open_loans >= 0),
    total_loans bigint NOT NULL DEFAULT 0 CHECK (total_loans >= 0),
    last_loan_at timestamptz
);

COMMENT ON TABLE circulation.member_loan_stats IS 'Maintained by the loans_maintain_member_stats trigger; read when checking loan limits.';

CREATE TABLE circulation.daily_loan_stats (
    branch_id integer NOT NULL REFERENCES operations.branches (id) ON DELETE CASCADE,
    stat_date date NOT NULL,
    loans integer NOT NULL DEFAULT 0,
    PRIMARY KEY (branch_id, stat_date)
);

-- Row trigger: open and total loans per member.
CREATE FUNCTION circulation.maintain_member_loan_stats() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
BEGIN
    IF TG_OP = 'INSERT' THEN
        INSERT INTO circulation.member_loan_stats AS s (member_id, open_loans, total_loans, last_loan_at)
        VALUES (NEW.member_id, CASE WHEN NEW.returned_at IS NULL THEN 1 ELSE 0 END, 1, NEW.loaned_at)
        ON CONFLICT (member_id) DO UPDATE
           SET open_loans = s.open_loans + EXCLUDED.open_loans,
               total_loans = s.total_loans + 1,
               last_loan_at = greatest(s.last_loan_at, EXCLUDED.last_loan_at);
    ELSIF TG_OP = 'UPDATE' THEN
        UPDATE circulation.member_loan_stats AS s
           SET open_loans = s.open_loans
                            + CASE WHEN NEW.returned_at IS NULL THEN 1 ELSE 0 END
                            - CASE WHEN OLD.returned_at IS NULL THEN 1 ELSE 0 END
         WHERE s.member_id = NEW.member_id;
    ELSE
        UPDATE circulation.member_loan_stats AS s
           SET open_loans = s.open_loans - CASE WHEN OLD.returned_at IS NULL THEN 1 ELSE 0 END,
               total_loans = s.total_loans - 1
         WHERE s.member_id = OLD.member_id;
    END IF;
    RETURN NULL;
END;
$$;

CREATE TRIGGER loans_maintain_member_stats
    AFTER INSERT OR DELETE OR UPDATE OF returned_at ON circulation.loans
    FOR EACH ROW EXECUTE FUNCTION circulation.maintain_member_loan_stats();

-- Row trigger: a returned copy goes back on the shelf, or into transit home.
CREATE FUNCTION circulation.release_returned_copy() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
DECLARE
    v_branch integer := coalesce(NEW.returned_branch_id, NEW.branch_id);
BEGIN
    UPDATE catalog.copies AS c
       SET status = CASE WHEN c.home_branch_id = v_branch
                         THEN 'available'::catalog.copy_status
                         ELSE 'in_transit'::catalog.copy_status END,
           current_branch_id = v_branch
     WHERE c.id = NEW.copy_id;
    RETURN NULL;
END;
$$;

CREATE TRIGGER loans_release_returned_copy
    AFTER UPDATE OF returned_at ON circulation.loans
    FOR EACH ROW
    WHEN (OLD.returned_at IS NULL AND NEW.returned_at IS NOT NULL)
    EXECUTE FUNCTION circulation.release_returned_copy();

-- Statement trigger: counts the loans of each INSERT per branch and day.
CREATE FUNCTION circulation.count_new_loans() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
BEGIN
    INSERT INTO circulation.daily_loan_stats AS d (branch_id, stat_date, loans)
    SELECT n.branch_id, n.loaned_at::date, count(*)
      FROM new_loans AS n
     GROUP BY n.branch_id, n.loaned_at::date
    ON CONFLICT (branch_id, stat_date) DO UPDATE SET loans = d.loans + EXCLUDED.loans;
    RETURN NULL;
END;
$$;

CREATE TRIGGER loans_count_daily
    AFTER INSERT ON circulation.loans
    REFERENCING NEW TABLE AS new_loans
    FOR EACH STATEMENT EXECUTE FUNCTION circulation.count_new_loans();

COMMENT ON TRIGGER loans_release_returned_copy ON circulation.loans IS 'Fires once, when a loan is closed.';

CREATE FUNCTION circulation.member_loans(p_member_id bigint, p_include_returned boolean DEFAULT false)
    RETURNS TABLE (loan_id bigint, barcode varchar, title text, due_on date, days_overdue integer, returned_at timestamptz)
    LANGUAGE plpgsql STABLE
    AS $$
BEGIN
    RETURN QUERY
    SELECT l.id, c.barcode, w.title::text, l.due_on,
           greatest(current_date - l.due_on, 0), l.returned_at
      FROM circulation.loans AS l
      JOIN catalog.copies AS c ON c.id = l.copy_id
      JOIN catalog.editions AS e ON e.id = c.edition_id
      JOIN catalog.works AS w ON w.id = e.work_id
     WHERE l.member_id = p_member_id
       AND (p_include_returned OR l.returned_at IS NULL)
     ORDER BY l.due_on, l.id;
END;
$$;

COMMENT ON FUNCTION circulation.member_loans(bigint, boolean) IS 'A member''s loans for the self-service screen, soonest due first.';

-- Loans are read by copy and by date: CLUSTER keeps them in that order when it is run.
ALTER TABLE circulation.loans CLUSTER ON loans_copy_id_loaned_at_idx;

-- Due dates follow the branch's loan policy: the planner estimates the two together.
CREATE STATISTICS circulation.loans_branch_due (dependencies) ON branch_id, due_on FROM circulation.loans;
ALTER STATISTICS circulation.loans_branch_due SET STATISTICS 500;

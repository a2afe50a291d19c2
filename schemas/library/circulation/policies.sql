-- Loan rules per membership type and format, days branches are closed, and
-- the functions that turn them into due dates and fines.

CREATE TABLE circulation.loan_policies (
    id integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    membership_type varchar(16) NOT NULL
        REFERENCES members.membership_types (code) ON UPDATE CASCADE ON DELETE CASCADE,
    format catalog.media_format NOT NULL,
    loan_days smallint NOT NULL CHECK (loan_days BETWEEN 1 AND 90),
    max_renewals smallint NOT NULL DEFAULT 2 CHECK (max_renewals >= 0),
    daily_fine public.money_amount,
    max_fine public.money_amount,
    UNIQUE (membership_type, format),
    CHECK (max_fine >= daily_fine)
);

COMMENT ON TABLE circulation.loan_policies IS 'How long, how often renewed and at what fine each kind of member borrows each format.';

CREATE TABLE circulation.closed_days (
    branch_id integer NOT NULL REFERENCES operations.branches (id) ON DELETE CASCADE,
    closed_on date NOT NULL,
    reason varchar(100) NOT NULL,
    PRIMARY KEY (branch_id, closed_on)
);

COMMENT ON TABLE circulation.closed_days IS 'Public holidays and other closures; nothing falls due on them.';

CREATE FUNCTION circulation.next_open_day(p_branch_id integer, p_day date) RETURNS date
    LANGUAGE plpgsql STABLE STRICT
    AS $$
DECLARE
    d date := p_day;
BEGIN
    FOR i IN 1..31 LOOP
        IF EXISTS (SELECT 1
                     FROM operations.opening_hours AS h
                    WHERE h.branch_id = p_branch_id AND h.weekday = extract(isodow FROM d))
           AND NOT EXISTS (SELECT 1
                             FROM circulation.closed_days AS c
                            WHERE c.branch_id = p_branch_id AND c.closed_on = d) THEN
            RETURN d;
        END IF;
        d := d + 1;
    END LOOP;
    RETURN p_day;
END;
$$;

CREATE FUNCTION circulation.overdue_fine(days_late integer, daily_rate numeric, max_fine numeric)
    RETURNS numeric
    LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
    RETURN least(greatest(days_late, 0) * daily_rate, max_fine);

COMMENT ON FUNCTION circulation.next_open_day(integer, date) IS 'The first day on or after p_day on which the branch is open.';
COMMENT ON FUNCTION circulation.overdue_fine(integer, numeric, numeric) IS 'Fine for a loan days_late days overdue, capped at max_fine.';

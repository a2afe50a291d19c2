-- Copies: the physical items on the shelves, and their condition reports.

CREATE TYPE catalog.copy_status AS ENUM (
    'on_order', 'available', 'on_loan', 'on_hold_shelf', 'in_transit', 'in_repair', 'missing', 'withdrawn'
);

CREATE TABLE catalog.copies (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    edition_id bigint NOT NULL REFERENCES catalog.editions (id) ON DELETE RESTRICT,
    barcode varchar(14) NOT NULL UNIQUE CHECK (barcode ~ '^3[0-9]{13}$'),
    home_branch_id integer NOT NULL REFERENCES operations.branches (id),
    current_branch_id integer NOT NULL REFERENCES operations.branches (id),
    status catalog.copy_status NOT NULL DEFAULT 'on_order',
    shelf_mark varchar(40),
    acquired_on date NOT NULL DEFAULT current_date,
    purchase_price numeric(8,2) CHECK (purchase_price >= 0),
    po_line_id bigint REFERENCES operations.purchase_order_lines (id) ON DELETE SET NULL,
    is_reference_only boolean NOT NULL DEFAULT false,
    withdrawn_on date,
    notes text,
    updated_at timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT copies_withdrawn_check CHECK ((status = 'withdrawn') = (withdrawn_on IS NOT NULL))
);

COMMENT ON TABLE catalog.copies IS 'Physical items; each has a barcode label and belongs to a home branch.';
COMMENT ON COLUMN catalog.copies.current_branch_id IS 'Where the copy is now; differs from home_branch_id while away.';
COMMENT ON COLUMN catalog.copies.shelf_mark IS 'Call number on the spine label, e.g. "823.914 ISH".';

CREATE INDEX copies_edition_id_status_idx ON catalog.copies (edition_id, status);
CREATE INDEX copies_available_idx ON catalog.copies (current_branch_id, edition_id)
    WHERE status = 'available';
CREATE INDEX copies_po_line_id_idx ON catalog.copies (po_line_id) WHERE po_line_id IS NOT NULL;

CREATE TRIGGER copies_set_updated_at BEFORE UPDATE ON catalog.copies
    FOR EACH ROW EXECUTE FUNCTION public.set_updated_at();

CREATE TABLE catalog.copy_condition_reports (
    copy_id bigint NOT NULL REFERENCES catalog.copies (id) ON DELETE CASCADE,
    reported_at timestamptz NOT NULL DEFAULT now(),
    grade smallint NOT NULL CHECK (grade BETWEEN 1 AND 5),
    damage text[] NOT NULL DEFAULT '{}',
    reported_by integer REFERENCES operations.staff (id) ON DELETE SET NULL,
    PRIMARY KEY (copy_id, reported_at)
);

COMMENT ON COLUMN catalog.copy_condition_reports.grade IS '5 = as new, 1 = to be withdrawn.';

-- The copies of a work that can be lent right now, optionally at one branch.
CREATE FUNCTION catalog.available_copies(p_work_id bigint, p_branch_id integer DEFAULT NULL)
    RETURNS TABLE (copy_id bigint, barcode varchar, edition_id bigint, branch_id integer, shelf_mark varchar)
    LANGUAGE sql STABLE
    AS $$
    SELECT c.id, c.barcode, c.edition_id, c.current_branch_id, c.shelf_mark
      FROM catalog.copies AS c
      JOIN catalog.editions AS e ON e.id = c.edition_id
     WHERE e.work_id = p_work_id
       AND c.status = 'available'
       AND NOT c.is_reference_only
       AND (p_branch_id IS NULL OR c.current_branch_id = p_branch_id)
     ORDER BY c.current_branch_id, c.id
$$;

COMMENT ON FUNCTION catalog.available_copies(bigint, integer) IS 'Lendable copies of a work, at one branch or everywhere.';

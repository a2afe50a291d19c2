-- Acquisitions: suppliers, budgets per branch and fiscal year, purchase
-- orders and their lines.

CREATE TYPE operations.po_status AS ENUM ('draft', 'submitted', 'partially_received', 'received', 'cancelled');

CREATE SEQUENCE operations.purchase_order_number_seq AS integer START WITH 1 CACHE 1;

CREATE FUNCTION operations.next_po_number() RETURNS text
    LANGUAGE sql VOLATILE
    AS $$
    SELECT 'PO-' || to_char(current_date, 'YYYY') || '-'
        || lpad(nextval('operations.purchase_order_number_seq')::text, 6, '0')
$$;

CREATE TABLE operations.suppliers (
    id integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    name public.nonempty_name NOT NULL UNIQUE,
    account_no varchar(30),
    contact_email public.email,
    phone public.phone_number,
    discount_rate numeric(4,3) NOT NULL DEFAULT 0 CHECK (discount_rate >= 0 AND discount_rate < 1),
    payment_terms_days smallint NOT NULL DEFAULT 30,
    is_active boolean NOT NULL DEFAULT true,
    billing_address public.postal_address,
    notes text
);

COMMENT ON TABLE operations.suppliers IS 'Booksellers and distributors the library buys from.';

CREATE TABLE operations.budgets (
    branch_id integer NOT NULL REFERENCES operations.branches (id) ON DELETE CASCADE,
    fiscal_year smallint NOT NULL DEFAULT public.fiscal_year(current_date),
    category varchar(20) NOT NULL
        CHECK (category IN ('books', 'media', 'periodicals', 'digital', 'equipment')),
    allocated public.money_amount,
    PRIMARY KEY (branch_id, fiscal_year, category)
);

COMMENT ON TABLE operations.budgets IS 'Money each branch may spend per category and fiscal year.';

CREATE TABLE operations.purchase_orders (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    po_number varchar(20) NOT NULL UNIQUE DEFAULT operations.next_po_number(),
    supplier_id integer NOT NULL REFERENCES operations.suppliers (id) ON DELETE RESTRICT,
    branch_id integer NOT NULL,
    fiscal_year smallint NOT NULL DEFAULT public.fiscal_year(current_date),
    budget_category varchar(20) NOT NULL DEFAULT 'books',
    status operations.po_status NOT NULL DEFAULT 'draft',
    ordered_by integer REFERENCES operations.staff (id) ON DELETE SET NULL,
    ordered_on date,
    expected_on date,
    notes text,
    created_at timestamptz NOT NULL DEFAULT now(),
    updated_at timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT purchase_orders_budget_fkey FOREIGN KEY (branch_id, fiscal_year, budget_category)
        REFERENCES operations.budgets (branch_id, fiscal_year, category) ON UPDATE CASCADE ON DELETE RESTRICT,
    CONSTRAINT purchase_orders_ordered_check CHECK (status = 'draft' OR ordered_on IS NOT NULL)
);

COMMENT ON COLUMN operations.purchase_orders.po_number IS 'Number quoted to the supplier, e.g. PO-2025-000042.';

CREATE INDEX purchase_orders_supplier_id_idx ON operations.purchase_orders (supplier_id);
CREATE INDEX purchase_orders_open_idx ON operations.purchase_orders (expected_on)
    WHERE status IN ('submitted', 'partially_received');

CREATE TRIGGER purchase_orders_set_updated_at BEFORE UPDATE ON operations.purchase_orders
    FOR EACH ROW EXECUTE FUNCTION public.set_updated_at();

CREATE TABLE operations.purchase_order_lines (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    purchase_order_id bigint NOT NULL REFERENCES operations.purchase_orders (id) ON DELETE CASCADE,
    line_no smallint NOT NULL CHECK (line_no > 0),
    edition_id bigint REFERENCES catalog.editions (id) ON DELETE SET NULL,
    isbn public.isbn13,
    description text NOT NULL,
    quantity smallint NOT NULL CHECK (quantity > 0),
    unit_price public.money_amount,
    line_total numeric(10,2) GENERATED ALWAYS AS (quantity * unit_price) STORED,
    received_quantity smallint NOT NULL DEFAULT 0,
    UNIQUE (purchase_order_id, line_no),
    CHECK (received_quantity BETWEEN 0 AND quantity)
);

COMMENT ON TABLE operations.purchase_order_lines IS 'Items ordered; received copies point back at their line.';
COMMENT ON COLUMN operations.purchase_order_lines.isbn IS 'Kept even when the edition is not catalogued yet.';

CREATE INDEX purchase_order_lines_edition_id_idx ON operations.purchase_order_lines (edition_id);

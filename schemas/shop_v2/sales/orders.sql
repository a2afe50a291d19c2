-- Orders and order items.

CREATE TYPE sales.order_status AS ENUM ('pending', 'paid', 'packed', 'shipped', 'delivered', 'cancelled', 'refunded');

COMMENT ON TYPE sales.order_status IS 'Life cycle of an order.';

CREATE SEQUENCE sales.order_number_seq
    AS integer
    START WITH 1000
    INCREMENT BY 1
    MINVALUE 1000
    NO MAXVALUE
    NO CYCLE
    CACHE 10;

CREATE TABLE sales.orders (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    order_number integer NOT NULL DEFAULT nextval('sales.order_number_seq') UNIQUE,
    customer_id bigint NOT NULL REFERENCES sales.customers (id),
    shipping_address_id integer,
    status sales.order_status NOT NULL DEFAULT 'pending',
    currency char(3) NOT NULL DEFAULT 'EUR' REFERENCES billing.currencies (code),
    invoice_id bigint REFERENCES billing.invoices (id) ON DELETE SET NULL,
    discount_total numeric(12,2) NOT NULL DEFAULT 0.00 CHECK (discount_total >= 0),
    shipping_fee numeric(12,2) NOT NULL DEFAULT 5.95,
    note text,
    placed_from inet,
    placed_at timestamptz,
    created_at timestamptz NOT NULL DEFAULT now(),
    FOREIGN KEY (shipping_address_id) REFERENCES sales.customer_addresses (id) ON DELETE SET NULL,
    CONSTRAINT orders_placed_check CHECK (status = 'pending' OR placed_at IS NOT NULL)
);

ALTER SEQUENCE sales.order_number_seq OWNED BY sales.orders.order_number;

COMMENT ON SEQUENCE sales.order_number_seq IS 'Order numbers printed on confirmations and parcels.';
COMMENT ON TABLE sales.orders IS 'Customer orders, from cart checkout to delivery; parcels are tracked in sales.shipments.';
COMMENT ON COLUMN sales.orders.invoice_id IS 'Set once the order has been invoiced.';
COMMENT ON CONSTRAINT orders_placed_check ON sales.orders IS 'Every order past pending has a placement time.';

CREATE INDEX orders_customer_id_idx ON sales.orders (customer_id);
CREATE INDEX orders_placed_at_idx ON sales.orders (placed_at DESC NULLS LAST);
CREATE INDEX orders_shipping_address_id_idx ON sales.orders (shipping_address_id);
CREATE INDEX orders_uninvoiced_idx ON sales.orders (created_at)
    WHERE invoice_id IS NULL AND status <> 'cancelled';

CREATE TABLE sales.order_items (
    order_id bigint NOT NULL,
    line_no smallint NOT NULL CHECK (line_no > 0),
    product_id bigint NOT NULL REFERENCES catalog.products (id),
    variant_id bigint REFERENCES catalog.product_variants (id) ON DELETE SET NULL,
    quantity integer NOT NULL CHECK (quantity > 0),
    unit_price numeric(12,2) NOT NULL CHECK (unit_price >= 0),
    line_total numeric(12,2) GENERATED ALWAYS AS (quantity * unit_price) STORED,
    PRIMARY KEY (order_id, line_no),
    CONSTRAINT order_items_order_id_fkey FOREIGN KEY (order_id)
        REFERENCES sales.orders (id) ON DELETE CASCADE
);

COMMENT ON TABLE sales.order_items IS 'Products ordered, with the price agreed at checkout.';
COMMENT ON COLUMN sales.order_items.line_total IS 'Computed from quantity and unit price.';

CREATE INDEX order_items_product_id_idx ON sales.order_items (product_id) INCLUDE (quantity, unit_price);

-- Shipments: the parcels sent for an order; a large order may ship in several parcels.

CREATE TABLE sales.shipments (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    order_id bigint NOT NULL REFERENCES sales.orders (id) ON DELETE CASCADE,
    warehouse_id smallint NOT NULL REFERENCES catalog.warehouses (id),
    carrier varchar(40) NOT NULL,
    tracking_number varchar(64),
    weight_grams integer CHECK (weight_grams > 0),
    shipped_at timestamptz,
    delivered_at timestamptz,
    created_at timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT shipments_carrier_tracking_number_key UNIQUE (carrier, tracking_number),
    CONSTRAINT shipments_delivered_after_shipped_check CHECK (delivered_at >= shipped_at)
);

COMMENT ON TABLE sales.shipments IS 'Parcels handed to a carrier, one or more per order.';
COMMENT ON COLUMN sales.shipments.tracking_number IS 'Carrier reference, known once the parcel has been handed over.';
COMMENT ON CONSTRAINT shipments_delivered_after_shipped_check ON sales.shipments IS 'A parcel cannot be delivered before it is shipped.';

CREATE INDEX shipments_order_id_idx ON sales.shipments (order_id);
CREATE INDEX shipments_in_transit_idx ON sales.shipments (shipped_at)
    WHERE delivered_at IS NULL;

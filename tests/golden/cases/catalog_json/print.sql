-- schemas
CREATE SCHEMA shop;

-- types
CREATE TYPE shop.state AS ENUM ('new', 'done');

-- tables
CREATE TABLE shop.orders (
    id bigint GENERATED ALWAYS AS IDENTITY (SEQUENCE NAME shop.orders_id_seq INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1 NO CYCLE) NOT NULL,
    state shop.state DEFAULT 'new' NOT NULL,
    total numeric(10,2),
    parent_id bigint,
    CONSTRAINT orders_pkey PRIMARY KEY (id),
    CONSTRAINT orders_total_check CHECK (total >= 0)
);

-- indexes
CREATE INDEX orders_state_idx ON shop.orders USING btree (state) WHERE state = 'new';

-- constraints added after their tables
ALTER TABLE shop.orders ADD CONSTRAINT orders_parent_id_fkey FOREIGN KEY (parent_id) REFERENCES shop.orders(id) ON DELETE CASCADE;

-- comments
COMMENT ON TABLE shop.orders IS 'Orders';

-- Same schema as from.sql, spelled differently (type synonyms, case, explicit default
-- names, pg_dump-style expressions) and with the statements in another order.
create schema SHOP;

CREATE SEQUENCE shop.customers_id_seq AS integer START WITH 1 INCREMENT BY 1 NO MINVALUE NO MAXVALUE CACHE 1;

create type shop.order_status as enum ('pending', 'paid', 'shipped');

create table SHOP.Orders (
    ID bigint generated always as identity,
    Customer_Id integer not null,
    Status shop.order_status default 'pending'::shop.order_status not null,
    Total numeric(12, 2) default 0 not null,
    Code character(8),
    Ratio double precision,
    Notes character varying,
    constraint orders_total_check check ((total >= (0)::numeric)),
    constraint orders_pkey primary key (id)
);

comment on table shop.orders is 'One row per order';

create index orders_customer_id_status_idx
    on shop.orders using btree (customer_id asc, status);

CREATE TABLE shop.customers (
    id integer NOT NULL DEFAULT nextval('shop.customers_id_seq'::regclass),
    email character varying(200) NOT NULL,
    active boolean DEFAULT TRUE NOT NULL,
    joined_at timestamp with time zone DEFAULT now() NOT NULL,
    CONSTRAINT customers_email_key UNIQUE (email),
    CONSTRAINT customers_pkey PRIMARY KEY (id)
);

ALTER TABLE ONLY shop.orders
    ADD CONSTRAINT orders_customer_id_fkey FOREIGN KEY (customer_id)
        REFERENCES shop.customers (id) ON DELETE CASCADE;

ALTER SEQUENCE shop.customers_id_seq OWNED BY shop.customers.id;

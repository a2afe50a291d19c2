CREATE TABLE public.products (
    id integer PRIMARY KEY,
    price numeric(10, 2) NOT NULL CHECK (price > 0),
    discount numeric(10, 2) NOT NULL DEFAULT 0,
    CONSTRAINT products_discount_le_price CHECK (discount BETWEEN 0 AND price)
);

CREATE TABLE public.order_lines (
    id integer PRIMARY KEY,
    quantity integer NOT NULL,
    unit_price numeric(10, 2) NOT NULL,
    discount numeric(10, 2) NOT NULL DEFAULT 0,
    line_total numeric(12, 2) GENERATED ALWAYS AS (quantity * unit_price) STORED
);

CREATE INDEX order_lines_line_total_idx ON public.order_lines (line_total);

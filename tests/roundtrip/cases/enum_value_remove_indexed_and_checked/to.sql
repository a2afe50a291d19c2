CREATE TYPE public.order_status AS ENUM ('pending', 'paid', 'shipped');

CREATE TABLE public.orders (
    id integer PRIMARY KEY,
    status public.order_status NOT NULL,
    shipped_at timestamp with time zone,
    CONSTRAINT orders_shipped_check CHECK (status <> 'shipped' OR shipped_at IS NOT NULL)
);

CREATE INDEX orders_status_idx ON public.orders (status);
CREATE INDEX orders_open_idx ON public.orders (id) WHERE status = 'pending';

-- Checkout sessions: short-lived cart state that need not survive a crash.

CREATE UNLOGGED TABLE sales.checkout_sessions (
    id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
    customer_id bigint REFERENCES sales.customers (id) ON DELETE CASCADE,
    cart jsonb NOT NULL DEFAULT '[]',
    coupon_codes text[],
    client_ip inet,
    user_agent text,
    idle_timeout interval NOT NULL DEFAULT '00:30:00',
    created_at timestamptz NOT NULL DEFAULT now(),
    last_seen_at timestamptz NOT NULL DEFAULT now()
);

COMMENT ON TABLE sales.checkout_sessions IS 'Carts in progress; unlogged because they are cheap to lose.';

CREATE INDEX ON sales.checkout_sessions (customer_id);
CREATE INDEX checkout_sessions_last_seen_at_idx ON sales.checkout_sessions (last_seen_at);

-- Products and their variants (size, colour).

CREATE TABLE catalog.products (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    sku varchar(40) NOT NULL UNIQUE,
    category_id integer REFERENCES catalog.categories (id) ON DELETE SET NULL,
    name varchar(200) NOT NULL,
    description text,
    price numeric(12,2) NOT NULL CHECK (price >= 0),
    sale_price numeric(12,2),
    currency char(3) NOT NULL DEFAULT 'EUR' REFERENCES billing.currencies (code),
    weight_grams integer CHECK (weight_grams > 0),
    min_order_quantity integer NOT NULL DEFAULT 1 CHECK (min_order_quantity > 0),
    tags text[] NOT NULL DEFAULT '{}',
    attributes jsonb NOT NULL DEFAULT '{}',
    is_active boolean NOT NULL DEFAULT TRUE,
    created_at timestamptz NOT NULL DEFAULT now(),
    updated_at timestamptz,
    CONSTRAINT products_sale_price_check CHECK (sale_price IS NULL OR sale_price <= price)
);

COMMENT ON TABLE catalog.products IS 'Everything the shop sells, active or not; inactive products are hidden from the shop.';
COMMENT ON COLUMN catalog.products.attributes IS 'Free-form properties such as material or care instructions.';
COMMENT ON CONSTRAINT products_sale_price_check ON catalog.products IS 'A sale price may never exceed the regular price.';

CREATE INDEX products_category_id_idx ON catalog.products (category_id) WHERE is_active;
CREATE INDEX products_tags_idx ON catalog.products USING gin (tags);
CREATE INDEX products_attributes_idx ON catalog.products USING gin (attributes jsonb_path_ops);
CREATE INDEX products_lower_name_idx ON catalog.products (lower(name));

COMMENT ON INDEX catalog.products_tags_idx IS 'Answers tag filters such as tags @> ARRAY[''organic''].';

CREATE TABLE catalog.product_variants (
    id bigserial PRIMARY KEY,
    product_id bigint NOT NULL REFERENCES catalog.products (id) ON DELETE CASCADE,
    sku varchar(40) NOT NULL,
    size text,
    color text,
    price_delta numeric(12,2) NOT NULL DEFAULT 0,
    barcode varchar(14),
    CONSTRAINT product_variants_options_key UNIQUE NULLS NOT DISTINCT (product_id, size, color)
);

COMMENT ON TABLE catalog.product_variants IS 'Purchasable forms of a product; a product without options has a single variant with no size and no colour.';
COMMENT ON CONSTRAINT product_variants_options_key ON catalog.product_variants IS 'Missing options count as equal, so a product has at most one variant without size and colour.';

CREATE UNIQUE INDEX product_variants_sku_key ON catalog.product_variants (sku);
CREATE UNIQUE INDEX product_variants_barcode_key ON catalog.product_variants (barcode) WHERE barcode IS NOT NULL;

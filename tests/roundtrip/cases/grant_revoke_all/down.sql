-- schemac migration: down
-- 3 steps; hazards: authz-change

-- ~ schema shop: grant privileges [authz-change]
GRANT CREATE, USAGE ON SCHEMA shop TO app_user;

-- ~ sequence shop.item_numbers: grant privileges [authz-change]
GRANT SELECT, UPDATE, USAGE ON SEQUENCE shop.item_numbers TO app_user;

-- ~ table shop.items: grant privileges [authz-change]
GRANT DELETE, INSERT, REFERENCES, SELECT, TRIGGER, TRUNCATE, UPDATE ON TABLE shop.items TO app_user WITH GRANT OPTION;
GRANT SELECT ON TABLE shop.items TO PUBLIC;

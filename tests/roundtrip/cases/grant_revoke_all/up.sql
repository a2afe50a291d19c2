-- schemac migration: up
-- 3 steps; hazards: authz-change

-- ~ schema shop: revoke privileges [authz-change]
REVOKE CREATE, USAGE ON SCHEMA shop FROM app_user;

-- ~ sequence shop.item_numbers: revoke privileges [authz-change]
REVOKE SELECT, UPDATE, USAGE ON SEQUENCE shop.item_numbers FROM app_user;

-- ~ table shop.items: revoke privileges [authz-change]
REVOKE DELETE, INSERT, REFERENCES, SELECT, TRIGGER, TRUNCATE, UPDATE ON TABLE shop.items FROM app_user;
REVOKE SELECT ON TABLE shop.items FROM PUBLIC;

-- Privileges revoked, granted, and a grant option given and taken back, on tables that stay;
-- those of the public schema granted back.
CREATE TABLE orders (id bigint PRIMARY KEY, total numeric NOT NULL);
CREATE TABLE items (id bigint PRIMARY KEY);
GRANT SELECT, UPDATE ON orders TO app_user;
GRANT SELECT ON orders TO auditor;
GRANT SELECT ON items TO app_user;
GRANT REFERENCES, TRIGGER ON items TO auditor WITH GRANT OPTION;

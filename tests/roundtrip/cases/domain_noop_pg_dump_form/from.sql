CREATE DOMAIN email text CHECK (value like '%@%') DEFAULT 'nobody@example.com';
CREATE TABLE contacts (id int PRIMARY KEY, address email);

CREATE SEQUENCE ticket_numbers START 100;
CREATE TABLE tickets (number bigint DEFAULT nextval('ticket_numbers') PRIMARY KEY);

-- schemac:renamed-from ticket_numbers
CREATE SEQUENCE ticket_seq START 100;
CREATE TABLE tickets (number bigint DEFAULT nextval('ticket_seq') PRIMARY KEY);

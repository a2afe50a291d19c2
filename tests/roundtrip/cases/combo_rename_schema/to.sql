CREATE SCHEMA sales;

CREATE TYPE sales.lead_stage AS ENUM ('new', 'qualified', 'won', 'lost');

CREATE TABLE sales.leads (
    id integer PRIMARY KEY,
    stage sales.lead_stage NOT NULL DEFAULT 'new'
);

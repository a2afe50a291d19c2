CREATE SCHEMA crm;

CREATE TYPE crm.lead_stage AS ENUM ('new', 'qualified', 'won', 'lost');

CREATE TABLE crm.leads (
    id integer PRIMARY KEY,
    stage crm.lead_stage NOT NULL DEFAULT 'new'
);

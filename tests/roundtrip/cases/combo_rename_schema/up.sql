-- schemac migration: up
-- 6 steps; hazards: access-exclusive-lock, deletes-data, irreversible-down

-- - table crm.leads: drop table [deletes-data, access-exclusive-lock, irreversible-down]
DROP TABLE crm.leads;

-- - enum type crm.lead_stage: drop enum type
DROP TYPE crm.lead_stage;

-- - schema crm: drop schema
DROP SCHEMA crm;

-- + schema sales: create schema
CREATE SCHEMA sales;

-- + enum type sales.lead_stage: create enum type
CREATE TYPE sales.lead_stage AS ENUM ('new', 'qualified', 'won', 'lost');

-- + table sales.leads: create table (2 columns, 1 constraint)
CREATE TABLE sales.leads (
    id integer NOT NULL,
    stage sales.lead_stage DEFAULT 'new'::sales.lead_stage NOT NULL,
    CONSTRAINT leads_pkey PRIMARY KEY (id)
);

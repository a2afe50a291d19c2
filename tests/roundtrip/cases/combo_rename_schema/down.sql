-- schemac migration: down
-- 6 steps; hazards: access-exclusive-lock, deletes-data, irreversible-down

-- - table sales.leads: drop table [deletes-data, access-exclusive-lock, irreversible-down]
DROP TABLE sales.leads;

-- - enum type sales.lead_stage: drop enum type
DROP TYPE sales.lead_stage;

-- - schema sales: drop schema
DROP SCHEMA sales;

-- + schema crm: create schema
CREATE SCHEMA crm;

-- + enum type crm.lead_stage: create enum type
CREATE TYPE crm.lead_stage AS ENUM ('new', 'qualified', 'won', 'lost');

-- + table crm.leads: create table (2 columns, 1 constraint)
CREATE TABLE crm.leads (
    id integer NOT NULL,
    stage crm.lead_stage DEFAULT 'new'::crm.lead_stage NOT NULL,
    CONSTRAINT leads_pkey PRIMARY KEY (id)
);

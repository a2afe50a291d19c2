-- Door counts: how many people entered each branch, per hour. Many rows, mostly read by year,
-- so the table is partitioned by the day they were counted, one partition a year and a default
-- one for what falls outside them; the year being counted is partitioned again by branch.

CREATE TABLE operations.branch_visits (
    branch_id integer NOT NULL REFERENCES operations.branches (id),
    counted_on date NOT NULL,
    hour smallint NOT NULL CHECK (hour BETWEEN 0 AND 23),
    visitors integer NOT NULL DEFAULT 0 CHECK (visitors >= 0),
    PRIMARY KEY (branch_id, counted_on, hour)
) PARTITION BY RANGE (counted_on);

COMMENT ON TABLE operations.branch_visits IS 'Hourly door counts per branch.';

CREATE INDEX branch_visits_counted_on_idx ON operations.branch_visits (counted_on);

CREATE TABLE operations.branch_visits_2024 PARTITION OF operations.branch_visits
    FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');
CREATE TABLE operations.branch_visits_2025 PARTITION OF operations.branch_visits
    FOR VALUES FROM ('2025-01-01') TO ('2026-01-01')
    PARTITION BY HASH (branch_id);
CREATE TABLE operations.branch_visits_2025_even PARTITION OF operations.branch_visits_2025
    FOR VALUES WITH (MODULUS 2, REMAINDER 0);
CREATE TABLE operations.branch_visits_2025_odd PARTITION OF operations.branch_visits_2025
    FOR VALUES WITH (MODULUS 2, REMAINDER 1);
CREATE TABLE operations.branch_visits_other PARTITION OF operations.branch_visits DEFAULT;

COMMENT ON TABLE operations.branch_visits_other IS 'Counts outside the years of their own.';

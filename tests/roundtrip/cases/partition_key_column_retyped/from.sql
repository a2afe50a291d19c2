CREATE TABLE readings (
    sensor integer NOT NULL,
    taken date NOT NULL,
    value numeric,
    PRIMARY KEY (sensor, taken)
) PARTITION BY RANGE (taken);
CREATE TABLE readings_2024 PARTITION OF readings FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');
CREATE TABLE labels (code varchar(10) NOT NULL, note text) PARTITION BY LIST (lower(code));
CREATE TABLE labels_a PARTITION OF labels FOR VALUES IN ('a');

-- The schemas of the case; the other files set their own search_path.
CREATE SCHEMA app;
CREATE SCHEMA audit;

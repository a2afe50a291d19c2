-- A history of statements, as migration files hold it: the NOT NULL and the defaults declared
-- first are dropped later (ALTER ... DROP NOT NULL | DROP DEFAULT).
CREATE TABLE tasks (id integer PRIMARY KEY, title text NOT NULL DEFAULT 'untitled', due date);
ALTER TABLE tasks ALTER COLUMN title DROP NOT NULL, ALTER title DROP DEFAULT;
ALTER TABLE tasks ALTER COLUMN due SET DEFAULT CURRENT_DATE;
ALTER TABLE tasks ALTER COLUMN due DROP DEFAULT;
CREATE VIEW open_tasks AS SELECT id, title FROM tasks;
ALTER VIEW open_tasks ALTER COLUMN title SET DEFAULT 'new';
ALTER VIEW open_tasks ALTER COLUMN title DROP DEFAULT;

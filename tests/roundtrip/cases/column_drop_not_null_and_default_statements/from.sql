CREATE TABLE tasks (id integer PRIMARY KEY, title text NOT NULL DEFAULT 'untitled', due date);
CREATE VIEW open_tasks AS SELECT id, title FROM tasks;
ALTER VIEW open_tasks ALTER COLUMN title SET DEFAULT 'new';

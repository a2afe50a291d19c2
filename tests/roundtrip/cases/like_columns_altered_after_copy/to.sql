-- The columns LIKE copies, changed by the statements after it: the copy keeps what they set.
CREATE TABLE public.source (c integer, b text, d integer DEFAULT 1);
CREATE TABLE public.copy (LIKE public.source INCLUDING DEFAULTS, extra integer);
ALTER TABLE public.copy ALTER COLUMN c SET DEFAULT 5;
ALTER TABLE public.copy ALTER COLUMN c SET NOT NULL;
ALTER TABLE public.copy ALTER COLUMN b SET COMPRESSION pglz;
ALTER TABLE public.copy ALTER COLUMN d SET DEFAULT 2;

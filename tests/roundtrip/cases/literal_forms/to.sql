-- The names and strings written with Unicode escapes are the ones they escape: the table is the
-- existing "data", and the new column is "priçe".
CREATE TABLE U&"d\0061t\+000061" (
    id integer PRIMARY KEY,
    label text DEFAULT U&'caf\00E9',
    code character(2) DEFAULT N'xy',
    U&"pri!00E7e" UESCAPE '!' numeric CHECK (U&"pri!00E7e" UESCAPE '!' >= 0)
);

COMMENT ON TABLE data IS U&'\00C9t\00E9 \D83D\DE00';

CREATE INDEX U&"data_pri\00E7e_idx" ON data (U&"pri\00E7e");

-- A string goes on in a quoted part on a following line, comments between.
COMMENT ON COLUMN data.label IS 'first part, '
    -- a comment between the parts
    'second part';

-- schemac migration: down
-- 1 step; no hazards

-- ~ event trigger note: rename event trigger "note_ddl" to "note"
ALTER EVENT TRIGGER note_ddl RENAME TO note;

-- schemac migration: up
-- 1 step; no hazards

-- ~ event trigger note_ddl: rename event trigger "note" to "note_ddl"
ALTER EVENT TRIGGER note RENAME TO note_ddl;

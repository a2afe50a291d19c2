-- schemac migration: up
-- 1 step; no hazards

-- ~ event trigger note: fire always, set comment
ALTER EVENT TRIGGER note ENABLE ALWAYS;
COMMENT ON EVENT TRIGGER note IS 'notes every statement';

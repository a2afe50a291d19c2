-- schemac migration: down
-- 1 step; hazards: irreversible-down

-- - extension pgcrypto: drop extension [irreversible-down]
DROP EXTENSION pgcrypto;

-- schemac migration: up
-- 5 steps; hazards: access-exclusive-lock

-- - operator class public.int_hash_ops using hash: drop operator class
DROP OPERATOR CLASS public.int_hash_ops USING hash;

-- - operator family public."Hashing" using hash: drop operator family
DROP OPERATOR FAMILY public."Hashing" USING hash;

-- - index public.scores_points: drop index [access-exclusive-lock]
DROP INDEX public.scores_points;

-- - operator class public.reverse_ops using btree: drop operator class
DROP OPERATOR CLASS public.reverse_ops USING btree;

-- - operator family public.reverse_ops using btree: drop operator family
DROP OPERATOR FAMILY public.reverse_ops USING btree;

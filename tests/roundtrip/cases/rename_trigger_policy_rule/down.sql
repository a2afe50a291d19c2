-- schemac migration: down
-- 4 steps; hazards: access-exclusive-lock

-- ~ rule public.t.no_delete: rename rule "keep_rows" to "no_delete" [access-exclusive-lock]
ALTER RULE keep_rows ON public.t RENAME TO no_delete;

-- ~ policy public.t.mine: rename policy "own_rows" to "mine" [access-exclusive-lock]
ALTER POLICY own_rows ON public.t RENAME TO mine;

-- ~ trigger public.t.t_touch: rename trigger "touch_row" to "t_touch" [access-exclusive-lock]
ALTER TRIGGER touch_row ON public.t RENAME TO t_touch;

-- ~ statistics object public.t_stats: rename statistics object "t_a_owner" to "t_stats"
ALTER STATISTICS public.t_a_owner RENAME TO t_stats;

-- schemac migration: up
-- 4 steps; hazards: access-exclusive-lock

-- ~ statistics object public.t_a_owner: rename statistics object "t_stats" to "t_a_owner"
ALTER STATISTICS public.t_stats RENAME TO t_a_owner;

-- ~ trigger public.t.touch_row: rename trigger "t_touch" to "touch_row" [access-exclusive-lock]
ALTER TRIGGER t_touch ON public.t RENAME TO touch_row;

-- ~ policy public.t.own_rows: rename policy "mine" to "own_rows" [access-exclusive-lock]
ALTER POLICY mine ON public.t RENAME TO own_rows;

-- ~ rule public.t.keep_rows: rename rule "no_delete" to "keep_rows" [access-exclusive-lock]
ALTER RULE no_delete ON public.t RENAME TO keep_rows;

-- schemac migration: up
-- 4 steps; no hazards

-- + aggregate public.most_common(anyelement): create aggregate
CREATE OR REPLACE AGGREGATE public.most_common(ORDER BY anyelement) (
    SFUNC = ordered_set_transition,
    STYPE = internal,
    FINALFUNC = mode_final,
    FINALFUNC_EXTRA,
    FINALFUNC_MODIFY = READ_ONLY
);

-- + aggregate public.pct(double precision, double precision): create aggregate
CREATE OR REPLACE AGGREGATE public.pct(fraction double precision ORDER BY value double precision) (
    SFUNC = ordered_set_transition,
    STYPE = internal,
    FINALFUNC = percentile_disc_final,
    FINALFUNC_EXTRA
);
COMMENT ON AGGREGATE public.pct(double precision, double precision) IS 'a discrete percentile';

-- + aggregate public."rank of"("any"): create aggregate
CREATE OR REPLACE AGGREGATE public."rank of"(VARIADIC "any" ORDER BY VARIADIC "any") (
    SFUNC = ordered_set_transition_multi,
    STYPE = internal,
    FINALFUNC = rank_final,
    FINALFUNC_EXTRA,
    HYPOTHETICAL
);
COMMENT ON AGGREGATE public."rank of"("any") IS 'the rank a score would have';

-- + view public.score_summary: create view
CREATE VIEW public.score_summary (median, rank_of_ten, usual_player) AS
SELECT public.pct((0.5)::double precision) WITHIN GROUP (ORDER BY scores.score) AS median,
    public."rank of"((10.0)::double precision) WITHIN GROUP (ORDER BY scores.score) AS rank_of_ten,
    public.most_common() WITHIN GROUP (ORDER BY scores.player) AS usual_player
   FROM public.scores;

-- Catalogue views: works with their credits, and availability per branch.

CREATE VIEW catalog.work_overview AS
SELECT w.id AS work_id,
       w.title,
       w.subtitle,
       w.first_published,
       w.audience,
       (SELECT string_agg(catalog.author_name(a.family_name, a.given_names), ', ' ORDER BY wa.sequence_no)
          FROM catalog.work_authors AS wa
          JOIN catalog.authors AS a ON a.id = wa.author_id
         WHERE wa.work_id = w.id AND wa.role = 'author') AS authors,
       s.title AS series_title,
       w.series_position
  FROM catalog.works AS w
  LEFT JOIN catalog.series AS s ON s.id = w.series_id;

COMMENT ON VIEW catalog.work_overview IS 'One row per work with its authors in credit order.';

CREATE VIEW catalog.copy_availability AS
SELECT e.work_id,
       c.edition_id,
       c.current_branch_id AS branch_id,
       count(*) AS total_copies,
       count(*) FILTER (WHERE c.status = 'available' AND NOT c.is_reference_only) AS available_copies,
       count(*) FILTER (WHERE c.status = 'on_loan') AS on_loan_copies
  FROM catalog.copies AS c
  JOIN catalog.editions AS e ON e.id = c.edition_id
 WHERE c.status NOT IN ('withdrawn', 'on_order')
 GROUP BY e.work_id, c.edition_id, c.current_branch_id;

CREATE VIEW catalog.work_availability AS
SELECT o.work_id,
       o.title,
       o.authors,
       coalesce(sum(ca.total_copies), 0) AS total_copies,
       coalesce(sum(ca.available_copies), 0) AS available_copies,
       (SELECT count(*)
          FROM circulation.holds AS h
         WHERE h.work_id = o.work_id AND h.status IN ('pending', 'ready')) AS active_holds
  FROM catalog.work_overview AS o
  LEFT JOIN catalog.copy_availability AS ca ON ca.work_id = o.work_id
 GROUP BY o.work_id, o.title, o.authors;

COMMENT ON VIEW catalog.work_availability IS 'Network-wide copies, available copies and queue length per work.';

CREATE VIEW catalog.top_rated_works AS
SELECT r.work_id,
       w.title,
       round(avg(r.rating), 2) AS average_rating,
       count(*) AS review_count
  FROM catalog.reviews AS r
  JOIN catalog.works AS w ON w.id = r.work_id
 WHERE r.is_published
 GROUP BY r.work_id, w.title
HAVING count(*) >= 3;

-- Loan counts per work over the last year, refreshed nightly (REFRESH MATERIALIZED VIEW
-- CONCURRENTLY needs the unique index).
CREATE MATERIALIZED VIEW catalog.popular_works WITH (fillfactor = 90) AS
SELECT e.work_id,
       count(*) AS loans_last_year,
       count(DISTINCT l.member_id) AS borrowers_last_year
  FROM circulation.loans AS l
  JOIN catalog.copies AS c ON c.id = l.copy_id
  JOIN catalog.editions AS e ON e.id = c.edition_id
 WHERE l.loaned_at >= now() - interval '1 year'
 GROUP BY e.work_id
WITH NO DATA;

CREATE UNIQUE INDEX popular_works_work ON catalog.popular_works (work_id);
CREATE INDEX popular_works_loans ON catalog.popular_works (loans_last_year DESC);

COMMENT ON MATERIALIZED VIEW catalog.popular_works IS 'Loans per work over the last year; refreshed nightly.';
COMMENT ON COLUMN catalog.popular_works.borrowers_last_year IS 'Distinct members who borrowed the work.';

-- The ten most borrowed works of each audience, read from the materialized view.
CREATE VIEW catalog.trending_works AS
SELECT p.work_id, w.title, w.audience, p.loans_last_year
  FROM catalog.popular_works AS p
  JOIN catalog.works AS w ON w.id = p.work_id
 ORDER BY p.loans_last_year DESC
 LIMIT 10;

-- Every keyword of the works of a series, by an aggregate of the project's own.
CREATE AGGREGATE catalog.keyword_union (anycompatiblearray) (
    SFUNC = array_cat,
    STYPE = anycompatiblearray
);

COMMENT ON AGGREGATE catalog.keyword_union(anycompatiblearray) IS 'Concatenates the arrays of a group.';

CREATE VIEW catalog.series_keywords AS
SELECT w.series_id, catalog.keyword_union(w.keywords) AS keywords
  FROM catalog.works AS w
 WHERE w.series_id IS NOT NULL
 GROUP BY w.series_id;

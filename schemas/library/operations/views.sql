-- Operations views: active staff (updatable), room schedule, purchasing and
-- a per-branch dashboard built on the circulation views.

CREATE VIEW operations.active_staff AS
SELECT s.id, s.employee_no, s.first_name, s.last_name, s.email, s.role, s.home_branch_id, s.is_active
  FROM operations.staff AS s
 WHERE s.is_active
  WITH CASCADED CHECK OPTION;

COMMENT ON VIEW operations.active_staff IS 'Updatable; the check option refuses changes that would make a row leave the view.';

CREATE VIEW operations.room_schedule AS
SELECT b.id AS booking_id,
       br.code AS branch_code,
       r.name AS room_name,
       b.starts_at,
       b.ends_at,
       coalesce(e.title, b.purpose) AS title,
       b.status
  FROM operations.room_bookings AS b
  JOIN operations.rooms AS r ON r.id = b.room_id
  JOIN operations.branches AS br ON br.id = r.branch_id
  LEFT JOIN operations.events AS e ON e.id = b.event_id
 WHERE b.status <> 'cancelled';

CREATE VIEW operations.open_purchase_orders AS
SELECT po.id,
       po.po_number,
       su.name AS supplier,
       po.branch_id,
       po.status,
       po.expected_on,
       sum(l.line_total) AS order_total,
       sum(l.quantity - l.received_quantity) AS items_outstanding
  FROM operations.purchase_orders AS po
  JOIN operations.suppliers AS su ON su.id = po.supplier_id
  LEFT JOIN operations.purchase_order_lines AS l ON l.purchase_order_id = po.id
 WHERE po.status IN ('submitted', 'partially_received')
 GROUP BY po.id, po.po_number, su.name, po.branch_id, po.status, po.expected_on;

CREATE VIEW operations.budget_usage AS
SELECT bu.branch_id,
       bu.fiscal_year,
       bu.category,
       bu.allocated,
       coalesce(sum(l.line_total) FILTER (WHERE po.status <> 'cancelled'), 0) AS committed,
       bu.allocated - coalesce(sum(l.line_total) FILTER (WHERE po.status <> 'cancelled'), 0) AS remaining
  FROM operations.budgets AS bu
  LEFT JOIN operations.purchase_orders AS po
         ON po.branch_id = bu.branch_id AND po.fiscal_year = bu.fiscal_year AND po.budget_category = bu.category
  LEFT JOIN operations.purchase_order_lines AS l ON l.purchase_order_id = po.id
 GROUP BY bu.branch_id, bu.fiscal_year, bu.category, bu.allocated;

CREATE VIEW operations.branch_dashboard AS
SELECT br.id AS branch_id,
       br.code,
       br.name,
       (SELECT count(*) FROM circulation.active_loans AS a WHERE a.branch_id = br.id) AS open_loans,
       (SELECT count(*) FROM circulation.overdue_loans AS o WHERE o.branch_id = br.id) AS overdue_loans,
       (SELECT count(*) FROM circulation.hold_queue AS q WHERE q.pickup_branch_id = br.id) AS pending_holds,
       (SELECT count(*) FROM circulation.transfers AS t
         WHERE t.to_branch_id = br.id AND t.received_at IS NULL) AS incoming_transfers,
       (SELECT count(*) FROM operations.room_schedule AS rs
         WHERE rs.branch_code = br.code AND rs.starts_at::date = current_date) AS bookings_today
  FROM operations.branches AS br;

COMMENT ON VIEW operations.branch_dashboard IS 'Morning figures per branch for the branch manager.';

-- Monthly loan figures per branch, for reports; filled when created.
CREATE MATERIALIZED VIEW operations.branch_monthly_loans AS
SELECT l.branch_id,
       date_trunc('month', l.loaned_at)::date AS month,
       count(*) AS loans,
       count(*) FILTER (WHERE l.returned_at IS NULL) AS still_out
  FROM circulation.loans AS l
 GROUP BY l.branch_id, date_trunc('month', l.loaned_at)::date;

CREATE UNIQUE INDEX branch_monthly_loans_key ON operations.branch_monthly_loans (branch_id, month);

-- Circulation views for the desks: open and overdue loans, hold queues and
-- members who owe money.

CREATE VIEW circulation.active_loans AS
SELECT l.id AS loan_id,
       l.member_id,
       m.first_name || ' ' || m.last_name AS member_name,
       l.copy_id,
       c.barcode,
       e.work_id,
       w.title,
       l.branch_id,
       l.loaned_at,
       l.due_on,
       l.renewals,
       current_date - l.due_on AS days_overdue
  FROM circulation.loans AS l
  JOIN members.members AS m ON m.id = l.member_id
  JOIN catalog.copies AS c ON c.id = l.copy_id
  JOIN catalog.editions AS e ON e.id = c.edition_id
  JOIN catalog.works AS w ON w.id = e.work_id
 WHERE l.returned_at IS NULL;

CREATE VIEW circulation.overdue_loans AS
SELECT a.loan_id,
       a.member_id,
       a.member_name,
       a.barcode,
       a.title,
       a.branch_id,
       a.due_on,
       a.days_overdue,
       circulation.overdue_fine(a.days_overdue, p.daily_fine, p.max_fine) AS fine_to_date
  FROM circulation.active_loans AS a
  JOIN circulation.loans AS l ON l.id = a.loan_id
  LEFT JOIN circulation.loan_policies AS p ON p.id = l.policy_id
 WHERE a.days_overdue > 0;

COMMENT ON VIEW circulation.overdue_loans IS 'Open loans past their due date, with the fine accrued so far.';

CREATE VIEW circulation.hold_queue AS
SELECT h.id AS hold_id,
       h.work_id,
       h.member_id,
       h.pickup_branch_id,
       h.placed_at,
       row_number() OVER (PARTITION BY h.work_id ORDER BY h.placed_at, h.id) AS queue_position
  FROM circulation.holds AS h
 WHERE h.status = 'pending';

CREATE VIEW circulation.member_balances AS
SELECT m.id AS member_id,
       m.first_name,
       m.last_name,
       b.fines_total,
       b.paid_total,
       b.balance
  FROM members.members AS m
 CROSS JOIN LATERAL circulation.member_balance(m.id) AS b
 WHERE b.balance <> 0;

COMMENT ON VIEW circulation.member_balances IS 'Members whose fines and payments do not cancel out.';

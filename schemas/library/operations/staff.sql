-- Staff and their shifts at the branches.

CREATE TYPE operations.staff_role AS ENUM (
    'librarian', 'assistant', 'cataloguer', 'manager', 'technician', 'volunteer'
);

CREATE TABLE operations.staff (
    id integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    employee_no varchar(10) NOT NULL UNIQUE,
    first_name public.nonempty_name NOT NULL,
    last_name public.nonempty_name NOT NULL,
    email public.email NOT NULL UNIQUE,
    phone public.phone_number,
    role operations.staff_role NOT NULL,
    home_branch_id integer NOT NULL REFERENCES operations.branches (id),
    hired_on date NOT NULL DEFAULT current_date,
    left_on date,
    weekly_hours numeric(4,1) NOT NULL DEFAULT 37.5 CHECK (weekly_hours > 0 AND weekly_hours <= 48),
    hourly_wage numeric(6,2),
    skills text[] NOT NULL DEFAULT '{}',
    is_active boolean NOT NULL DEFAULT true,
    updated_at timestamptz NOT NULL DEFAULT now(),
    CHECK (left_on IS NULL OR left_on >= hired_on),
    CONSTRAINT staff_active_check CHECK (NOT is_active OR left_on IS NULL)
);

COMMENT ON TABLE operations.staff IS 'Employees and volunteers.';
COMMENT ON COLUMN operations.staff.hourly_wage IS 'Null for salaried staff and volunteers.';

CREATE INDEX staff_home_branch_id_idx ON operations.staff (home_branch_id) WHERE is_active;
CREATE INDEX staff_skills_idx ON operations.staff USING gin (skills);

CREATE TRIGGER staff_set_updated_at BEFORE UPDATE ON operations.staff
    FOR EACH ROW EXECUTE FUNCTION public.set_updated_at();
CREATE TRIGGER staff_audit AFTER INSERT OR UPDATE OR DELETE ON operations.staff
    FOR EACH ROW EXECUTE FUNCTION public.write_audit_log();

CREATE FUNCTION operations.shift_is_valid(starts_at time, ends_at time, break_minutes integer) RETURNS boolean
    LANGUAGE sql IMMUTABLE
    RETURN ends_at > starts_at
       AND break_minutes >= 0
       AND ends_at - starts_at <= interval '10 hours'
       AND ends_at - starts_at > make_interval(mins => break_minutes);

COMMENT ON FUNCTION operations.shift_is_valid(time, time, integer) IS 'A shift lasts at most 10 hours and is longer than its break.';

CREATE TABLE operations.shifts (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    staff_id integer NOT NULL REFERENCES operations.staff (id) ON DELETE CASCADE,
    branch_id integer NOT NULL REFERENCES operations.branches (id) ON DELETE CASCADE,
    shift_date date NOT NULL,
    starts_at time NOT NULL,
    ends_at time NOT NULL,
    break_minutes smallint NOT NULL DEFAULT 30,
    desk varchar(20),
    CONSTRAINT shifts_times_check CHECK (operations.shift_is_valid(starts_at, ends_at, break_minutes)),
    UNIQUE (staff_id, shift_date, starts_at)
);

COMMENT ON TABLE operations.shifts IS 'The rota: who works where and when.';

CREATE INDEX shifts_branch_id_shift_date_idx ON operations.shifts (branch_id, shift_date);

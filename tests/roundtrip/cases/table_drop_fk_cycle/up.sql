-- schemac migration: up
-- 4 steps; hazards: access-exclusive-lock, deletes-data, irreversible-down

-- - table public.departments: drop constraint departments_manager_id_fkey before the tables it links [access-exclusive-lock]
ALTER TABLE public.departments DROP CONSTRAINT departments_manager_id_fkey;

-- - table public.employees: drop constraint employees_department_id_fkey before the tables it links [access-exclusive-lock]
ALTER TABLE public.employees DROP CONSTRAINT employees_department_id_fkey;

-- - table public.departments: drop table [deletes-data, access-exclusive-lock, irreversible-down]
DROP TABLE public.departments;

-- - table public.employees: drop table [deletes-data, access-exclusive-lock, irreversible-down]
DROP TABLE public.employees;

-- schemac migration: up
-- 4 steps; hazards: validates-constraint

-- + table public.departments: create table (3 columns, 1 constraint)
CREATE TABLE public.departments (
    id integer NOT NULL,
    name text NOT NULL,
    manager_id integer,
    CONSTRAINT departments_pkey PRIMARY KEY (id)
);

-- + table public.employees: create table (3 columns, 1 constraint)
CREATE TABLE public.employees (
    id integer NOT NULL,
    name text NOT NULL,
    department_id integer NOT NULL,
    CONSTRAINT employees_pkey PRIMARY KEY (id)
);

-- + table public.departments: add foreign key departments_manager_id_fkey [validates-constraint]
ALTER TABLE public.departments ADD CONSTRAINT departments_manager_id_fkey FOREIGN KEY (manager_id) REFERENCES public.employees(id);

-- + table public.employees: add foreign key employees_department_id_fkey [validates-constraint]
ALTER TABLE public.employees ADD CONSTRAINT employees_department_id_fkey FOREIGN KEY (department_id) REFERENCES public.departments(id);

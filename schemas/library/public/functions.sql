-- Helper functions used across schemas: trigger functions for updated_at
-- and the audit log, and the library's fiscal year.

CREATE FUNCTION public.set_updated_at() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
BEGIN
    NEW.updated_at := now();
    RETURN NEW;
END;
$$;

CREATE FUNCTION public.write_audit_log() RETURNS trigger
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path = pg_catalog, public
    AS $$
DECLARE
    v_old jsonb;
    v_new jsonb;
BEGIN
    IF TG_OP IN ('UPDATE', 'DELETE') THEN
        v_old := to_jsonb(OLD);
    END IF;
    IF TG_OP IN ('INSERT', 'UPDATE') THEN
        v_new := to_jsonb(NEW);
    END IF;
    INSERT INTO public.audit_log (table_schema, table_name, operation, row_key, old_row, new_row)
    VALUES (TG_TABLE_SCHEMA, TG_TABLE_NAME, TG_OP,
            coalesce(v_new ->> 'id', v_old ->> 'id'), v_old, v_new);
    RETURN NULL;
END;
$$;

CREATE FUNCTION public.fiscal_year(d date) RETURNS smallint
    LANGUAGE sql IMMUTABLE STRICT
    RETURN (extract(year FROM d) + CASE WHEN extract(month FROM d) >= 7 THEN 1 ELSE 0 END)::smallint;

COMMENT ON FUNCTION public.set_updated_at() IS 'BEFORE UPDATE trigger: stamps updated_at with the transaction time.';
COMMENT ON FUNCTION public.write_audit_log() IS 'AFTER row trigger: copies the old and new row into public.audit_log.';
COMMENT ON FUNCTION public.fiscal_year(date) IS 'Fiscal years run from 1 July; FY2025 starts on 2024-07-01.';

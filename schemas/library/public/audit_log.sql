-- The audit log written by public.write_audit_log(), and network-wide settings.

CREATE TABLE public.audit_log (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    table_schema name NOT NULL,
    table_name name NOT NULL,
    operation varchar(8) NOT NULL CHECK (operation IN ('INSERT', 'UPDATE', 'DELETE', 'TRUNCATE')),
    row_key text,
    old_row jsonb,
    new_row jsonb,
    changed_by text NOT NULL DEFAULT current_user,
    changed_at timestamptz NOT NULL DEFAULT now(),
    client_addr inet DEFAULT inet_client_addr()
);

COMMENT ON TABLE public.audit_log IS 'Append-only history of changes to audited tables.';
COMMENT ON COLUMN public.audit_log.row_key IS 'The id of the changed row, as text.';

CREATE INDEX audit_log_table_changed_at_idx ON public.audit_log (table_schema, table_name, changed_at DESC);
CREATE INDEX audit_log_row_key_idx ON public.audit_log (table_name, row_key) WHERE row_key IS NOT NULL;
CREATE INDEX audit_log_changed_at_brin ON public.audit_log USING brin (changed_at);

-- The log is append-only: updates and deletes of its rows do nothing.
CREATE RULE audit_log_no_update AS ON UPDATE TO public.audit_log DO INSTEAD NOTHING;
CREATE RULE audit_log_no_delete AS ON DELETE TO public.audit_log DO INSTEAD NOTHING;
COMMENT ON RULE audit_log_no_delete ON public.audit_log IS 'History is never deleted.';

CREATE TABLE public.library_settings (
    key varchar(64) PRIMARY KEY CHECK (key ~ '^[a-z][a-z0-9_.]*$'),
    value jsonb NOT NULL,
    description text,
    updated_at timestamptz NOT NULL DEFAULT now()
);

COMMENT ON TABLE public.library_settings IS 'Network-wide configuration, e.g. loan.grace_days or fines.currency.';

CREATE TRIGGER library_settings_set_updated_at BEFORE UPDATE ON public.library_settings
    FOR EACH ROW EXECUTE FUNCTION public.set_updated_at();

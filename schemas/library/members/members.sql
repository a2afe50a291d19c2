-- Members, their membership types, addresses and guardians of young members.

CREATE TYPE members.member_status AS ENUM ('active', 'suspended', 'expired', 'deceased', 'closed');

CREATE TABLE members.membership_types (
    code varchar(16) PRIMARY KEY CHECK (code ~ '^[a-z_]+$'),
    name public.nonempty_name NOT NULL,
    min_age smallint NOT NULL DEFAULT 0,
    max_age smallint,
    max_loans smallint NOT NULL DEFAULT 20 CHECK (max_loans >= 0),
    max_holds smallint NOT NULL DEFAULT 10 CHECK (max_holds >= 0),
    annual_fee public.money_amount,
    fines_exempt boolean NOT NULL DEFAULT false,
    CHECK (max_age IS NULL OR max_age > min_age)
);

COMMENT ON TABLE members.membership_types IS 'Kinds of membership (adult, child, senior, ...) and their limits.';

CREATE TABLE members.members (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    membership_type varchar(16) NOT NULL DEFAULT 'adult'
        REFERENCES members.membership_types (code) ON UPDATE CASCADE ON DELETE RESTRICT,
    home_branch_id integer NOT NULL REFERENCES operations.branches (id),
    first_name public.nonempty_name NOT NULL,
    last_name public.nonempty_name NOT NULL,
    birth_date date CHECK (birth_date > '1900-01-01'),
    email public.email,
    phone public.phone_number,
    status members.member_status NOT NULL DEFAULT 'active',
    joined_on date NOT NULL DEFAULT current_date,
    expires_on date NOT NULL DEFAULT (current_date + interval '1 year')::date,
    preferred_language char(3) REFERENCES catalog.languages (code) ON UPDATE CASCADE ON DELETE SET NULL,
    profile_is_public boolean NOT NULL DEFAULT false,
    interests text[] NOT NULL DEFAULT '{}',
    created_at timestamptz NOT NULL DEFAULT now(),
    updated_at timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT members_expiry_check CHECK (expires_on >= joined_on)
);

COMMENT ON TABLE members.members IS 'Registered library members; children are linked to guardians.';
COMMENT ON COLUMN members.members.home_branch_id IS 'Branch where the member registered; receives their letters.';
COMMENT ON COLUMN members.members.expires_on IS 'Membership must be renewed by this date to keep borrowing.';

CREATE UNIQUE INDEX members_lower_email_key ON members.members (lower(email)) WHERE status <> 'closed';
CREATE INDEX members_name_idx ON members.members (lower(last_name), lower(first_name));
CREATE INDEX members_home_branch_id_idx ON members.members (home_branch_id) WHERE status = 'active';
CREATE INDEX members_expires_on_idx ON members.members (expires_on);

CREATE TRIGGER members_set_updated_at BEFORE UPDATE ON members.members
    FOR EACH ROW EXECUTE FUNCTION public.set_updated_at();
CREATE TRIGGER members_audit AFTER INSERT OR UPDATE OR DELETE ON members.members
    FOR EACH ROW EXECUTE FUNCTION public.write_audit_log();

CREATE TABLE members.member_addresses (
    member_id bigint NOT NULL REFERENCES members.members (id) ON DELETE CASCADE,
    kind varchar(10) NOT NULL DEFAULT 'home' CHECK (kind IN ('home', 'postal', 'work')),
    line1 text NOT NULL,
    line2 text,
    postal_code varchar(12) NOT NULL,
    city varchar(100) NOT NULL,
    country_code char(2) NOT NULL DEFAULT 'GB',
    valid_from date NOT NULL DEFAULT current_date,
    PRIMARY KEY (member_id, kind)
);

COMMENT ON TABLE members.member_addresses IS 'At most one address of each kind per member.';

CREATE TABLE members.guardians (
    child_id bigint NOT NULL REFERENCES members.members (id) ON DELETE CASCADE,
    guardian_id bigint NOT NULL REFERENCES members.members (id) ON DELETE RESTRICT,
    relationship varchar(20) NOT NULL DEFAULT 'parent',
    consented_on date NOT NULL DEFAULT current_date,
    PRIMARY KEY (child_id, guardian_id),
    CHECK (child_id <> guardian_id)
);

COMMENT ON TABLE members.guardians IS 'Adults responsible for a child member''s loans and fines.';

CREATE INDEX guardians_guardian_id_idx ON members.guardians (guardian_id);

CREATE FUNCTION members.age_on(birth_date date, on_date date DEFAULT current_date) RETURNS integer
    LANGUAGE sql IMMUTABLE STRICT
BEGIN ATOMIC
    SELECT extract(year FROM age(on_date, birth_date))::integer;
END;

COMMENT ON FUNCTION members.age_on(date, date) IS 'Age in whole years on a given day (today by default).';

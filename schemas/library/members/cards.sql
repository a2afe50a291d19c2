-- Library cards. Card numbers are 14 digits starting with 2, the last one a
-- Luhn check digit; new cards get a random number by default.

CREATE FUNCTION members.luhn_check_digit(digits text) RETURNS integer
    LANGUAGE plpgsql IMMUTABLE STRICT
    AS $$
DECLARE
    n integer := length(digits);
    total integer := 0;
    d integer;
BEGIN
    FOR i IN 1..n LOOP
        d := substr(digits, n - i + 1, 1)::integer;
        IF i % 2 = 1 THEN
            d := d * 2;
            IF d > 9 THEN
                d := d - 9;
            END IF;
        END IF;
        total := total + d;
    END LOOP;
    RETURN (10 - total % 10) % 10;
END;
$$;

CREATE FUNCTION members.card_number_is_valid(card_number text) RETURNS boolean
    LANGUAGE sql IMMUTABLE STRICT
    RETURN CASE WHEN card_number !~ '^2[0-9]{13}$' THEN false
                ELSE members.luhn_check_digit(left(card_number, 13)) = right(card_number, 1)::integer END;

CREATE FUNCTION members.generate_card_number() RETURNS text
    LANGUAGE plpgsql VOLATILE
    AS $$
DECLARE
    payload text := '2' || lpad(floor(random() * 1e12)::bigint::text, 12, '0');
BEGIN
    RETURN payload || members.luhn_check_digit(payload)::text;
END;
$$;

COMMENT ON FUNCTION members.luhn_check_digit(text) IS 'Luhn (mod 10) check digit of a string of digits.';
COMMENT ON FUNCTION members.generate_card_number() IS 'A random valid card number; the unique index catches the rare clash.';

CREATE TABLE members.cards (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    member_id bigint NOT NULL REFERENCES members.members (id) ON DELETE CASCADE,
    card_number varchar(14) NOT NULL DEFAULT members.generate_card_number() UNIQUE
        CONSTRAINT cards_card_number_valid CHECK (members.card_number_is_valid(card_number)),
    issued_on date NOT NULL DEFAULT current_date,
    expires_on date,
    is_active boolean NOT NULL DEFAULT true,
    blocked_reason text,
    pin_hash text,
    CHECK (expires_on IS NULL OR expires_on > issued_on),
    CONSTRAINT cards_blocked_check CHECK (blocked_reason IS NULL OR NOT is_active)
);

COMMENT ON TABLE members.cards IS 'Cards issued to members; lost cards are deactivated and replaced.';
COMMENT ON COLUMN members.cards.pin_hash IS 'crypt() hash of the self-service PIN.';

CREATE UNIQUE INDEX cards_one_active_per_member_key ON members.cards (member_id) WHERE is_active;

-- Branches of the network, their opening hours, rooms and room bookings.

CREATE TABLE operations.branches (
    id integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    code varchar(8) NOT NULL UNIQUE CHECK (code ~ '^[A-Z0-9]{2,8}$'),
    name public.nonempty_name NOT NULL UNIQUE,
    address text NOT NULL,
    postal_code varchar(12),
    city varchar(100) NOT NULL,
    phone public.phone_number,
    email public.email,
    manager_id integer,
    opened_on date,
    is_central boolean NOT NULL DEFAULT false,
    latitude numeric(9,6) CHECK (latitude BETWEEN -90 AND 90),
    longitude numeric(9,6) CHECK (longitude BETWEEN -180 AND 180),
    facilities text[] NOT NULL DEFAULT '{}'
);

COMMENT ON TABLE operations.branches IS 'Library branches; exactly one is the central library.';
COMMENT ON COLUMN operations.branches.facilities IS 'E.g. {wifi,printing,makerspace,parking}.';

CREATE UNIQUE INDEX branches_one_central_key ON operations.branches (is_central) WHERE is_central;

-- Branches and staff point at each other, so this key is added separately.
ALTER TABLE operations.branches
    ADD CONSTRAINT branches_manager_id_fkey FOREIGN KEY (manager_id)
        REFERENCES operations.staff (id) ON DELETE SET NULL;

-- Where a branch is, as one value.
CREATE FUNCTION operations.branch_location(branch operations.branches) RETURNS public.geo_point
    LANGUAGE sql STABLE
    RETURN ROW(branch.latitude, branch.longitude)::public.geo_point;

CREATE TABLE operations.opening_hours (
    branch_id integer NOT NULL REFERENCES operations.branches (id) ON DELETE CASCADE,
    weekday smallint NOT NULL CHECK (weekday BETWEEN 1 AND 7),
    opens_at time NOT NULL,
    closes_at time NOT NULL,
    PRIMARY KEY (branch_id, weekday),
    CONSTRAINT opening_hours_order_check CHECK (closes_at > opens_at)
);

COMMENT ON COLUMN operations.opening_hours.weekday IS 'ISO day of the week: 1 = Monday, 7 = Sunday.';

CREATE TABLE operations.rooms (
    id integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    branch_id integer NOT NULL REFERENCES operations.branches (id) ON DELETE CASCADE,
    name public.nonempty_name NOT NULL,
    capacity smallint NOT NULL CHECK (capacity > 0),
    equipment text[] NOT NULL DEFAULT '{}',
    hourly_rate public.money_amount,
    is_bookable boolean NOT NULL DEFAULT true,
    UNIQUE (branch_id, name)
);

COMMENT ON TABLE operations.rooms IS 'Meeting and study rooms members and staff can book.';

CREATE TABLE operations.room_bookings (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    room_id integer NOT NULL REFERENCES operations.rooms (id) ON DELETE CASCADE,
    member_id bigint REFERENCES members.members (id) ON DELETE SET NULL,
    event_id bigint REFERENCES operations.events (id) ON DELETE CASCADE,
    booked_by integer REFERENCES operations.staff (id) ON DELETE SET NULL,
    starts_at timestamptz NOT NULL,
    ends_at timestamptz NOT NULL,
    attendees smallint CHECK (attendees > 0),
    purpose text,
    status varchar(10) NOT NULL DEFAULT 'confirmed' CHECK (status IN ('tentative', 'confirmed', 'cancelled')),
    fee public.money_amount,
    created_at timestamptz NOT NULL DEFAULT now(),
    updated_at timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT room_bookings_period_check CHECK (ends_at > starts_at),
    CONSTRAINT room_bookings_booker_check CHECK (num_nonnulls(member_id, event_id, booked_by) >= 1)
);

COMMENT ON TABLE operations.room_bookings IS 'Room reservations; a trigger refuses overlapping bookings of one room.';

CREATE INDEX room_bookings_room_id_starts_at_idx ON operations.room_bookings (room_id, starts_at)
    WHERE status <> 'cancelled';
CREATE INDEX room_bookings_member_id_idx ON operations.room_bookings (member_id) WHERE member_id IS NOT NULL;

CREATE FUNCTION operations.check_room_booking_overlap() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
BEGIN
    IF NEW.status <> 'cancelled' AND EXISTS (
        SELECT 1
          FROM operations.room_bookings AS b
         WHERE b.room_id = NEW.room_id
           AND b.id <> NEW.id
           AND b.status <> 'cancelled'
           AND b.starts_at < NEW.ends_at
           AND NEW.starts_at < b.ends_at) THEN
        RAISE EXCEPTION 'room % is already booked between % and %', NEW.room_id, NEW.starts_at, NEW.ends_at
            USING ERRCODE = 'exclusion_violation';
    END IF;
    RETURN NEW;
END;
$$;

CREATE TRIGGER room_bookings_no_overlap
    BEFORE INSERT OR UPDATE OF room_id, starts_at, ends_at, status ON operations.room_bookings
    FOR EACH ROW EXECUTE FUNCTION operations.check_room_booking_overlap();
CREATE TRIGGER room_bookings_set_updated_at BEFORE UPDATE ON operations.room_bookings
    FOR EACH ROW EXECUTE FUNCTION public.set_updated_at();

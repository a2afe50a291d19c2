-- Public events (author talks, story time, workshops) and registrations.

CREATE TABLE operations.events (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    branch_id integer NOT NULL REFERENCES operations.branches (id) ON DELETE CASCADE,
    title public.nonempty_name NOT NULL,
    description text,
    audience varchar(12) NOT NULL DEFAULT 'all'
        CHECK (audience IN ('children', 'teens', 'adults', 'seniors', 'all')),
    starts_at timestamptz NOT NULL,
    ends_at timestamptz NOT NULL,
    capacity smallint CHECK (capacity > 0),
    ages public.age_band,
    ticket_price public.money_amount,
    host_staff_id integer REFERENCES operations.staff (id) ON DELETE SET NULL,
    featured_work_id bigint REFERENCES catalog.works (id) ON DELETE SET NULL,
    tags text[] NOT NULL DEFAULT '{}',
    is_cancelled boolean NOT NULL DEFAULT false,
    CHECK (ends_at > starts_at)
);

COMMENT ON TABLE operations.events IS 'Events open to the public; capacity null means unlimited.';

CREATE INDEX events_upcoming_idx ON operations.events (branch_id, starts_at) WHERE NOT is_cancelled;
CREATE INDEX events_tags_idx ON operations.events USING gin (tags);

CREATE TABLE operations.event_registrations (
    event_id bigint NOT NULL REFERENCES operations.events (id) ON DELETE CASCADE,
    member_id bigint NOT NULL REFERENCES members.members (id) ON DELETE CASCADE,
    seats smallint NOT NULL DEFAULT 1 CHECK (seats BETWEEN 1 AND 6),
    registered_at timestamptz NOT NULL DEFAULT now(),
    waitlisted boolean NOT NULL DEFAULT false,
    attended boolean,
    PRIMARY KEY (event_id, member_id)
);

CREATE INDEX event_registrations_member_id_idx ON operations.event_registrations (member_id);

CREATE FUNCTION operations.event_seats_left(p_event_id bigint) RETURNS integer
    LANGUAGE sql STABLE STRICT
    AS $$
    SELECT e.capacity - coalesce(sum(r.seats) FILTER (WHERE NOT r.waitlisted), 0)::integer
      FROM operations.events AS e
      LEFT JOIN operations.event_registrations AS r ON r.event_id = e.id
     WHERE e.id = p_event_id
     GROUP BY e.id
$$;

COMMENT ON FUNCTION operations.event_seats_left(bigint) IS 'Seats still free; null for events without a capacity.';

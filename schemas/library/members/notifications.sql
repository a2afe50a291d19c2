-- Notifications sent to members, and the channels they want them on.

CREATE TYPE members.notification_channel AS ENUM ('email', 'sms', 'push', 'letter');

CREATE TABLE members.notification_preferences (
    member_id bigint NOT NULL REFERENCES members.members (id) ON DELETE CASCADE,
    topic varchar(30) NOT NULL
        CHECK (topic IN ('due_soon', 'overdue', 'hold_ready', 'events', 'newsletter')),
    channel members.notification_channel NOT NULL,
    enabled boolean NOT NULL DEFAULT true,
    PRIMARY KEY (member_id, topic, channel)
);

CREATE TABLE members.notifications (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    member_id bigint NOT NULL REFERENCES members.members (id) ON DELETE CASCADE,
    channel members.notification_channel NOT NULL DEFAULT 'email',
    topic varchar(30) NOT NULL,
    subject varchar(200) NOT NULL,
    body text NOT NULL,
    payload jsonb NOT NULL DEFAULT '{}',
    loan_id bigint REFERENCES circulation.loans (id) ON DELETE SET NULL,
    hold_id bigint REFERENCES circulation.holds (id) ON DELETE SET NULL,
    queued_at timestamptz NOT NULL DEFAULT now(),
    sent_at timestamptz,
    failed_attempts smallint NOT NULL DEFAULT 0 CHECK (failed_attempts BETWEEN 0 AND 10),
    CHECK (sent_at IS NULL OR sent_at >= queued_at)
);

COMMENT ON TABLE members.notifications IS 'Outgoing messages; a worker sends those with sent_at null.';

CREATE INDEX notifications_unsent_idx ON members.notifications (queued_at) WHERE sent_at IS NULL;
CREATE INDEX notifications_member_id_queued_at_idx ON members.notifications (member_id, queued_at DESC);

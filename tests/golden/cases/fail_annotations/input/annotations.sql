-- Annotations on the lines before a column say how to convert it; each must be one expression.
CREATE TABLE public.events (
    id integer PRIMARY KEY, -- schemac:using id::bigint
    -- schemac:usng to_timestamp(created)
    -- schemac:using
    -- schemac:using to_timestamp(created); DROP TABLE public.events
    -- schemac:using (created
    -- schemac:down-using created) + 1
    -- schemac:down-using created -- a comment
    -- schemac:down-using 'unterminated
    -- schemac:using to_timestamp(created)
    -- schemac:using to_timestamp(created)
    created timestamp with time zone NOT NULL
);

-- PostgreSQL 15 switches the sequences a table owns along with the table.
CREATE UNLOGGED SEQUENCE public.job_queue_attempt_seq AS integer;

CREATE UNLOGGED TABLE public.job_queue (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    attempt integer NOT NULL DEFAULT nextval('public.job_queue_attempt_seq'),
    payload text NOT NULL
);

ALTER SEQUENCE public.job_queue_attempt_seq OWNED BY public.job_queue.attempt;

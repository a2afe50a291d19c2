CREATE TABLE public.rooms (
    building text NOT NULL,
    number integer NOT NULL,
    PRIMARY KEY (building, number)
);

CREATE TABLE public.bookings (
    id integer PRIMARY KEY,
    building text,
    room_number integer,
    CONSTRAINT bookings_room_fkey FOREIGN KEY (building, room_number) REFERENCES public.rooms
);

-- tables
CREATE TABLE public.a_table_name_that_is_quite_long_and_goes_on_and_on_for_a_while (
    a_column_name_that_is_also_long_enough_to_need_truncation_here integer NOT NULL,
    second_column_with_a_long_name_that_needs_cutting_down_as_well integer,
    third integer,
    CONSTRAINT a_table_name_that_is_quite_lo_second_column_with_a_long_nam_key UNIQUE (second_column_with_a_long_name_that_needs_cutting_down_as_well),
    CONSTRAINT a_table_name_that_is_quite_long_and_goes_on_and_on__third_check CHECK (third > 0),
    CONSTRAINT a_table_name_that_is_quite_long_and_goes_on_and_on_for_a_w_pkey PRIMARY KEY (a_column_name_that_is_also_long_enough_to_need_truncation_here)
);
CREATE TABLE public.a_table_whose_name_is_exactly_longer_than_sixty_three_bytes_yes (
    id integer
);
CREATE TABLE public."café_ñandú_ünïcödé_names_that_need_character_boundaries_" (
    "é" integer NOT NULL,
    CONSTRAINT "café_ñandú_ünïcödé_names_that_need_character_bounda_pkey" PRIMARY KEY ("é")
);

-- indexes
CREATE INDEX a_table_name_that_is_quite_long_and_goes_on_and_on_fo_third_idx ON public.a_table_name_that_is_quite_long_and_goes_on_and_on_for_a_while USING btree (third);

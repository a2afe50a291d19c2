-- Names longer than 63 bytes are truncated, and generated names are shortened to fit.
CREATE TABLE a_table_name_that_is_quite_long_and_goes_on_and_on_for_a_while (
    a_column_name_that_is_also_long_enough_to_need_truncation_here integer PRIMARY KEY,
    second_column_with_a_long_name_that_needs_cutting_down_as_well integer UNIQUE,
    third integer CHECK (third > 0)
);
CREATE INDEX ON a_table_name_that_is_quite_long_and_goes_on_and_on_for_a_while (third);
CREATE TABLE "a_table_whose_name_is_exactly_longer_than_sixty_three_bytes_yes_it_is" (id integer);
CREATE TABLE café_ñandú_ünïcödé_names_that_need_character_boundaries_é (é integer PRIMARY KEY);

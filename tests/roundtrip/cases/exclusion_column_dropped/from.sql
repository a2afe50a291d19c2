CREATE TABLE slots (id integer PRIMARY KEY, during int4range, spare int4range,
                    EXCLUDE USING gist (during WITH &&), EXCLUDE USING gist (spare WITH &&));

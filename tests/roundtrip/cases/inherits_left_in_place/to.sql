-- Parents change in place: NO INHERIT first, INHERIT last, and the rows stay. item keeps base
-- (whose id changes type, reaching it) and leaves tagged, keeping the column and the check it had
-- from it; orphan leaves gone, which goes, and drops what it had from it; heir leaves it too,
-- keeping its column and dropping the checks it had from gone and from gone's parent, grand;
-- swapped takes its parents in the other order.
CREATE TABLE base (id int NOT NULL, note text, CHECK (id > 0));
CREATE TABLE tagged (tag text, CHECK (tag <> ''));
CREATE TABLE item (qty int, tag text, CONSTRAINT tagged_tag_check CHECK (tag <> '')) INHERITS (base);
CREATE TABLE grand (g int, CONSTRAINT grand_g_check CHECK (g < 100));
CREATE TABLE orphan (own int);
CREATE TABLE heir (g int);
CREATE TABLE swapped (
    size int,
    CONSTRAINT base_id_check CHECK (id > 0),
    CONSTRAINT tagged_tag_check CHECK (tag <> '')
) INHERITS (tagged, base);

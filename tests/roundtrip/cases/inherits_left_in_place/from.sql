CREATE TABLE base (id bigint NOT NULL, note text, CHECK (id > 0));
CREATE TABLE tagged (tag text, CHECK (tag <> ''));
CREATE TABLE grand (g int, CONSTRAINT grand_g_check CHECK (g < 100));
CREATE TABLE gone (CHECK (g > 0)) INHERITS (grand);
CREATE TABLE item (qty int, CONSTRAINT tagged_tag_check CHECK (tag <> '')) INHERITS (base, tagged);
CREATE TABLE orphan (
    own int,
    CONSTRAINT gone_g_check CHECK (g > 0),
    CONSTRAINT grand_g_check CHECK (g < 100)
) INHERITS (gone);
CREATE TABLE heir () INHERITS (gone);
CREATE TABLE swapped (
    size int,
    CONSTRAINT base_id_check CHECK (id > 0),
    CONSTRAINT tagged_tag_check CHECK (tag <> '')
) INHERITS (base, tagged);

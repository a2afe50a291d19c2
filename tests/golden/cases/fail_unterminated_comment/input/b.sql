CREATE TABLE u (b text DEFAULT $x$ never closed $y$);

// Large generated schemas for the tests of normalisation at scale.
#pragma once

#include <string>

#include <fmt/format.h>

namespace schemac::testing {

// ManyTables declares tables app.t<from> .. app.t<to - 1> (schema app is not declared), each
// with an identity key, a check, defaults, a foreign key to the one before, an expression index
// with a predicate and a comment.
inline std::string ManyTables(int from, int to) {
  std::string sql;
  for (int i = from; i < to; ++i) {
    sql += fmt::format(
        "CREATE TABLE app.t{0} (\n    id integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY,\n"
        "    name varchar(40) NOT NULL DEFAULT 'unnamed' CHECK (name <> ''),\n"
        "    amount numeric(12,2) DEFAULT 0.00,\n    created_at timestamptz DEFAULT now(),\n"
        "    parent_id integer{1}\n);\n"
        "CREATE INDEX t{0}_name_idx ON app.t{0} (lower(name)) WHERE amount > 0;\n"
        "COMMENT ON TABLE app.t{0} IS 'table number {0}';\n",
        i, i == 0 ? "" : fmt::format(" REFERENCES app.t{}", i - 1));
  }
  return sql;
}

}  // namespace schemac::testing

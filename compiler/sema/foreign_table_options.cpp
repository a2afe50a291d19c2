// ALTER FOREIGN TABLE ... [ALTER COLUMN name] OPTIONS (ADD | SET | DROP ...): the options a
// foreign table, or one of its columns, gives its wrapper from then on, as pg_dump writes a
// column's options after the table.
#include <fmt/format.h>

#include "compiler.h"

namespace schemac::sema {

void Compiler::AlterGenericOptions(catalog::Table& table, const ast::AlterTableAction& action) {
  bool on_column = !action.column_name.name.empty();
  if (!table.foreign) {
    sink_.Error("not-applicable", action.range,
                fmt::format("\"{}\" is not a foreign table: OPTIONS (...) are a foreign table's, "
                            "or its columns', for its foreign-data wrapper",
                            table.name.Text()));
    return;
  }
  if (on_column && !CheckColumnsExist(table, {action.column_name})) {
    return;
  }
  catalog::GenericOptions& options =
      on_column ? table.FindColumn(action.column_name.name)->options : table.foreign->options;
  std::string owner =
      on_column ? fmt::format("column \"{}\" of \"{}\"", action.column_name.name, table.name.Text())
                : fmt::format("foreign table \"{}\"", table.name.Text());
  using Kind = ast::GenericOptionChange::Kind;
  for (const ast::GenericOptionChange& change : action.generic_options) {
    const std::string& name = change.name.name;
    bool given = options.count(name) > 0;
    if (change.kind == Kind::kAdd && given) {
      sink_.Error("duplicate-option", change.name.range,
                  fmt::format("option \"{}\" of {} is given already; write SET {} to change it",
                              name, owner, name));
    } else if (change.kind != Kind::kAdd && !given) {
      sink_.Error("unknown-option", change.name.range,
                  fmt::format("option \"{}\" of {} is not given, so it cannot be {}; write ADD "
                              "{} to give it",
                              name, owner, change.kind == Kind::kSet ? "set" : "dropped", name));
    } else if (change.kind == Kind::kDrop) {
      options.erase(name);
    } else {
      options[name] = change.value;
    }
  }
}

}  // namespace schemac::sema

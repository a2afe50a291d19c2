// SET STORAGE, SET COMPRESSION and SET STATISTICS of a column, with what PostgreSQL does to the
// partitions of a partitioned table and the tables that inherit from a table: ALTER TABLE
// without ONLY changes those that exist then; one created later (PARTITION OF, INHERITS) copies
// its parent's storage and compression (not its statistics target); a table attached later keeps
// its own. And SET DEFAULT and DROP
// DEFAULT without ONLY, which reach the tables that inherit the column and the partitions.
#include <algorithm>
#include <string>
#include <tuple>

#include "compiler.h"

namespace schemac::sema {
namespace {

// Before says whether `a` comes before `b` in the order the files are read (sorted paths, then
// lines and columns).
bool Before(const base::SourceRange& a, const base::SourceRange& b) {
  if (!a.valid() || !b.valid()) {
    return false;
  }
  return std::make_tuple(a.file->path(), a.line, a.column) <
         std::make_tuple(b.file->path(), b.line, b.column);
}

}  // namespace

template <typename Settings>
void Compiler::SetColumnSetting(Settings& column, const ast::AlterTableAction& action) {
  switch (action.kind) {
    case ast::AlterTableActionKind::kSetStorage:
      // The type's own storage is unknown here: the scratch database says whether this is it.
      column.storage = action.value;
      break;
    case ast::AlterTableActionKind::kSetCompression:
      column.compression =
          action.value == "default" ? std::nullopt : std::optional<std::string>(action.value);
      break;
    default: {
      int target = std::stoi(action.value);
      column.statistics = target < 0 ? std::nullopt : std::optional<int>(target);
      break;
    }
  }
}

template void Compiler::SetColumnSetting(catalog::Column&, const ast::AlterTableAction&);
template void Compiler::SetColumnSetting(catalog::ColumnSettings&, const ast::AlterTableAction&);

void Compiler::SetColumnOption(catalog::Table& table, const ast::AlterTableAction& action,
                               bool only) {
  SetColumnSetting(*table.FindColumn(action.column_name.name), action);
  bool copied = action.kind != ast::AlterTableActionKind::kSetStatistics;
  for (auto& [name, child] : catalog_.tables) {
    bool of =
        (child.partition_of && *child.partition_of == table.name) ||
        std::find(child.inherits.begin(), child.inherits.end(), table.name) != child.inherits.end();
    if (!of) {
      continue;
    }
    bool existed = Before(child.origin.range, action.range);
    if (child.FindColumn(action.column_name.name) == nullptr ||
        (existed ? only : (!copied || child.attached.value))) {
      continue;
    }
    SetColumnOption(child, action, only);
  }
}

void Compiler::DefaultToDescendants(const catalog::Table& table, const catalog::Column& column,
                                    const base::SourceRange& range) {
  for (auto& [name, child] : catalog_.tables) {
    bool of =
        (child.partition_of && *child.partition_of == table.name) ||
        std::find(child.inherits.begin(), child.inherits.end(), table.name) != child.inherits.end();
    catalog::Column* same = of ? child.FindColumn(column.name) : nullptr;
    // A table there before the statement takes the default with it; one created after copies
    // it, unless it gives the column a default of its own.
    if (same == nullptr || same->identity || same->generated_expression ||
        (!Before(child.origin.range, range) && !same->default_written.text.empty())) {
      continue;
    }
    same->default_expression = column.default_expression;
    same->default_written = column.default_written;
    DefaultToDescendants(child, *same, range);
  }
}

}  // namespace schemac::sema

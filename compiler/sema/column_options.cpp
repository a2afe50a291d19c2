// SET STORAGE, SET COMPRESSION and SET STATISTICS of a column, with what PostgreSQL does to the
// partitions of a partitioned table: ALTER TABLE without ONLY changes the partitions that exist
// then; a partition created later with PARTITION OF copies its parent's storage and compression
// (not its statistics target); a table attached later keeps its own.
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
  if (!table.partition_by) {
    return;
  }
  bool copied = action.kind != ast::AlterTableActionKind::kSetStatistics;
  for (auto& [name, partition] : catalog_.tables) {
    if (!partition.partition_of || *partition.partition_of != table.name) {
      continue;
    }
    bool existed = Before(partition.origin.range, action.range);
    if (partition.FindColumn(action.column_name.name) == nullptr ||
        (existed ? only : (!copied || partition.attached.value))) {
      continue;
    }
    SetColumnOption(partition, action, only);
  }
}

}  // namespace schemac::sema

// v2: the changes a team makes between two releases. About 2% of the tables get one or two
// changes (add, drop or retype a column, change a default, add or drop an index, add a check, drop
// a foreign key, change a comment); a few tables are added and dropped; enums get new values.
#include <algorithm>
#include <numeric>
#include <set>

#include <fmt/format.h>

#include "generator.h"

namespace schemac::bench {
namespace {

bool HasColumn(const Table& table, const std::string& name) {
  return std::any_of(table.columns.begin(), table.columns.end(),
                     [&name](const Column& column) { return column.name == name; });
}

const ColumnKind* KindOf(const Column& column) {
  return column.kind < 0 ? nullptr : &ColumnKinds()[static_cast<size_t>(column.kind)];
}

// The positions of the columns that satisfy `wanted`.
template <typename Predicate>
std::vector<size_t> Candidates(const Table& table, Predicate wanted) {
  std::vector<size_t> found;
  for (size_t i = 0; i < table.columns.size(); ++i) {
    const ColumnKind* kind = KindOf(table.columns[i]);
    if (kind != nullptr && wanted(table.columns[i], *kind)) {
      found.push_back(i);
    }
  }
  return found;
}

}  // namespace

bool Generator::AddColumn(Table& table) {
  const std::vector<ColumnKind>& kinds = ColumnKinds();
  for (int attempt = 0; attempt < 10; ++attempt) {
    const size_t k = random_.Index(kinds.size());
    if (HasColumn(table, kinds[k].name)) {
      continue;
    }
    Column column;
    column.name = kinds[k].name;
    column.type = kinds[k].type;
    column.kind = static_cast<int>(k);
    if (*kinds[k].default_value != '\0' && random_.Percent(50)) {
      column.not_null = true;
      column.default_value = kinds[k].default_value;
    }
    if (random_.Percent(20)) {
      column.comment = "Added in release 2.";
    }
    column.used = true;  // not changed again
    table.columns.push_back(column);
    return true;
  }
  return false;
}

bool Generator::DropColumn(Table& table) {
  const std::vector<size_t> found = Candidates(table, [](const Column& column, const ColumnKind&) {
    return !column.used && !column.in_view;
  });
  if (found.empty()) {
    return false;
  }
  table.columns.erase(table.columns.begin() +
                      static_cast<long>(found[random_.Index(found.size())]));
  return true;
}

bool Generator::ChangeType(Table& table) {
  const std::vector<size_t> found =
      Candidates(table, [](const Column& column, const ColumnKind& kind) {
        return !column.used && *kind.widened != '\0' && column.type != kind.widened;
      });
  if (found.empty()) {
    return false;
  }
  Column& column = table.columns[found[random_.Index(found.size())]];
  column.type = KindOf(column)->widened;
  column.used = true;
  return true;
}

bool Generator::ChangeDefault(Table& table) {
  const std::vector<size_t> found =
      Candidates(table, [](const Column& column, const ColumnKind& kind) {
        return !column.used && *kind.other_default != '\0' &&
               column.default_value != kind.other_default;
      });
  if (found.empty()) {
    return false;
  }
  Column& column = table.columns[found[random_.Index(found.size())]];
  column.default_value = KindOf(column)->other_default;
  column.used = true;
  return true;
}

bool Generator::AddIndex(Table& table) {
  const std::vector<size_t> found =
      Candidates(table, [&table](const Column& column, const ColumnKind& kind) {
        return std::string_view(kind.type) != "json" &&
               std::none_of(table.indexes.begin(), table.indexes.end(),
                            [&column](const Index& index) { return index.keys == column.name; });
      });
  if (found.empty()) {
    return false;
  }
  Column& column = table.columns[found[random_.Index(found.size())]];
  Index index;
  index.name = ClaimUnique(table.schema, table.name + "_" + column.name, "idx");
  index.keys = column.name;
  if (random_.Percent(30)) {
    index.comment = "Added in release 2 for the new search screen.";
  }
  column.used = true;
  table.indexes.push_back(index);
  return true;
}

bool Generator::DropIndex(Table& table) {
  if (table.indexes.empty()) {
    return false;
  }
  table.indexes.erase(table.indexes.begin() +
                      static_cast<long>(random_.Index(table.indexes.size())));
  return true;
}

bool Generator::AddCheck(Table& table) {
  const std::vector<size_t> found =
      Candidates(table, [](const Column& column, const ColumnKind& kind) {
        return !column.used && kind.use == Use::kNumber;
      });
  if (found.empty()) {
    return false;
  }
  Column& column = table.columns[found[random_.Index(found.size())]];
  table.checks.push_back({ClaimUnique(table.schema, table.name + "_" + column.name, "check"),
                          column.name + " >= 0", ""});
  column.used = true;
  return true;
}

bool Generator::DropForeignKey(Table& table) {
  if (table.foreign_keys.empty()) {
    return false;
  }
  // The target keeps its count of references, so that it is never one of the dropped tables.
  table.foreign_keys.erase(table.foreign_keys.begin() +
                           static_cast<long>(random_.Index(table.foreign_keys.size())));
  return true;
}

bool Generator::ChangeComment(Table& table) {
  table.comment = table.comment.empty()
                      ? fmt::format("Documented in release 2: see the {} runbook.", table.schema)
                      : table.comment + " Retention: 7 years.";
  return true;
}

ChangeSummary Generator::ApplyChanges(Model& model) {
  ChangeSummary summary;
  const size_t existing = model.tables.size();
  const size_t touched = std::max<size_t>(1, existing * 2 / 100);
  std::vector<size_t> order(existing);
  std::iota(order.begin(), order.end(), size_t{0});
  for (size_t i = 0; i < touched; ++i) {
    std::swap(order[i], order[static_cast<size_t>(random_.Between(
                            static_cast<int64_t>(i), static_cast<int64_t>(existing) - 1))]);
  }
  const std::set<size_t> touched_tables(order.begin(), order.begin() + static_cast<long>(touched));
  constexpr size_t kKinds = 10;
  for (size_t table_index : touched_tables) {
    Table& table = model.tables[table_index];
    const int changes = random_.Percent(25) ? 2 : 1;
    bool changed = false;
    for (int c = 0; c < changes; ++c) {
      const size_t start = random_.Index(kKinds);
      for (size_t k = 0; k < kKinds; ++k) {
        bool done = false;
        int* counter = nullptr;
        switch ((start + k) % kKinds) {
          case 0:
          case 1:  // adding a column is the most common change
            done = AddColumn(table);
            counter = &summary.columns_added;
            break;
          case 2:
            done = DropColumn(table);
            counter = &summary.columns_dropped;
            break;
          case 3:
            done = ChangeType(table);
            counter = &summary.types_changed;
            break;
          case 4:
            done = ChangeDefault(table);
            counter = &summary.defaults_changed;
            break;
          case 5:
            done = AddIndex(table);
            counter = &summary.indexes_added;
            break;
          case 6:
            done = DropIndex(table);
            counter = &summary.indexes_dropped;
            break;
          case 7:
            done = AddCheck(table);
            counter = &summary.checks_added;
            break;
          case 8:
            done = DropForeignKey(table);
            counter = &summary.foreign_keys_dropped;
            break;
          default:
            done = ChangeComment(table);
            counter = &summary.comments_changed;
            break;
        }
        if (done) {
          ++*counter;
          changed = true;
          break;
        }
      }
    }
    summary.tables_touched += changed ? 1 : 0;
  }
  // Enum types get a new value at the end.
  const size_t enum_changes = std::max<size_t>(1, model.schemas.size() / 3);
  for (size_t i = 0; i < enum_changes && !model.enums.empty(); ++i) {
    Enum& type = model.enums[random_.Index(model.enums.size())];
    const std::string label = NextEnumLabel(type);
    if (!label.empty()) {
      type.labels.push_back(label);
      ++summary.enum_values_added;
    }
  }
  // New tables, at the end of their schema's last file.
  const size_t added = std::max<size_t>(1, existing / 500);
  for (size_t i = 0; i < added; ++i) {
    const size_t schema_index = random_.Index(model.schemas.size());
    Schema& schema = model.schemas[schema_index];
    schema.files = std::max(schema.files, 1);
    AddTable(model, schema_index, schema.files);
    ++summary.tables_added;
  }
  // Dropped tables: untouched ones that nothing references and that own no sequence.
  const size_t dropped = std::max<size_t>(1, existing / 2500);
  std::set<size_t> drop;
  for (int attempt = 0; attempt < 1000 && drop.size() < dropped; ++attempt) {
    const size_t candidate = random_.Index(existing);
    const Table& table = model.tables[candidate];
    if (table.referenced_by == 0 && !table.owns_sequence && !table.has_view &&
        touched_tables.count(candidate) == 0) {
      drop.insert(candidate);
    }
  }
  for (auto it = drop.rbegin(); it != drop.rend(); ++it) {
    model.tables.erase(model.tables.begin() + static_cast<long>(*it));
    ++summary.tables_dropped;
  }
  return summary;
}

}  // namespace schemac::bench

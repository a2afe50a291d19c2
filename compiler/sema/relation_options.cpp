// SET | RESET (storage parameters) of a table, view, materialized view or index, and SET LOGGED
// | UNLOGGED of a table, as ALTER statements in the files give them: the catalog takes them as
// if the CREATE statement had said so, and the server checks the parameters in the scratch
// database.
#include <fmt/format.h>

#include "compiler.h"

namespace schemac::sema {

void Compiler::SetOptions(catalog::StorageOptions& options,
                          const std::vector<ast::StorageOption>& given, bool reset) {
  for (const ast::StorageOption& option : given) {
    if (reset) {
      options.erase(option.name);
    } else {
      options[option.name] = option.value;
    }
  }
}

void Compiler::SetRelationOptions(catalog::Table& table, const ast::AlterTableAction& action) {
  if (table.foreign) {
    sink_.Error("not-applicable", action.range,
                fmt::format("\"{}\" is a foreign table, which has no storage parameters",
                            table.name.Text()));
    return;
  }
  SetOptions(table.options, action.options, action.reset);
}

void Compiler::SetPersistence(catalog::Table& table, const ast::AlterTableAction& action) {
  if (table.foreign) {
    sink_.Error("not-applicable", action.range,
                fmt::format("\"{}\" is a foreign table, which is neither logged nor unlogged",
                            table.name.Text()));
    return;
  }
  if (table.partition_by && action.on) {
    // PostgreSQL 15 accepts the statement and changes nothing: the table stays logged.
    sink_.Warning("no-effect", action.range,
                  fmt::format("SET UNLOGGED has no effect on partitioned table \"{}\", which has "
                              "no storage of its own; set it on its partitions",
                              table.name.Text()));
    return;
  }
  table.unlogged = action.on;
  // The sequences the table owns (its identity and serial columns') follow it.
  for (auto& [name, sequence] : catalog_.sequences) {
    if (sequence.owned_by && sequence.owned_by->table == table.name) {
      sequence.unlogged = action.on;
    }
  }
}

void Compiler::SetIndexOptions(const ast::AlterIndex& statement) {
  std::optional<catalog::QualifiedName> name = Qualify(statement.index, NameUse::kRelation);
  if (!name) {
    return;
  }
  // PostgreSQL 15 cannot change the storage parameters of a partitioned index.
  auto partitioned = [&](const catalog::QualifiedName& table) {
    auto found = catalog_.tables.find(table);
    if (found == catalog_.tables.end() || !found->second.partition_by) {
      return false;
    }
    sink_.Error("not-applicable", statement.range,
                fmt::format("index \"{}\" is the index of partitioned table \"{}\", whose storage "
                            "parameters PostgreSQL cannot change; give them in its CREATE "
                            "statement (WITH (...))",
                            name->Text(), table.Text()));
    return true;
  };
  if (auto index = catalog_.indexes.find(*name); index != catalog_.indexes.end()) {
    if (!partitioned(index->second.table)) {
      SetOptions(index->second.options, statement.options, statement.reset);
    }
    return;
  }
  // The index of a primary key, unique or exclusion constraint has the constraint's name.
  std::vector<std::string> candidates = NamesOf(catalog_.indexes);
  for (auto& [table_name, table] : catalog_.tables) {
    for (auto& [constraint_name, constraint] : table.constraints) {
      if (constraint.type == catalog::ConstraintType::kCheck ||
          constraint.type == catalog::ConstraintType::kForeignKey) {
        continue;
      }
      if (table_name.schema == name->schema && constraint_name == name->name) {
        if (!partitioned(table_name)) {
          SetOptions(constraint.index_options, statement.options, statement.reset);
        }
        return;
      }
      candidates.push_back(catalog::QualifiedName{table_name.schema, constraint_name}.Text());
    }
  }
  ReportUnknown("unknown-index", statement.index.range,
                fmt::format("index \"{}\" does not exist", name->Text()), name->Text(), candidates);
}

}  // namespace schemac::sema

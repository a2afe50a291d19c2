// Partitions: CREATE TABLE ... PARTITION OF, ALTER TABLE ... ATTACH PARTITION and ALTER INDEX ...
// ATTACH PARTITION. A partition declared with PARTITION OF takes its parent's columns (names,
// types, NOT NULL, defaults), for the statements that name them; the server makes the rest.
#include <fmt/format.h>

#include "compiler.h"

namespace schemac::sema {

catalog::Table* Compiler::PartitionedParent(const ast::QualifiedName& name) {
  catalog::Table* parent = FindTable(name, "partitioned ");
  if (parent != nullptr && !parent->partition_by) {
    sink_.Error("not-partitioned", name.range,
                fmt::format("table \"{}\" is not partitioned; give it a partition key "
                            "(PARTITION BY RANGE | LIST | HASH (...)) or make this table one of "
                            "its own",
                            parent->name.Text()));
    return nullptr;
  }
  return parent;
}

bool Compiler::DeclarePartition(const ast::CreateTable& statement, const base::SourceRange& range,
                                bool last_round) {
  std::optional<catalog::QualifiedName> parent_name =
      Qualify(*statement.partition_of, NameUse::kRelation);
  if (!parent_name) {
    return true;
  }
  if (catalog_.tables.count(*parent_name) == 0 && !last_round) {
    return false;  // its parent may be a partition declared in a later round
  }
  catalog::Table* parent = PartitionedParent(*statement.partition_of);
  if (parent == nullptr || !statement.partition_bound) {
    return true;
  }
  // Copied before NewTable adds to the map the parent lives in.
  std::vector<catalog::Column> columns;
  for (const catalog::Column& inherited : parent->columns) {
    catalog::Column column;
    column.name = inherited.name;
    column.type = inherited.type;
    column.collation = inherited.collation;
    column.compression = inherited.compression;  // copied when the partition is created
    column.not_null = inherited.not_null;
    column.default_expression = inherited.default_expression;
    column.generated_expression = inherited.generated_expression;
    column.origin.range = range;
    columns.push_back(std::move(column));
  }
  catalog::Table* declared = NewTable(statement, range);
  if (declared == nullptr) {
    return true;
  }
  catalog::Table& table = *declared;
  table.partition_of = *parent_name;
  table.partition_bound = statement.partition_bound->text;
  table.partition_bound_written = Written(*statement.partition_bound);
  table.columns = std::move(columns);
  std::vector<PendingConstraint> pending;
  // WITH OPTIONS: what the partition gives its parent's columns.
  for (const ast::ColumnDefinition& options : statement.columns) {
    if (!CheckColumnsExist(table, {options.name})) {
      continue;
    }
    catalog::Column& column = *table.FindColumn(options.name.name);
    column.origin.range = options.range;
    for (const ast::Constraint& constraint : options.constraints) {
      switch (constraint.kind) {
        case ast::ConstraintKind::kNotNull:
          column.not_null = true;
          break;
        case ast::ConstraintKind::kNull:
          break;
        case ast::ConstraintKind::kDefault:
          column.default_expression = Canonical(constraint.expression, &table, column.type);
          column.default_written = Written(constraint.expression);
          column.default_written.own_statement = true;
          break;
        case ast::ConstraintKind::kIdentity:
        case ast::ConstraintKind::kGenerated:
          sink_.Error("unsupported-clause", constraint.range,
                      fmt::format("a partition's column \"{}\" is generated as its parent's "
                                  "is; declare identity and generated columns on the parent",
                                  column.name));
          break;
        default:
          pending.push_back({&constraint, column.name});
          break;
      }
    }
  }
  for (const ast::Constraint& constraint : statement.constraints) {
    pending.push_back({&constraint, std::nullopt});
  }
  AddConstraints(table, pending);
  return true;
}

void Compiler::AttachPartition(catalog::Table& parent, const ast::AlterTableAction& action) {
  if (!parent.partition_by) {
    sink_.Error("not-partitioned", action.range,
                fmt::format("table \"{}\" is not partitioned, so nothing can be attached to it; "
                            "give it a partition key (PARTITION BY RANGE | LIST | HASH (...))",
                            parent.name.Text()));
    return;
  }
  catalog::Table* table = FindTable(action.partition, "");
  if (table == nullptr) {
    return;
  }
  if (table->partition_of) {
    sink_.Error("duplicate-partition", action.partition.range,
                fmt::format("table \"{}\" is a partition of \"{}\" already; a table is a "
                            "partition of one table",
                            table->name.Text(), table->partition_of->Text()));
    return;
  }
  if (table->name == parent.name) {
    sink_.Error("duplicate-partition", action.partition.range,
                fmt::format("table \"{}\" cannot be a partition of itself", table->name.Text()));
    return;
  }
  table->partition_of = parent.name;
  table->partition_bound = action.bound.text;
  table->partition_bound_written = Written(action.bound);
  table->attached.value = true;
}

void Compiler::AttachIndex(const ast::AlterIndex& statement) {
  // The index of a partition becomes part of its parent's: the parent's index makes it, under a
  // name of the server's choosing, so the files' one is not an object of its own.
  auto find = [&](const ast::QualifiedName& name) -> std::optional<catalog::QualifiedName> {
    std::optional<catalog::QualifiedName> qualified = Qualify(name, NameUse::kRelation);
    if (!qualified) {
      return std::nullopt;
    }
    if (catalog_.indexes.count(*qualified) != 0) {
      return qualified;
    }
    for (const auto& [table_name, table] : catalog_.tables) {
      auto it = table.constraints.find(qualified->name);
      if (table_name.schema == qualified->schema && it != table.constraints.end() &&
          (it->second.type == catalog::ConstraintType::kPrimaryKey ||
           it->second.type == catalog::ConstraintType::kUnique ||
           it->second.type == catalog::ConstraintType::kExclusion)) {
        return qualified;
      }
    }
    ReportUnknown("unknown-index", name.range,
                  fmt::format("index \"{}\" does not exist", qualified->Text()), qualified->name,
                  {});
    return std::nullopt;
  };
  std::optional<catalog::QualifiedName> parent = find(statement.index);
  std::optional<catalog::QualifiedName> child = find(statement.partition);
  if (parent && child) {
    // Taken out once every statement is read: a partition's index may be a parent's too.
    attached_indexes_.push_back(*child);
  }
}

void Compiler::RemoveAttachedIndexes() {
  for (const catalog::QualifiedName& child : attached_indexes_) {
    if (catalog_.indexes.erase(child) != 0) {
      continue;
    }
    for (auto& [table_name, table] : catalog_.tables) {
      if (table_name.schema == child.schema && table.constraints.erase(child.name) != 0) {
        break;
      }
    }
  }
  attached_indexes_.clear();
}

}  // namespace schemac::sema

#include <algorithm>
#include <set>

#include <fmt/format.h>

#include "compiler.h"

namespace schemac::sema {
namespace {

std::vector<std::string> ColumnNames(const catalog::Table& table) {
  std::vector<std::string> out;
  for (const catalog::Column& column : table.columns) {
    out.push_back(column.name);
  }
  return out;
}

std::string Join(const std::vector<std::string>& names) {
  std::string out;
  for (const std::string& name : names) {
    out += (out.empty() ? "" : ", ") + name;
  }
  return out;
}

std::set<std::string> AsSet(const std::vector<std::string>& names) {
  return {names.begin(), names.end()};
}

}  // namespace

void Compiler::CheckReferences() {
  for (auto& [name, table] : catalog_.tables) {
    for (auto& [constraint_name, constraint] : table.constraints) {
      if (constraint.type == catalog::ConstraintType::kForeignKey) {
        CheckForeignKey(table, constraint);
      }
    }
  }
  for (const auto& [name, index] : catalog_.indexes) {
    CheckIndex(index);
  }
  for (const auto& [name, sequence] : catalog_.sequences) {
    CheckSequenceOwner(sequence);
  }
}

void Compiler::CheckForeignKey(catalog::Table& table, catalog::Constraint& constraint) {
  const base::SourceRange& range = constraint.origin.range;
  auto target = catalog_.tables.find(constraint.referenced_table);
  if (target == catalog_.tables.end()) {
    std::vector<std::string> candidates = NamesOf(catalog_.tables);
    ReportUnknown("unknown-relation", range,
                  fmt::format("table \"{}\" referenced by foreign key \"{}\" does not exist",
                              constraint.referenced_table.Text(), constraint.name),
                  constraint.referenced_table.Text(), candidates);
    return;
  }
  const catalog::Table& referenced = target->second;
  if (constraint.referenced_columns.empty()) {
    const catalog::Constraint* key = referenced.PrimaryKey();
    if (key == nullptr) {
      sink_.Error("foreign-key-no-key", range,
                  fmt::format("referenced table \"{}\" has no primary key; name the referenced "
                              "columns or give the table a primary key",
                              referenced.name.Text()));
      return;
    }
    constraint.referenced_columns = key->columns;
  }
  bool columns_exist = true;
  for (const std::string& column : constraint.referenced_columns) {
    if (referenced.FindColumn(column) == nullptr) {
      ReportUnknown("unknown-column", range,
                    fmt::format("column \"{}\" of referenced table \"{}\" does not exist", column,
                                referenced.name.Text()),
                    column, ColumnNames(referenced));
      columns_exist = false;
    }
  }
  if (!columns_exist) {
    return;
  }
  if (constraint.referenced_columns.size() != constraint.columns.size()) {
    sink_.Error("foreign-key-column-count", range,
                fmt::format("foreign key \"{}\" has {} referencing and {} referenced columns; "
                            "list the same number of columns on both sides",
                            constraint.name, constraint.columns.size(),
                            constraint.referenced_columns.size()));
    return;
  }
  std::set<std::string> wanted = AsSet(constraint.referenced_columns);
  bool unique = std::any_of(referenced.constraints.begin(), referenced.constraints.end(),
                            [&](const auto& entry) {
                              const catalog::Constraint& key = entry.second;
                              bool keyed = key.type == catalog::ConstraintType::kPrimaryKey ||
                                           key.type == catalog::ConstraintType::kUnique;
                              return keyed && !key.deferrable && AsSet(key.columns) == wanted &&
                                     key.columns.size() == wanted.size();
                            });
  unique = unique ||
           std::any_of(catalog_.indexes.begin(), catalog_.indexes.end(), [&](const auto& entry) {
             const catalog::Index& index = entry.second;
             if (!index.unique || index.table != referenced.name || index.predicate ||
                 index.keys.size() != wanted.size()) {
               return false;
             }
             std::set<std::string> columns;
             for (const catalog::IndexKey& key : index.keys) {
               if (key.column.empty()) {
                 return false;
               }
               columns.insert(key.column);
             }
             return columns == wanted;
           });
  if (!unique) {
    sink_.Error(
        "foreign-key-no-unique", range,
        fmt::format("no unique constraint on \"{}\" ({}) matches foreign key \"{}\"; add "
                    "a primary key or unique constraint on exactly those columns",
                    referenced.name.Text(), Join(constraint.referenced_columns), constraint.name));
  }
  for (const std::string& column : constraint.on_delete_columns) {
    if (std::find(constraint.columns.begin(), constraint.columns.end(), column) ==
        constraint.columns.end()) {
      sink_.Error("unknown-column", range,
                  fmt::format("column \"{}\" of ON DELETE SET is not a column of foreign key "
                              "\"{}\" of table \"{}\"",
                              column, constraint.name, table.name.Text()));
    }
  }
}

void Compiler::CheckIndex(const catalog::Index& index) {
  const base::SourceRange& range = index.origin.range;
  auto it = catalog_.tables.find(index.table);
  if (auto view = catalog_.views.find(index.table); view != catalog_.views.end()) {
    if (!view->second.materialized) {
      sink_.Error("invalid-index", range,
                  fmt::format("\"{}\" is a view, which cannot be indexed; index its tables, or "
                              "make it a materialized view",
                              index.table.Text()));
    }
    return;  // a materialized view's columns are the server's to check
  }
  if (it == catalog_.tables.end()) {
    std::vector<std::string> candidates;
    for (const auto& [key, other] : catalog_.tables) {
      candidates.push_back(key.Text());
    }
    for (const auto& [key, view] : catalog_.views) {
      if (view.materialized) {
        candidates.push_back(key.Text());
      }
    }
    ReportUnknown("unknown-relation", range,
                  fmt::format("table \"{}\" of index \"{}\" does not exist", index.table.Text(),
                              index.name.name),
                  index.table.Text(), candidates);
    return;
  }
  std::vector<std::string> columns = index.include;
  for (const catalog::IndexKey& key : index.keys) {
    if (!key.column.empty()) {
      columns.push_back(key.column);
    }
  }
  for (const std::string& column : columns) {
    if (it->second.FindColumn(column) == nullptr) {
      ReportUnknown("unknown-column", range,
                    fmt::format("column \"{}\" of table \"{}\" in index \"{}\" does not exist",
                                column, index.table.Text(), index.name.name),
                    column, ColumnNames(it->second));
    }
  }
}

void Compiler::CheckSequenceOwner(const catalog::Sequence& sequence) {
  if (!sequence.owned_by) {
    return;
  }
  const base::SourceRange& range = sequence.origin.range;
  const catalog::ColumnRef& owner = *sequence.owned_by;
  auto it = catalog_.tables.find(owner.table);
  if (it == catalog_.tables.end()) {
    std::vector<std::string> candidates = NamesOf(catalog_.tables);
    ReportUnknown("unknown-relation", range,
                  fmt::format("table \"{}\" that owns sequence \"{}\" does not exist",
                              owner.table.Text(), sequence.name.Text()),
                  owner.table.Text(), candidates);
    return;
  }
  if (it->second.FindColumn(owner.column) == nullptr) {
    ReportUnknown("unknown-column", range,
                  fmt::format("column \"{}\" of table \"{}\" that owns sequence \"{}\" does not "
                              "exist",
                              owner.column, owner.table.Text(), sequence.name.Text()),
                  owner.column, ColumnNames(it->second));
    return;
  }
  if (owner.table.schema != sequence.name.schema) {
    sink_.Error("sequence-owner-schema", range,
                fmt::format("sequence \"{}\" must be in the same schema as table \"{}\" that "
                            "owns it; move one of them",
                            sequence.name.Text(), owner.table.Text()));
  }
}

catalog::Domain* Compiler::FindDomain(const ast::QualifiedName& written) {
  std::optional<catalog::QualifiedName> name = Qualify(written, NameUse::kType);
  if (!name) {
    return nullptr;
  }
  auto it = catalog_.domains.find(*name);
  if (it == catalog_.domains.end()) {
    std::vector<std::string> candidates = NamesOf(catalog_.domains);
    ReportUnknown("unknown-type", written.range,
                  fmt::format("domain \"{}\" does not exist", name->Text()), name->Text(),
                  candidates);
    return nullptr;
  }
  return &it->second;
}

void Compiler::ApplyComment(const ast::Comment& statement, const base::SourceRange& range) {
  std::optional<std::string>* slot = nullptr;
  std::string key;  // identifies the commented object, however its name was written
  const std::string& last = statement.name.last();
  switch (statement.target) {
    case ast::CommentTarget::kSchema: {
      auto it = catalog_.schemas.find(last);
      if (it == catalog_.schemas.end()) {
        SchemaExists(last, statement.name.range);
        return;
      }
      slot = &it->second.comment;
      key = fmt::format("schema \"{}\"", last);
      break;
    }
    case ast::CommentTarget::kExtension: {
      if (last == kImplicitExtension) {
        // The comment every database gives plpgsql is no change; another cannot be kept, since
        // the catalog holds no extension of pg_catalog.
        if (statement.text != kImplicitExtensionComment) {
          sink_.Error("unsupported-statement", statement.name.range,
                      fmt::format("a comment on extension \"{}\" other than its own ('{}') is "
                                  "not supported; remove the statement",
                                  last, kImplicitExtensionComment));
        }
        return;
      }
      catalog::Extension* extension = FindExtension(last, statement.name.range);
      if (extension == nullptr) {
        return;
      }
      slot = &extension->comment;
      key = fmt::format("extension \"{}\"", last);
      break;
    }
    case ast::CommentTarget::kTable: {
      catalog::Table* table = FindTable(statement.name, "");
      if (table == nullptr) {
        return;
      }
      slot = &table->comment;
      key = fmt::format("table \"{}\"", table->name.Text());
      break;
    }
    case ast::CommentTarget::kColumn: {
      if (statement.name.parts.size() < 2) {
        sink_.Error("syntax-error", statement.name.range,
                    "COMMENT ON COLUMN needs table.column; qualify the column with its table");
        return;
      }
      ast::QualifiedName table_name = statement.name;
      table_name.parts.pop_back();
      if (table_name.parts.size() <= 2) {
        // A column of a view: the server, which knows its columns, checks the name.
        catalog::QualifiedName view_name{
            table_name.parts.size() == 2
                ? table_name.parts[0].name
                : ResolveSchema(table_name.last(), NameUse::kRelation, table_name.range),
            table_name.last()};
        if (auto type = catalog_.composites.find(view_name); type != catalog_.composites.end()) {
          CommentOnAttribute(type->second, last, statement);
          return;
        }
        if (auto view = catalog_.views.find(view_name); view != catalog_.views.end()) {
          std::string column_key = fmt::format("column \"{}.{}\"", view_name.Text(), last);
          auto [previous, inserted] = comments_.emplace(column_key, range);
          if (!inserted) {
            auto& d = sink_.Error(
                "duplicate-comment", statement.name.range,
                fmt::format("{} is commented twice; keep one COMMENT statement", column_key));
            d.notes.push_back({previous->second, "the other comment is here"});
            return;
          }
          if (statement.text && !statement.text->empty()) {
            view->second.column_comments[last] = *statement.text;
          }
          return;
        }
      }
      catalog::Table* table = FindTable(table_name, "");
      if (table == nullptr) {
        return;
      }
      catalog::Column* column = table->FindColumn(last);
      if (column == nullptr) {
        ReportUnknown(
            "unknown-column", statement.name.parts.back().range,
            fmt::format("column \"{}\" of table \"{}\" does not exist", last, table->name.Text()),
            last, ColumnNames(*table));
        return;
      }
      slot = &column->comment;
      key = fmt::format("column \"{}.{}\"", table->name.Text(), last);
      break;
    }
    case ast::CommentTarget::kIndex:
    case ast::CommentTarget::kSequence:
    case ast::CommentTarget::kView:
    case ast::CommentTarget::kMaterializedView:
    case ast::CommentTarget::kType: {
      std::optional<catalog::QualifiedName> name = Qualify(
          statement.name,
          statement.target == ast::CommentTarget::kType ? NameUse::kType : NameUse::kRelation);
      if (!name) {
        return;
      }
      if (statement.target == ast::CommentTarget::kIndex) {
        if (auto it = catalog_.indexes.find(*name); it != catalog_.indexes.end()) {
          slot = &it->second.comment;
        }
        // The index of a key: its constraint has the index's name in a table of the schema.
        auto tables = catalog_.tables.lower_bound({name->schema, ""});
        for (; slot == nullptr && tables != catalog_.tables.end() &&
               tables->first.schema == name->schema;
             ++tables) {
          auto constraint = tables->second.constraints.find(name->name);
          bool index_backed = constraint != tables->second.constraints.end() &&
                              constraint->second.type != catalog::ConstraintType::kCheck &&
                              constraint->second.type != catalog::ConstraintType::kForeignKey;
          if (index_backed) {
            slot = &constraint->second.index_comment;
          }
        }
      } else if (statement.target == ast::CommentTarget::kSequence) {
        if (auto it = catalog_.sequences.find(*name); it != catalog_.sequences.end()) {
          slot = &it->second.comment;
        }
      } else if (statement.target == ast::CommentTarget::kView ||
                 statement.target == ast::CommentTarget::kMaterializedView) {
        bool materialized = statement.target == ast::CommentTarget::kMaterializedView;
        if (auto it = catalog_.views.find(*name);
            it != catalog_.views.end() && it->second.materialized == materialized) {
          slot = &it->second.comment;
        }
      } else if (auto it = catalog_.enums.find(*name); it != catalog_.enums.end()) {
        slot = &it->second.comment;
      } else if (auto composite = catalog_.composites.find(*name);
                 composite != catalog_.composites.end()) {
        slot = &composite->second.comment;
      } else if (auto domain = catalog_.domains.find(*name); domain != catalog_.domains.end()) {
        slot = &domain->second.comment;
      } else if (auto range_type = catalog_.ranges.find(*name);
                 range_type != catalog_.ranges.end()) {
        slot = &range_type->second.comment;
      }
      const char* kind = statement.target == ast::CommentTarget::kIndex      ? "index"
                         : statement.target == ast::CommentTarget::kSequence ? "sequence"
                         : statement.target == ast::CommentTarget::kView     ? "view"
                         : statement.target == ast::CommentTarget::kMaterializedView
                             ? "materialized view"
                             : "type";
      bool view_target = statement.target == ast::CommentTarget::kView ||
                         statement.target == ast::CommentTarget::kMaterializedView;
      if (auto other = catalog_.views.find(*name);
          slot == nullptr && view_target && other != catalog_.views.end()) {
        sink_.Error("unknown-relation", statement.name.range,
                    fmt::format("\"{}\" is a {}; write COMMENT ON {}", name->Text(),
                                other->second.materialized ? "materialized view" : "view",
                                other->second.materialized ? "MATERIALIZED VIEW" : "VIEW"));
        return;
      }
      if (auto [table, column] = IdentityOf(*name);
          slot == nullptr && statement.target == ast::CommentTarget::kSequence &&
          column != nullptr) {
        sink_.Error("unsupported-clause", statement.name.range,
                    fmt::format("a comment on \"{}\", the identity sequence of column \"{}\" of "
                                "table \"{}\", is not supported yet; comment on the column",
                                name->Text(), column->name, table->name.Text()));
        return;
      }
      if (slot == nullptr && statement.target == ast::CommentTarget::kType &&
          (catalog_.tables.count(*name) > 0 || catalog_.views.count(*name) > 0)) {
        sink_.Error("unsupported-clause", statement.name.range,
                    fmt::format("a comment on the row type of \"{}\" is not supported yet; "
                                "comment on the relation itself (COMMENT ON TABLE | VIEW)",
                                name->Text()));
        return;
      }
      if (slot == nullptr) {
        std::vector<std::string> candidates;
        auto add = [&](const auto& objects) {
          for (const auto& [candidate, object] : objects) {
            candidates.push_back(candidate.Text());
          }
        };
        if (statement.target == ast::CommentTarget::kIndex) {
          add(catalog_.indexes);
        } else if (statement.target == ast::CommentTarget::kSequence) {
          add(catalog_.sequences);
        } else if (statement.target == ast::CommentTarget::kView ||
                   statement.target == ast::CommentTarget::kMaterializedView) {
          for (const auto& [candidate, view] : catalog_.views) {
            if (view.materialized == (statement.target == ast::CommentTarget::kMaterializedView)) {
              candidates.push_back(candidate.Text());
            }
          }
        } else {
          add(catalog_.enums);
          add(catalog_.composites);
          add(catalog_.domains);
          add(catalog_.ranges);
        }
        ReportUnknown(
            statement.target == ast::CommentTarget::kType ? "unknown-type" : "unknown-relation",
            statement.name.range, fmt::format("{} \"{}\" does not exist", kind, name->Text()),
            name->Text(), candidates);
        return;
      }
      key = fmt::format("{} \"{}\"", kind, name->Text());
      break;
    }
    case ast::CommentTarget::kFunction:
    case ast::CommentTarget::kProcedure:
    case ast::CommentTarget::kAggregate: {
      std::string_view kind = statement.target == ast::CommentTarget::kProcedure   ? "procedure"
                              : statement.target == ast::CommentTarget::kAggregate ? "aggregate"
                                                                                   : "function";
      catalog::Function* function = FindFunction(statement.name, statement.parameters, kind);
      if (function == nullptr) {
        return;
      }
      slot = &function->comment;
      key = fmt::format("{} \"{}\"", kind, function->name.Text());
      break;
    }
    case ast::CommentTarget::kDomainConstraint: {
      // The domain's checks are the server's to read: it says whether this one exists.
      catalog::Domain* domain = FindDomain(statement.name);
      if (domain == nullptr) {
        return;
      }
      key = fmt::format("constraint \"{}\" on domain \"{}\"", statement.constraint->name,
                        domain->name.Text());
      auto [previous, inserted] = comments_.emplace(key, range);
      if (!inserted) {
        auto& d =
            sink_.Error("duplicate-comment", statement.name.range,
                        fmt::format("{} is commented twice; keep one COMMENT statement", key));
        d.notes.push_back({previous->second, "the other comment is here"});
      } else if (statement.text && !statement.text->empty()) {
        domain->check_comments[statement.constraint->name] = *statement.text;
      } else {
        domain->check_comments.erase(statement.constraint->name);
      }
      return;
    }
    case ast::CommentTarget::kDomain: {
      catalog::Domain* domain = FindDomain(statement.name);
      if (domain == nullptr) {
        return;
      }
      slot = &domain->comment;
      key = fmt::format("domain \"{}\"", domain->name.Text());
      break;
    }
    case ast::CommentTarget::kTrigger: {
      std::optional<catalog::QualifiedName> table = Qualify(statement.name, NameUse::kRelation);
      if (!table) {
        return;
      }
      catalog::Trigger* trigger = FindTrigger(*table, *statement.constraint);
      if (trigger == nullptr) {
        return;
      }
      slot = &trigger->comment;
      key = fmt::format("trigger \"{}\" on \"{}\"", trigger->name.name, table->Text());
      break;
    }
    case ast::CommentTarget::kCollation: {
      catalog::Collation* collation = FindCollation(statement.name);
      if (collation == nullptr) {
        return;
      }
      slot = &collation->comment;
      key = fmt::format("collation \"{}\"", collation->name.Text());
      break;
    }
    case ast::CommentTarget::kOperator: {
      catalog::Operator* op = FindOperator(statement.name, *statement.parameters);
      if (op == nullptr) {
        return;
      }
      slot = &op->comment;
      key = fmt::format("operator \"{}\"", op->name.Text());
      break;
    }
    case ast::CommentTarget::kPublication: {
      catalog::Publication* publication = FindPublication(statement.name.parts[0]);
      if (publication == nullptr) {
        return;
      }
      slot = &publication->comment;
      key = fmt::format("publication \"{}\"", publication->name);
      break;
    }
    case ast::CommentTarget::kServer: {
      if (FindForeignData(ast::ForeignDataKind::kServer, statement.name.parts[0]) == nullptr) {
        return;
      }
      catalog::ForeignServer& server = catalog_.servers.at(statement.name.parts[0].name);
      slot = &server.comment;
      key = fmt::format("server \"{}\"", server.name);
      break;
    }
    case ast::CommentTarget::kForeignDataWrapper: {
      if (FindForeignData(ast::ForeignDataKind::kWrapper, statement.name.parts[0]) == nullptr) {
        return;
      }
      catalog::ForeignDataWrapper& wrapper =
          catalog_.foreign_data_wrappers.at(statement.name.parts[0].name);
      slot = &wrapper.comment;
      key = fmt::format("foreign-data wrapper \"{}\"", wrapper.name);
      break;
    }
    case ast::CommentTarget::kConversion: {
      catalog::Conversion* conversion = FindConversion(statement.name);
      if (conversion == nullptr) {
        return;
      }
      slot = &conversion->comment;
      key = fmt::format("conversion \"{}\"", conversion->name.Text());
      break;
    }
    case ast::CommentTarget::kOperatorClass:
    case ast::CommentTarget::kOperatorFamily: {
      catalog::OperatorClass* object = FindOperatorClass(
          statement.target == ast::CommentTarget::kOperatorClass ? ast::OperatorClassKind::kClass
                                                                 : ast::OperatorClassKind::kFamily,
          statement.name, *statement.method);
      if (object == nullptr) {
        return;
      }
      slot = &object->comment;
      key = fmt::format("{} {}", catalog::KindName(object->kind), object->name.Text());
      break;
    }
    case ast::CommentTarget::kCast: {
      catalog::Cast* cast = FindCast(*statement.parameters, statement.name.range);
      if (cast == nullptr) {
        return;
      }
      slot = &cast->comment;
      key = "cast " + cast->name.Text();
      break;
    }
    case ast::CommentTarget::kAccessMethod: {
      catalog::AccessMethod* method = FindAccessMethod(statement.name.parts[0]);
      if (method == nullptr) {
        return;
      }
      slot = &method->comment;
      key = fmt::format("access method \"{}\"", method->name);
      break;
    }
    case ast::CommentTarget::kEventTrigger: {
      catalog::EventTrigger* trigger = FindEventTrigger(statement.name.parts[0]);
      if (trigger == nullptr) {
        return;
      }
      slot = &trigger->comment;
      key = fmt::format("event trigger \"{}\"", trigger->name);
      break;
    }
    case ast::CommentTarget::kTextSearchDictionary:
    case ast::CommentTarget::kTextSearchConfiguration:
    case ast::CommentTarget::kTextSearchParser:
    case ast::CommentTarget::kTextSearchTemplate: {
      ast::TextSearchKind kind = statement.target == ast::CommentTarget::kTextSearchDictionary
                                     ? ast::TextSearchKind::kDictionary
                                 : statement.target == ast::CommentTarget::kTextSearchParser
                                     ? ast::TextSearchKind::kParser
                                 : statement.target == ast::CommentTarget::kTextSearchTemplate
                                     ? ast::TextSearchKind::kTemplate
                                     : ast::TextSearchKind::kConfiguration;
      catalog::TextSearch* object = FindTextSearch(kind, statement.name);
      if (object == nullptr) {
        return;
      }
      slot = &object->comment;
      key = fmt::format("{} \"{}\"", catalog::KindName(object->kind), object->name.Text());
      break;
    }
    case ast::CommentTarget::kStatistics: {
      catalog::Statistics* statistics = FindStatistics(statement.name);
      if (statistics == nullptr) {
        return;
      }
      slot = &statistics->comment;
      key = fmt::format("statistics object \"{}\"", statistics->name.Text());
      break;
    }
    case ast::CommentTarget::kRule: {
      std::optional<catalog::QualifiedName> table = Qualify(statement.name, NameUse::kRelation);
      if (!table) {
        return;
      }
      catalog::Rule* rule = FindRule(*table, *statement.constraint);
      if (rule == nullptr) {
        return;
      }
      slot = &rule->comment;
      key = fmt::format("rule \"{}\" on \"{}\"", rule->name.name, table->Text());
      break;
    }
    case ast::CommentTarget::kPolicy: {
      catalog::Table* table = FindTable(statement.name, "");
      if (table == nullptr) {
        return;
      }
      catalog::Policy* policy = FindPolicy(table->name, *statement.constraint);
      if (policy == nullptr) {
        return;
      }
      slot = &policy->comment;
      key = fmt::format("policy \"{}\" on \"{}\"", policy->name.name, table->name.Text());
      break;
    }
    case ast::CommentTarget::kConstraint: {
      catalog::Table* table = FindTable(statement.name, "");
      if (table == nullptr) {
        return;
      }
      auto it = table->constraints.find(statement.constraint->name);
      if (it == table->constraints.end()) {
        std::vector<std::string> candidates;
        for (const auto& [name, constraint] : table->constraints) {
          candidates.push_back(name);
        }
        ReportUnknown("unknown-constraint", statement.constraint->range,
                      fmt::format("constraint \"{}\" of table \"{}\" does not exist",
                                  statement.constraint->name, table->name.Text()),
                      statement.constraint->name, candidates);
        return;
      }
      slot = &it->second.comment;
      key = fmt::format("constraint \"{}\" on \"{}\"", it->first, table->name.Text());
      break;
    }
  }
  // A second comment on an object would make the schema depend on statement order.
  auto [previous, inserted] = comments_.emplace(key, range);
  if (!inserted) {
    auto& d = sink_.Error("duplicate-comment", statement.name.range,
                          fmt::format("{} is commented twice; keep one COMMENT statement", key));
    d.notes.push_back({previous->second, "the other comment is here"});
    return;
  }
  // As in PostgreSQL, an empty comment removes the comment.
  if (statement.text && statement.text->empty()) {
    *slot = std::nullopt;
  } else {
    *slot = statement.text;
  }
}

}  // namespace schemac::sema

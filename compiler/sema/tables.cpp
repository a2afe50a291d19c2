#include <algorithm>

#include <fmt/format.h>

#include "schemac/base/quote.h"

#include "compiler.h"
#include "expression.h"
#include "naming.h"
#include "types.h"

namespace schemac::sema {
namespace {

std::vector<std::string> Names(const std::vector<ast::Identifier>& identifiers) {
  std::vector<std::string> out;
  for (const ast::Identifier& identifier : identifiers) {
    out.push_back(identifier.name);
  }
  return out;
}

std::vector<std::string> ColumnNames(const catalog::Table& table) {
  std::vector<std::string> out;
  for (const catalog::Column& column : table.columns) {
    out.push_back(column.name);
  }
  return out;
}

catalog::ReferentialAction Action(ast::ReferentialAction action) {
  switch (action) {
    case ast::ReferentialAction::kNoAction:
      return catalog::ReferentialAction::kNoAction;
    case ast::ReferentialAction::kRestrict:
      return catalog::ReferentialAction::kRestrict;
    case ast::ReferentialAction::kCascade:
      return catalog::ReferentialAction::kCascade;
    case ast::ReferentialAction::kSetNull:
      return catalog::ReferentialAction::kSetNull;
    case ast::ReferentialAction::kSetDefault:
      return catalog::ReferentialAction::kSetDefault;
  }
  return catalog::ReferentialAction::kNoAction;
}

catalog::StorageOptions Options(const std::vector<ast::StorageOption>& options) {
  catalog::StorageOptions out;
  for (const ast::StorageOption& option : options) {
    out[option.name] = option.value;
  }
  return out;
}

// The order in which PostgreSQL names a table's constraints.
int Phase(ast::ConstraintKind kind) {
  switch (kind) {
    case ast::ConstraintKind::kCheck:
      return 0;
    case ast::ConstraintKind::kPrimaryKey:
      return 1;
    case ast::ConstraintKind::kUnique:
    case ast::ConstraintKind::kExclude:  // in the order written, as unique constraints
      return 2;
    default:
      return 3;
  }
}

}  // namespace

std::string Compiler::Canonical(const ast::Expression& expression, const catalog::Table* table,
                                const std::string& target_type) {
  ColumnTypes types;
  if (table != nullptr) {
    for (const catalog::Column& column : table->columns) {
      types[column.name] = column.type;
    }
  }
  return CanonicalExpression(
      expression.tokens, types, expression.normalized,
      [this](const std::string& name) {
        // A name read from a string folds like an identifier unless quoted.
        std::string folded = name;
        if (folded.size() >= 2 && folded.front() == '"' && folded.back() == '"') {
          folded = folded.substr(1, folded.size() - 2);
        } else {
          std::transform(folded.begin(), folded.end(), folded.begin(), [](char c) {
            return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c;
          });
        }
        return ResolveSchema(folded, NameUse::kRelation, {});
      },
      target_type);
}

std::string Compiler::ResolveColumnType(const ast::TypeName& type) {
  auto formatted = [&](const std::string& base) {
    FormattedType result = FormatBuiltinType(base, type);
    if (!result.error.empty()) {
      sink_.Error("invalid-type-modifier", type.range, result.error);
    }
    return result.text;
  };
  if (type.sql_standard) {
    return formatted(type.name[0]);
  }
  if (type.name.size() > 2) {
    sink_.Error("cross-database-reference", type.range,
                "a type name has at most two parts (schema.type)");
    return "";
  }
  std::string schema = type.name.size() == 2 ? type.name[0] : "";
  const std::string& name = type.name.back();
  if (schema.empty() || schema == "pg_catalog") {
    if (std::optional<std::string> builtin = BuiltinTypeName(name)) {
      return formatted(*builtin);
    }
  }
  catalog::QualifiedName qualified{schema, name};
  if (schema.empty()) {
    // The first schema of the search_path with an enum of this name; without one, the first
    // schema of the path that holds an extension, whose types are not known here.
    qualified.schema = ResolveSchema(name, NameUse::kType, type.range);
    if (!IsUserType(qualified) && search_path_ != nullptr) {
      for (const std::string& candidate : *search_path_) {
        bool holds_extension =
            std::any_of(catalog_.extensions.begin(), catalog_.extensions.end(),
                        [&](const auto& entry) { return entry.second.schema == candidate; });
        if (holds_extension) {
          qualified.schema = candidate;
          break;
        }
      }
    }
  }
  if (IsUserType(qualified)) {
    return FormatUserType(qualified.Quoted(), type);
  }
  // Types of extensions are not known here: a name in a schema that holds an extension is taken
  // as one of its types.
  bool extension_schema =
      std::any_of(catalog_.extensions.begin(), catalog_.extensions.end(),
                  [&](const auto& entry) { return entry.second.schema == qualified.schema; });
  if (extension_schema) {
    return FormatUserType(qualified.Quoted(), type);
  }
  // A table's or a view's row type, which PostgreSQL takes as a column's type.
  std::vector<std::string> schemas = !schema.empty() || search_path_ == nullptr
                                         ? std::vector<std::string>{qualified.schema}
                                         : *search_path_;
  for (const std::string& candidate : schemas) {
    catalog::QualifiedName relation{candidate, name};
    if (catalog_.tables.count(relation) > 0 || catalog_.views.count(relation) > 0) {
      sink_.Error("unsupported-clause", type.range,
                  fmt::format("the row type of \"{}\" as a column's type is not supported yet; "
                              "declare a composite type with its columns (CREATE TYPE ... AS "
                              "(...)) and use that",
                              relation.Text()));
      return "";
    }
  }
  std::vector<std::string> candidates;
  for (const auto& [key, declared] : catalog_.enums) {
    candidates.push_back(schema.empty() && key.schema == "public" ? key.name : key.Text());
  }
  for (const char* builtin :
       {"integer", "bigint", "smallint", "text", "boolean", "numeric", "timestamptz", "timestamp",
        "varchar", "uuid", "jsonb", "json", "date", "bytea", "real", "interval", "inet"}) {
    candidates.emplace_back(builtin);
  }
  std::string written = schema.empty() ? name : schema + "." + name;
  ReportUnknown("unknown-type", type.range,
                fmt::format("type \"{}\" does not exist; declare it (CREATE TYPE ... AS ENUM) or "
                            "create the extension that provides it",
                            written),
                written, candidates);
  return "";
}

catalog::Table* Compiler::NewTable(const ast::CreateTable& statement,
                                   const base::SourceRange& range) {
  std::optional<catalog::QualifiedName> name = Qualify(statement.name, NameUse::kCreate);
  if (!name || statement.temporary) {
    return nullptr;
  }
  if (!ClaimRelationName(*name, statement.name.range)) {
    return nullptr;
  }
  if (IsUserType(*name)) {
    sink_.Error("duplicate-object", statement.name.range,
                fmt::format("type \"{}\" already exists; a table's name is also the name of its "
                            "row type, so rename the table or the type",
                            name->Text()));
    return nullptr;
  }
  catalog::Table& table = catalog_.tables[*name];
  table.name = *name;
  table.unlogged = statement.unlogged;
  table.options = Options(statement.options);
  // heap, the default, is the access method of a table that names none.
  if (statement.access_method && statement.access_method->name != "heap") {
    table.access_method = statement.access_method->name;
  }
  table.origin.range = range;
  if (statement.foreign && statement.server) {
    table.foreign = catalog::ForeignTable{statement.server->name, {}};
    for (const auto& [option, value] : statement.server_options) {
      table.foreign->options[option] = value;
    }
  }
  if (statement.partition_by) {
    table.partition_by = statement.partition_by->text;
    table.partition_by_written = Written(*statement.partition_by);
  }
  return &table;
}

void Compiler::DeclareTable(const ast::CreateTable& statement, const base::SourceRange& range,
                            const std::vector<std::vector<catalog::Column>>& copied,
                            std::vector<catalog::Column> inherited,
                            std::vector<catalog::QualifiedName> parents) {
  catalog::Table* declared = NewTable(statement, range);
  if (declared == nullptr) {
    return;
  }
  catalog::Table& table = *declared;
  table.inherits = std::move(parents);
  table.columns = std::move(inherited);
  std::vector<PendingConstraint> pending;
  size_t like = 0;
  auto add_copied = [&](size_t position) {
    for (; like < copied.size() && statement.likes[like].position == position; ++like) {
      AddLikeClause(table, statement.likes[like], copied[like]);
    }
  };
  for (size_t i = 0; i < statement.columns.size(); ++i) {
    add_copied(i);
    AddOwnColumn(table, statement.columns[i], pending);
  }
  add_copied(statement.columns.size());
  for (const ast::Constraint& constraint : statement.constraints) {
    pending.push_back({&constraint, std::nullopt});
  }
  AddConstraints(table, pending);
}

void Compiler::AddColumn(catalog::Table& table, const ast::ColumnDefinition& definition,
                         std::vector<PendingConstraint>& pending) {
  if (table.FindColumn(definition.name.name) != nullptr) {
    sink_.Error("duplicate-column", definition.name.range,
                fmt::format("column \"{}\" of table \"{}\" is declared twice; remove or rename one",
                            definition.name.name, table.name.Text()));
    return;
  }
  catalog::Column column;
  column.name = definition.name.name;
  column.origin.range = definition.range;
  if (definition.renamed_from) {
    column.origin.renamed_from =
        catalog::RenameHint{definition.renamed_from->name, definition.renamed_from->range};
  }
  column.hints.using_expression = definition.using_expression;
  column.hints.down_using_expression = definition.down_using_expression;
  const ast::TypeName& type = definition.type;
  std::optional<std::string> serial = type.sql_standard || type.name.size() != 1 ||
                                              !type.modifiers.empty() || type.array_dimensions > 0
                                          ? std::nullopt
                                          : SerialType(type.name[0]);
  column.type = serial ? *serial : ResolveColumnType(type);
  if (definition.collation) {
    column.collation = CollationName(*definition.collation);
  }
  column.compression = definition.compression;
  for (const auto& [option, value] : definition.options) {
    column.options[option] = value;
  }
  AddColumnWith(table, std::move(column), definition.constraints, definition.range, serial,
                pending);
}

void Compiler::AddColumnWith(catalog::Table& table, catalog::Column column,
                             const std::vector<ast::Constraint>& constraints,
                             const base::SourceRange& range,
                             const std::optional<std::string>& serial,
                             std::vector<PendingConstraint>& pending) {
  std::optional<bool> nullability;
  const ast::Constraint* identity = nullptr;
  for (const ast::Constraint& constraint : constraints) {
    switch (constraint.kind) {
      case ast::ConstraintKind::kNotNull:
      case ast::ConstraintKind::kNull: {
        bool not_null = constraint.kind == ast::ConstraintKind::kNotNull;
        if (nullability && *nullability != not_null) {
          sink_.Error("conflicting-nullability", constraint.range,
                      fmt::format("conflicting NULL/NOT NULL declarations for column \"{}\"; "
                                  "keep one",
                                  column.name));
        }
        nullability = not_null;
        break;
      }
      case ast::ConstraintKind::kDefault:
        if (column.default_expression || serial) {
          sink_.Error("multiple-defaults", constraint.range,
                      fmt::format("multiple default values specified for column \"{}\"; keep one",
                                  column.name));
        }
        column.default_expression = Canonical(constraint.expression, &table, column.type);
        column.default_written = Written(constraint.expression);
        break;
      case ast::ConstraintKind::kIdentity:
        if (identity != nullptr) {
          sink_.Error("multiple-identity", constraint.range,
                      fmt::format("multiple identity specifications for column \"{}\"; keep one",
                                  column.name));
        }
        identity = &constraint;
        break;
      case ast::ConstraintKind::kGenerated:
        if (column.generated_expression) {
          sink_.Error(
              "multiple-defaults", constraint.range,
              fmt::format("multiple generation clauses specified for column \"{}\"", column.name));
        }
        column.generated_expression = Canonical(constraint.expression, &table, column.type);
        column.generated_written = Written(constraint.expression);
        break;
      default:
        pending.push_back({&constraint, column.name});
        break;
    }
  }
  column.not_null = nullability.value_or(false);
  bool has_default = column.default_expression.has_value() || serial.has_value();
  if (identity != nullptr && (has_default || column.generated_expression)) {
    sink_.Error("identity-conflict", identity->range,
                fmt::format("column \"{}\" has both an identity and a default or generation "
                            "expression; keep one",
                            column.name));
    identity = nullptr;
  }
  if (column.generated_expression && has_default) {
    sink_.Error("identity-conflict", range,
                fmt::format("column \"{}\" has both a default and a generation expression; keep "
                            "one",
                            column.name));
  }
  if (identity != nullptr && nullability == false) {
    sink_.Error("conflicting-nullability", identity->range,
                fmt::format("conflicting NULL/NOT NULL declarations for identity column \"{}\"",
                            column.name));
  }
  table.columns.push_back(std::move(column));
  catalog::Column& added = table.columns.back();
  if (serial) {
    catalog::QualifiedName sequence_name{
        table.name.schema,
        ChooseName(table.name.name, added.name, "seq",
                   [&](const std::string& n) { return RelationNameTaken(table.name.schema, n); })};
    ClaimRelationName(sequence_name, range);
    catalog::Sequence sequence;
    sequence.name = sequence_name;
    sequence.options = ResolveSequenceOptions({}, *serial, nullptr);
    sequence.owned_by = catalog::ColumnRef{table.name, added.name};
    sequence.unlogged =
        table.unlogged;  // PostgreSQL makes the sequence of an unlogged table unlogged
    sequence.origin.range = range;
    added.not_null = true;
    // The canonical form of PostgreSQL's nextval('seq'::regclass): the cast on the literal is
    // implied by nextval's argument type.
    added.default_expression =
        fmt::format("nextval({})", base::QuoteLiteral(sequence_name.Quoted()));
    catalog_.sequences[sequence_name] = std::move(sequence);
  }
  if (identity != nullptr) {
    SetIdentity(table, added, *identity);
  }
}

void Compiler::SetIdentity(catalog::Table& table, catalog::Column& column,
                           const ast::Constraint& identity) {
  if (!SequenceTypeRange(column.type)) {
    sink_.Error("invalid-identity", identity.range,
                fmt::format("identity column \"{}\" has type {}; identity columns must be "
                            "smallint, integer, or bigint",
                            column.name, column.type));
    return;
  }
  if (column.identity) {
    sink_.Error("multiple-identity", identity.range,
                fmt::format("column \"{}\" of table \"{}\" is already an identity column",
                            column.name, table.name.Text()));
    return;
  }
  catalog::Identity out;
  out.kind =
      identity.identity_always ? catalog::IdentityKind::kAlways : catalog::IdentityKind::kByDefault;
  if (identity.identity_options->sequence_name) {
    // An unqualified SEQUENCE NAME goes to the table's schema, not the search_path's.
    ast::QualifiedName written = *identity.identity_options->sequence_name;
    if (written.parts.size() == 1) {
      written.parts.insert(written.parts.begin(),
                           ast::Identifier{table.name.schema, written.range});
    }
    std::optional<catalog::QualifiedName> name = Qualify(written, NameUse::kCreate);
    if (!name) {
      return;
    }
    out.sequence = *name;
  } else {
    out.sequence = catalog::QualifiedName{
        table.name.schema,
        ChooseName(table.name.name, column.name, "seq",
                   [&](const std::string& n) { return RelationNameTaken(table.name.schema, n); })};
  }
  ClaimRelationName(out.sequence, identity.range);
  out.options = ResolveSequenceOptions(*identity.identity_options, column.type, nullptr);
  column.identity = out;
  column.not_null = true;
}

std::vector<Compiler::PendingConstraint> Compiler::RemoveRepeatedKeys(
    std::vector<PendingConstraint> pending) {
  // PostgreSQL keeps one of the indexes that CREATE TABLE's keys and exclusion constraints
  // would make the same: of exclusion constraints, those written alike.
  auto is_key = [](const PendingConstraint& p) {
    return p.constraint->kind == ast::ConstraintKind::kPrimaryKey ||
           p.constraint->kind == ast::ConstraintKind::kUnique ||
           p.constraint->kind == ast::ConstraintKind::kExclude;
  };
  auto columns = [](const PendingConstraint& p) {
    return p.column ? std::vector<std::string>{*p.column} : Names(p.constraint->columns);
  };
  auto same = [&](const PendingConstraint& a, const PendingConstraint& b) {
    const ast::Constraint& x = *a.constraint;
    const ast::Constraint& y = *b.constraint;
    if ((x.kind == ast::ConstraintKind::kExclude) != (y.kind == ast::ConstraintKind::kExclude)) {
      return false;
    }
    if (x.kind == ast::ConstraintKind::kExclude) {
      return x.expression.normalized == y.expression.normalized && x.deferrable == y.deferrable &&
             x.initially_deferred == y.initially_deferred;
    }
    return columns(a) == columns(b) && Names(x.include) == Names(y.include) &&
           x.nulls_not_distinct == y.nulls_not_distinct && x.deferrable == y.deferrable &&
           x.initially_deferred == y.initially_deferred;
  };
  std::vector<size_t> kept;  // indices of the keys kept, the primary key first
  for (size_t i = 0; i < pending.size(); ++i) {
    if (pending[i].constraint->kind == ast::ConstraintKind::kPrimaryKey) {
      kept.push_back(i);
      break;
    }
  }
  std::vector<bool> dropped(pending.size(), false);
  for (size_t i = 0; i < pending.size(); ++i) {
    if (!is_key(pending[i]) || (!kept.empty() && kept[0] == i)) {
      continue;
    }
    for (size_t k : kept) {
      if (same(pending[k], pending[i])) {
        PendingConstraint& prior = pending[k];
        if (!prior.constraint->name && !prior.name) {
          prior.name = pending[i].name ? pending[i].name : pending[i].constraint->name;
        }
        dropped[i] = true;
        break;
      }
    }
    if (!dropped[i]) {
      kept.push_back(i);
    }
  }
  std::vector<PendingConstraint> out;
  for (size_t i = 0; i < pending.size(); ++i) {
    if (!dropped[i]) {
      out.push_back(std::move(pending[i]));
    }
  }
  return out;
}

void Compiler::AddConstraints(catalog::Table& table,
                              const std::vector<PendingConstraint>& pending) {
  // In the order written, column and table constraints mixed, as PostgreSQL names them and
  // finds repeated keys.
  std::vector<PendingConstraint> written = pending;
  std::stable_sort(written.begin(), written.end(),
                   [](const PendingConstraint& a, const PendingConstraint& b) {
                     return std::make_pair(a.constraint->range.line, a.constraint->range.column) <
                            std::make_pair(b.constraint->range.line, b.constraint->range.column);
                   });
  std::vector<PendingConstraint> ordered = RemoveRepeatedKeys(std::move(written));
  std::stable_sort(ordered.begin(), ordered.end(),
                   [](const PendingConstraint& a, const PendingConstraint& b) {
                     return Phase(a.constraint->kind) < Phase(b.constraint->kind);
                   });
  for (const PendingConstraint& constraint : ordered) {
    AddConstraint(table, constraint);
  }
}

bool Compiler::CheckColumnsExist(const catalog::Table& table,
                                 const std::vector<ast::Identifier>& columns) {
  bool ok = true;
  for (const ast::Identifier& column : columns) {
    if (table.FindColumn(column.name) == nullptr) {
      ReportUnknown("unknown-column", column.range,
                    fmt::format("column \"{}\" of table \"{}\" does not exist", column.name,
                                table.name.Text()),
                    column.name, ColumnNames(table));
      ok = false;
    }
  }
  return ok;
}

void Compiler::AddConstraint(catalog::Table& table, const PendingConstraint& pending) {
  const ast::Constraint& source = *pending.constraint;
  const std::optional<ast::Identifier>& given_name = pending.name ? pending.name : source.name;
  catalog::Constraint out;
  out.origin.range = source.range;
  if (source.renamed_from) {
    out.origin.renamed_from =
        catalog::RenameHint{source.renamed_from->name, source.renamed_from->range};
  }
  std::vector<ast::Identifier> columns = source.columns;
  if (pending.column) {
    columns = {ast::Identifier{*pending.column, source.range}};
  }
  out.columns = Names(columns);
  const std::string& schema = table.name.schema;
  auto relation_or_constraint = [&](const std::string& n) {
    return RelationNameTaken(schema, n) || ConstraintNameTaken(schema, n);
  };
  auto constraint_taken = [&](const std::string& n) { return ConstraintNameTaken(schema, n); };
  bool index_backed = false;
  switch (source.kind) {
    case ast::ConstraintKind::kPrimaryKey:
    case ast::ConstraintKind::kUnique: {
      bool primary = source.kind == ast::ConstraintKind::kPrimaryKey;
      out.type = primary ? catalog::ConstraintType::kPrimaryKey : catalog::ConstraintType::kUnique;
      out.include = Names(source.include);
      out.nulls_not_distinct = source.nulls_not_distinct;
      out.index_options = Options(source.index_options);
      out.deferrable = source.deferrable;
      out.initially_deferred = source.initially_deferred;
      index_backed = true;
      if (source.using_index) {
        std::optional<catalog::Index> index = TakeIndex(table, *source.using_index, primary);
        if (!index) {
          return;
        }
        for (const catalog::IndexKey& key : index->keys) {
          out.columns.push_back(key.column);
        }
        out.include = index->include;
        out.nulls_not_distinct = index->nulls_not_distinct;
        out.index_options = index->options;
        out.index_comment = index->comment;
        // The constraint takes the index's name, or the index takes the constraint's.
        if (!given_name) {
          out.name = index->name.name;
        }
      } else if (!CheckColumnsExist(table, columns) || !CheckColumnsExist(table, source.include)) {
        return;
      }
      if (primary && table.PrimaryKey() != nullptr) {
        auto& d = sink_.Error(
            "multiple-primary-keys", source.range,
            fmt::format("table \"{}\" has more than one primary key; keep one", table.name.Text()));
        d.notes.push_back({table.PrimaryKey()->origin.range, "the first primary key is here"});
        return;
      }
      if (primary) {
        for (const std::string& column : out.columns) {
          table.FindColumn(column)->not_null = true;
        }
      }
      if (!given_name && !source.using_index) {
        std::vector<std::string> parts = out.columns;
        parts.insert(parts.end(), out.include.begin(), out.include.end());
        out.name = primary ? ChooseName(table.name.name, "", "pkey", relation_or_constraint)
                           : ChooseName(table.name.name, JoinNameParts(parts), "key",
                                        relation_or_constraint);
      }
      break;
    }
    case ast::ConstraintKind::kCheck: {
      out.type = catalog::ConstraintType::kCheck;
      out.columns.clear();  // a check names no columns, whether written on a column or not
      out.expression = Canonical(source.expression, &table);
      out.expression_written = Written(source.expression);
      out.expression_written.own_statement = pending.may_skip_validation;
      out.no_inherit = source.no_inherit;
      out.validated = !(source.not_valid && pending.may_skip_validation);
      if (source.deferrable) {
        sink_.Error("invalid-constraint", source.range,
                    "check constraints cannot be deferrable; remove DEFERRABLE");
      }
      if (!given_name) {
        std::vector<std::string> referenced =
            ReferencedColumns(source.expression.tokens, ColumnNames(table));
        out.name = ChooseName(table.name.name, referenced.size() == 1 ? referenced[0] : "", "check",
                              constraint_taken);
      }
      break;
    }
    case ast::ConstraintKind::kExclude: {
      // The definition is the server's; the columns its elements name must be the table's.
      out.type = catalog::ConstraintType::kExclusion;
      if (!CheckColumnsExist(table, columns) || !CheckColumnsExist(table, source.include)) {
        return;
      }
      out.expression = source.expression.text;
      out.expression_written = Written(source.expression);
      index_backed = true;
      if (!given_name) {
        // PostgreSQL names the index columns of the elements, numbering repeats (room, room1).
        std::vector<std::string> parts;
        for (const std::string& element : ExclusionElementNames(source.expression.tokens)) {
          std::string part = element;
          for (int i = 1; std::find(parts.begin(), parts.end(), part) != parts.end(); ++i) {
            part = element + std::to_string(i);
          }
          parts.push_back(part);
        }
        out.name =
            ChooseName(table.name.name, JoinNameParts(parts), "excl", relation_or_constraint);
      }
      break;
    }
    case ast::ConstraintKind::kForeignKey: {
      out.type = catalog::ConstraintType::kForeignKey;
      if (!CheckColumnsExist(table, columns)) {
        return;
      }
      std::optional<catalog::QualifiedName> referenced =
          Qualify(source.referenced_table, NameUse::kRelation);
      if (!referenced) {
        return;
      }
      out.referenced_table = *referenced;
      out.referenced_columns = Names(source.referenced_columns);
      out.match = source.match == ast::MatchType::kFull      ? catalog::MatchType::kFull
                  : source.match == ast::MatchType::kPartial ? catalog::MatchType::kPartial
                                                             : catalog::MatchType::kSimple;
      out.on_delete = Action(source.on_delete);
      out.on_update = Action(source.on_update);
      out.on_delete_columns = Names(source.on_delete_columns);
      out.deferrable = source.deferrable;
      out.initially_deferred = source.initially_deferred;
      out.validated = !(source.not_valid && pending.may_skip_validation);
      if (!given_name) {
        out.name =
            ChooseName(table.name.name, JoinNameParts(out.columns), "fkey", constraint_taken);
      }
      break;
    }
    default:
      return;
  }
  if (given_name) {
    out.name = given_name->name;
    if (table.constraints.count(out.name) > 0) {
      auto& d = sink_.Error("duplicate-object", given_name->range,
                            fmt::format("constraint \"{}\" for table \"{}\" already exists; "
                                        "rename one",
                                        out.name, table.name.Text()));
      d.notes.push_back({table.constraints[out.name].origin.range, "previously declared here"});
      return;
    }
  }
  if (index_backed && !ClaimRelationName({schema, out.name}, source.range)) {
    return;
  }
  constraint_names_[schema].insert(out.name);
  std::string name = out.name;
  table.constraints[name] = std::move(out);
}

std::optional<catalog::Index> Compiler::TakeIndex(const catalog::Table& table,
                                                  const ast::Identifier& name, bool primary) {
  catalog::QualifiedName qualified{table.name.schema, name.name};
  auto it = catalog_.indexes.find(qualified);
  if (it == catalog_.indexes.end()) {
    std::vector<std::string> candidates;
    for (const auto& [key, index] : catalog_.indexes) {
      if (index.table == table.name) {
        candidates.push_back(key.name);
      }
    }
    ReportUnknown("unknown-relation", name.range,
                  fmt::format("index \"{}\" does not exist; USING INDEX names an index of the "
                              "table, created by CREATE UNIQUE INDEX",
                              qualified.Text()),
                  name.name, candidates);
    return std::nullopt;
  }
  const catalog::Index& index = it->second;
  // PostgreSQL's conditions for making a constraint of an index.
  std::string problem;
  if (index.table != table.name) {
    problem =
        fmt::format("index \"{}\" does not belong to table \"{}\"", name.name, table.name.Text());
  } else if (!index.unique) {
    problem = fmt::format("\"{}\" is not a unique index", name.name);
  } else if (index.predicate) {
    problem = fmt::format("\"{}\" is a partial index", name.name);
  } else if (index.method != "btree") {
    problem = fmt::format("index \"{}\" is not a btree", name.name);
  } else if (primary && index.nulls_not_distinct) {
    problem = "primary keys cannot use NULLS NOT DISTINCT indexes";
  }
  for (size_t i = 0; problem.empty() && i < index.keys.size(); ++i) {
    const catalog::IndexKey& key = index.keys[i];
    if (key.column.empty()) {
      problem = fmt::format("index \"{}\" contains expressions", name.name);
    } else if (key.descending || key.nulls_first) {
      problem = fmt::format("index \"{}\" column number {} does not have default sorting behavior",
                            name.name, i + 1);
    }
  }
  if (!problem.empty()) {
    auto& d = sink_.Error("invalid-constraint", name.range,
                          problem +
                              "; a key can only be made of a plain unique btree index on "
                              "columns in their default order");
    d.notes.push_back({index.origin.range, "the index is declared here"});
    return std::nullopt;
  }
  catalog::Index taken = std::move(it->second);
  catalog_.indexes.erase(it);
  relations_[qualified.schema].erase(qualified.name);
  return taken;
}

void Compiler::DeclareIndex(const ast::CreateIndex& statement, const base::SourceRange& range) {
  std::optional<catalog::QualifiedName> table = Qualify(statement.table, NameUse::kRelation);
  if (!table) {
    return;
  }
  catalog::Index index;
  index.table = *table;
  index.unique = statement.unique;
  index.method = statement.method ? statement.method->name : "btree";
  index.nulls_not_distinct = statement.nulls_not_distinct;
  index.options = Options(statement.options);
  index.origin.range = range;
  index.include = Names(statement.include);
  std::vector<PendingIndexExpression> expressions;
  if (statement.where) {
    expressions.push_back({{}, std::nullopt, *statement.where, search_path_});
    index.predicate = statement.where->normalized;
    index.predicate_written = Written(*statement.where);
  }
  std::vector<std::string> name_parts;
  for (const ast::IndexElement& element : statement.elements) {
    catalog::IndexKey key;
    if (element.column) {
      key.column = element.column->name;
      name_parts.push_back(key.column);
    } else {
      expressions.push_back({{}, index.keys.size(), *element.expression, search_path_});
      key.expression = element.expression->normalized;
      key.expression_written = Written(*element.expression);
      name_parts.push_back(ExpressionColumnName(element.expression->tokens));
    }
    if (element.collation) {
      key.collation = CollationName(*element.collation);
    }
    if (element.opclass) {
      key.opclass = OperatorClassName(*element.opclass);
      key.opclass_options = Options(element.opclass_options);
    }
    key.descending = element.order == ast::SortOrder::kDesc;
    key.nulls_first = element.nulls == ast::NullsOrder::kDefault
                          ? key.descending
                          : element.nulls == ast::NullsOrder::kFirst;
    index.keys.push_back(std::move(key));
  }
  name_parts.insert(name_parts.end(), index.include.begin(), index.include.end());
  if (statement.name) {
    index.name = {table->schema, statement.name->name};
  } else {
    index.name = {
        table->schema,
        ChooseName(table->name, JoinNameParts(UniqueColumnNames(name_parts)), "idx",
                   [&](const std::string& n) { return RelationNameTaken(table->schema, n); })};
  }
  if (!ClaimRelationName(index.name, statement.name ? statement.name->range : range)) {
    return;
  }
  for (PendingIndexExpression& expression : expressions) {
    expression.index = index.name;
    pending_index_expressions_.push_back(std::move(expression));
  }
  catalog_.indexes[index.name] = std::move(index);
}

void Compiler::CanonicalizeIndexExpressions() {
  for (const PendingIndexExpression& pending : pending_index_expressions_) {
    auto index = catalog_.indexes.find(pending.index);
    if (index == catalog_.indexes.end()) {
      continue;
    }
    auto table = catalog_.tables.find(index->second.table);
    search_path_ = pending.search_path;
    std::string text =
        Canonical(pending.expression, table == catalog_.tables.end() ? nullptr : &table->second);
    if (!pending.key) {
      index->second.predicate = std::move(text);
    } else if (*pending.key < index->second.keys.size()) {
      index->second.keys[*pending.key].expression = std::move(text);
    }
  }
  search_path_ = nullptr;
  std::vector<PendingIndexExpression>().swap(pending_index_expressions_);
}

void Compiler::AlterTable(const ast::AlterTable& statement) {
  if (statement.view) {
    AlterNamedView(statement);
    return;
  }
  // pg_dump changes the owner of a sequence or a view, the index a materialized view is clustered
  // on and a view's column defaults with ALTER TABLE, which PostgreSQL allows.
  bool owner_only = std::all_of(statement.actions.begin(), statement.actions.end(),
                                [](const ast::AlterTableAction& action) {
                                  return action.kind == ast::AlterTableActionKind::kOwner;
                                });
  if (!statement.actions.empty() && statement.name.parts.size() <= 2) {
    catalog::QualifiedName name{
        statement.name.parts.size() == 2
            ? statement.name.parts[0].name
            : ResolveSchema(statement.name.last(), NameUse::kRelation, statement.name.range),
        statement.name.last()};
    if (auto it = catalog_.sequences.find(name); owner_only && it != catalog_.sequences.end()) {
      it->second.owner.role = statement.actions.back().owner.name;
      return;
    }
    if (AlterView(name, statement)) {
      return;
    }
  }
  if (statement.if_exists && statement.name.parts.size() <= 2) {
    std::optional<catalog::QualifiedName> name = Qualify(statement.name, NameUse::kRelation);
    if (name && catalog_.tables.count(*name) == 0) {
      // PostgreSQL skips it with a notice; so does the scratch database.
      sink_.Warning("no-effect", statement.name.range,
                    fmt::format("table \"{}\" does not exist, so ALTER TABLE IF EXISTS does "
                                "nothing; remove the statement",
                                name->Text()));
      return;
    }
  }
  catalog::Table* table = FindTable(statement.name, "");
  if (table == nullptr) {
    return;
  }
  for (const ast::AlterTableAction& action : statement.actions) {
    switch (action.kind) {
      case ast::AlterTableActionKind::kAddColumn: {
        std::vector<PendingConstraint> pending;
        AddColumn(*table, action.column, pending);
        AddConstraints(*table, pending);
        break;
      }
      case ast::AlterTableActionKind::kAddConstraint:
        // Unlike CREATE TABLE, ALTER TABLE keeps a key that repeats another one.
        AddConstraint(*table, {&action.constraint, std::nullopt, true});
        break;
      case ast::AlterTableActionKind::kSetDefault:
      case ast::AlterTableActionKind::kSetNotNull:
      case ast::AlterTableActionKind::kDropDefault:
      case ast::AlterTableActionKind::kDropNotNull:
      case ast::AlterTableActionKind::kAddIdentity: {
        if (!CheckColumnsExist(*table, {action.column_name})) {
          break;
        }
        catalog::Column& column = *table->FindColumn(action.column_name.name);
        if (action.kind == ast::AlterTableActionKind::kSetNotNull ||
            action.kind == ast::AlterTableActionKind::kDropNotNull) {
          // The server refuses DROP NOT NULL of a key's column, at the statement.
          column.not_null = action.kind == ast::AlterTableActionKind::kSetNotNull;
        } else if (action.kind == ast::AlterTableActionKind::kDropDefault) {
          if (column.identity) {
            sink_.Error("identity-conflict", action.range,
                        fmt::format("column \"{}\" of table \"{}\" is an identity column, which "
                                    "has no default to drop; remove the statement",
                                    column.name, table->name.Text()));
            break;
          }
          column.default_expression.reset();
          column.default_written = {};
          if (!statement.only) {
            DefaultToDescendants(*table, column, action.range);
          }
        } else if (action.kind == ast::AlterTableActionKind::kAddIdentity) {
          if (column.default_expression) {
            sink_.Error("identity-conflict", action.range,
                        fmt::format("column \"{}\" of table \"{}\" already has a default; drop "
                                    "it before making the column an identity",
                                    column.name, table->name.Text()));
            break;
          }
          SetIdentity(*table, column, action.constraint);
        } else if (column.identity) {
          sink_.Error("identity-conflict", action.range,
                      fmt::format("column \"{}\" of table \"{}\" is an identity column and "
                                  "cannot have a default",
                                  column.name, table->name.Text()));
        } else {
          column.default_expression = Canonical(action.constraint.expression, table, column.type);
          column.default_written = Written(action.constraint.expression);
          column.default_written.own_statement = true;
          if (!statement.only) {
            DefaultToDescendants(*table, column, action.range);
          }
        }
        break;
      }
      case ast::AlterTableActionKind::kSetStorage:
      case ast::AlterTableActionKind::kSetCompression:
      case ast::AlterTableActionKind::kSetStatistics:
        if (CheckColumnsExist(*table, {action.column_name})) {
          SetColumnOption(*table, action, statement.only);
        }
        break;
      case ast::AlterTableActionKind::kAttributeOptions:
        // The table's alone: PostgreSQL neither recurses to partitions nor copies them.
        if (CheckColumnsExist(*table, {action.column_name})) {
          SetOptions(table->FindColumn(action.column_name.name)->attribute_options, action.options,
                     action.reset);
        }
        break;
      case ast::AlterTableActionKind::kRelationOptions:
        SetRelationOptions(*table, action);
        break;
      case ast::AlterTableActionKind::kPersistence:
        SetPersistence(*table, action);
        break;
      case ast::AlterTableActionKind::kValidate:
        ValidateConstraint(*table, action);
        break;
      case ast::AlterTableActionKind::kGenericOptions:
        AlterGenericOptions(*table, action);
        break;
      case ast::AlterTableActionKind::kTriggerEnabled:
        if (catalog::Trigger* trigger = FindTrigger(table->name, action.trigger)) {
          trigger->enabled = action.enabled;
        }
        break;
      case ast::AlterTableActionKind::kOwner:
        table->owner.role = action.owner.name;
        break;
      case ast::AlterTableActionKind::kRowSecurity:
        table->row_security = action.on;
        break;
      case ast::AlterTableActionKind::kForceRowSecurity:
        table->force_row_security = action.on;
        break;
      case ast::AlterTableActionKind::kRuleEnabled:
        if (catalog::Rule* rule = FindRule(table->name, action.trigger)) {
          rule->enabled = action.enabled;
        }
        break;
      case ast::AlterTableActionKind::kAttachPartition:
        AttachPartition(*table, action);
        break;
      case ast::AlterTableActionKind::kClusterOn:
        ClusterOn(table->name, table->constraints, table->cluster_on, action.index);
        break;
      case ast::AlterTableActionKind::kOfType:
        SetOfType(*table, action);
        break;
      case ast::AlterTableActionKind::kInherit:
        ChangeParents(*table, action);
        break;
      case ast::AlterTableActionKind::kReplicaIdentity:
        if (action.replica_identity != 'i' ||
            FindTableIndex(table->name, table->constraints, *action.index, "to identify rows by")) {
          table->replica_identity = action.replica_identity;
          table->replica_index = action.replica_identity == 'i'
                                     ? std::optional<std::string>(action.index->name)
                                     : std::nullopt;
        }
        break;
    }
  }
}

}  // namespace schemac::sema

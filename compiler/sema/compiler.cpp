#include "compiler.h"

#include <algorithm>

#include <fmt/format.h>

#include "schemac/base/files.h"
#include "schemac/parse/parser.h"
#include "schemac/sema/compile.h"

#include "naming.h"
#include "types.h"

namespace schemac::sema {
namespace {

template <typename T>
const T* As(const ast::Statement& statement) {
  return std::get_if<T>(&statement.body);
}

}  // namespace

catalog::Catalog Compiler::Run(std::vector<ast::File>& files) {
  // The public schema exists in every database.
  catalog_.schemas["public"] = catalog::Schema{"public", std::nullopt, {}, {}};
  for (const ast::File& file : files) {
    for (const ast::FailedDeclaration& failed : file.failed) {
      failed_.push_back(failed.name);
    }
  }
  // Each statement is compiled in one of the passes below and released right after (its body
  // replaced by an empty Setting, which no pass reads), so that the syntax trees shrink while the
  // catalog grows instead of both being held whole, and each tree is freed while it is still in
  // the processor's cache.
  auto each = [&](auto&& visit) {
    for (ast::File& file : files) {
      for (ast::Statement& statement : file.statements) {
        search_path_ = statement.search_path.get();
        if (visit(statement)) {
          statement.body = ast::Setting{};
        }
      }
    }
    search_path_ = nullptr;
  };
  // Schemas, extensions and types first: everything else refers to them.
  each([&](const ast::Statement& s) {
    NoteRenameHint(s);
    if (const auto* schema = As<ast::CreateSchema>(s)) {
      DeclareSchema(*schema, s.range);
      return true;
    }
    return false;
  });
  each([&](const ast::Statement& s) {
    if (const auto* extension = As<ast::CreateExtension>(s)) {
      DeclareExtension(*extension, s.range);
    } else if (const auto* type = As<ast::CreateEnum>(s)) {
      DeclareEnum(*type, s.range);
    } else if (const auto* collation = As<ast::CreateCollation>(s)) {
      DeclareCollation(*collation, s.range);
    } else if (const auto* text_search = As<ast::CreateTextSearch>(s)) {
      DeclareTextSearch(*text_search, s.range);
    } else if (const auto* family = As<ast::OperatorClassStatement>(s)) {
      if (family->create) {
        DeclareOperatorFamilyOf(*family, s.range);
      }
      return family->create && family->kind == ast::OperatorClassKind::kFamily;
    } else if (const auto* domain = As<ast::CreateDomain>(s)) {
      DeclareDomain(*domain, s.range);
    } else if (const auto* composite = As<ast::CreateComposite>(s)) {
      DeclareComposite(*composite, s.range);
    } else if (const auto* range_type = As<ast::CreateRange>(s)) {
      DeclareRange(*range_type, s.range);
    } else {
      return false;
    }
    return true;
  });
  // The names of tables and sequences, so that a reference finds one declared later.
  each([&](const ast::Statement& s) {
    DeclareRelationName(s);
    return false;
  });
  // Relations, in statement order: the names PostgreSQL picks depend on what exists already.
  each([&](const ast::Statement& s) {
    if (const auto* sequence = As<ast::CreateSequence>(s)) {
      DeclareSequence(*sequence, s.range);
    } else if (const auto* table = As<ast::CreateTable>(s)) {
      if (table->partition_of || !table->likes.empty() || !table->inherits.empty()) {
        return false;  // once its parents or LIKE sources are declared, below
      }
      if (table->of_type) {
        DeclareTypedTable(*table, s.range);
      } else {
        DeclareTable(*table, s.range);
      }
    } else if (const auto* index = As<ast::CreateIndex>(s)) {
      DeclareIndex(*index, s.range);
    } else if (const auto* view = As<ast::CreateView>(s)) {
      DeclareView(*view, s.range);
    } else {
      return false;
    }
    return true;
  });
  // Partitions and tables with LIKE or INHERITS, each once its parents or sources are: a round
  // declares those whose parents and sources are, until one declares none; the last reports the
  // rest.
  for (bool progress = true, last = false; progress || !last;) {
    last = !progress;
    progress = false;
    each([&](const ast::Statement& s) {
      const auto* table = As<ast::CreateTable>(s);
      if (table == nullptr ||
          (!table->partition_of && table->likes.empty() && table->inherits.empty())) {
        return false;
      }
      if (!(table->partition_of ? DeclarePartition(*table, s.range, last)
                                : DeclareDerivedTable(*table, s.range, last))) {
        return false;
      }
      progress = true;
      return true;
    });
  }
  // Functions, whose argument types may be the row types of the relations, triggers and
  // policies.
  each([&](const ast::Statement& s) {
    if (const auto* function = As<ast::CreateFunction>(s)) {
      DeclareFunction(*function, s.range, s.check_function_bodies);
      return true;
    }
    if (const auto* trigger = As<ast::CreateTrigger>(s)) {
      DeclareTrigger(*trigger, s.range);
      return true;
    }
    if (const auto* policy = As<ast::CreatePolicy>(s)) {
      DeclarePolicy(*policy, s.range);
      return true;
    }
    if (const auto* rule = As<ast::CreateRule>(s)) {
      DeclareRule(*rule, s.range);
      return true;
    }
    if (const auto* statistics = As<ast::CreateStatistics>(s)) {
      DeclareStatistics(*statistics, s.range);
      return true;
    }
    if (const auto* event_trigger = As<ast::CreateEventTrigger>(s)) {
      DeclareEventTrigger(*event_trigger, s.range);
      return true;
    }
    if (const auto* method = As<ast::CreateAccessMethod>(s)) {
      DeclareAccessMethod(*method, s.range);
      return true;
    }
    if (const auto* op = As<ast::CreateOperator>(s)) {
      DeclareOperator(*op, s.range);
      return true;
    }
    if (const auto* cast = As<ast::CreateCast>(s)) {
      DeclareCast(*cast, s.range);
      return true;
    }
    if (const auto* conversion = As<ast::CreateConversion>(s)) {
      DeclareConversion(*conversion, s.range);
      return true;
    }
    if (const auto* type = As<ast::OperatorClassStatement>(s);
        type != nullptr && type->kind == ast::OperatorClassKind::kClass) {
      DeclareOperatorClass(*type, s.range);
      return true;
    }
    if (const auto* publication = As<ast::CreatePublication>(s)) {
      DeclarePublication(*publication, s.range);
      return true;
    }
    if (const auto* foreign_data = As<ast::ForeignData>(s); foreign_data && foreign_data->create) {
      DeclareForeignData(*foreign_data, s.range);
      return true;
    }
    return false;
  });
  // Changes to declared objects, in statement order.
  each([&](const ast::Statement& s) {
    if (const auto* alter = As<ast::AlterTable>(s)) {
      AlterTable(*alter);
    } else if (const auto* sequence = As<ast::AlterSequence>(s)) {
      AlterSequence(*sequence);
    } else if (const auto* owner = As<ast::AlterOwner>(s)) {
      AlterOwner(*owner);
    } else if (const auto* statistics = As<ast::AlterStatistics>(s)) {
      if (catalog::Statistics* object = FindStatistics(statistics->name)) {
        object->target =
            statistics->target == -1 ? std::nullopt : std::optional<int>(statistics->target);
      }
    } else if (const auto* text_search = As<ast::AlterTextSearch>(s)) {
      AlterTextSearch(*text_search);
    } else if (const auto* publication = As<ast::AlterPublication>(s)) {
      AlterPublication(*publication);
    } else if (const auto* foreign_data = As<ast::ForeignData>(s)) {
      if (!foreign_data->create) {
        AlterForeignData(*foreign_data);
      }
    } else if (const auto* family = As<ast::OperatorClassStatement>(s)) {
      AlterOperatorFamily(*family);
    } else if (const auto* extension = As<ast::AlterExtension>(s)) {
      AlterExtension(*extension);
    } else if (const auto* event_trigger = As<ast::AlterEventTrigger>(s)) {
      if (catalog::EventTrigger* trigger = FindEventTrigger(event_trigger->name)) {
        trigger->enabled = event_trigger->enabled;
      }
    } else if (const auto* values = As<ast::AlterEnum>(s)) {
      AlterEnum(*values);
    } else if (const auto* domain = As<ast::AlterDomain>(s)) {
      // The server applies it, in the scratch database, after the CREATE DOMAIN.
      if (catalog::Domain* declared = FindDomain(domain->name)) {
        declared->written.push_back(Written(domain->statement));
      }
    } else if (const auto* comment = As<ast::Comment>(s)) {
      ApplyComment(*comment, s.range);
    } else if (const auto* grant = As<ast::Grant>(s)) {
      DeclareGrant(*grant, s.range);
    } else if (const auto* index = As<ast::AlterIndex>(s)) {
      if (index->kind == ast::AlterIndexKind::kSetStatistics) {
        SetIndexStatistics(*index);
      } else if (index->kind == ast::AlterIndexKind::kSetOptions) {
        SetIndexOptions(*index);
      } else {
        AttachIndex(*index);
      }
    } else {
      return false;
    }
    return true;
  });
  RemoveAttachedIndexes();
  ApplyRenameHints();
  CanonicalizeIndexExpressions();
  CheckReferences();
  return std::move(catalog_);
}

void Compiler::DeclareSchema(const ast::CreateSchema& statement, const base::SourceRange& range) {
  const std::string& name = statement.name.name;
  auto existing = catalog_.schemas.find(name);
  if (existing != catalog_.schemas.end()) {
    // The public schema exists in every database: IF NOT EXISTS makes declaring it harmless. Any
    // other second declaration would make the schema depend on statement order.
    bool implicit = !existing->second.origin.range.valid();
    if (implicit && statement.if_not_exists) {
      existing->second.origin.range = range;
      return;
    }
    auto& d = sink_.Error(
        "duplicate-object", statement.name.range,
        implicit ? fmt::format("schema \"{}\" exists in every database; remove this statement or "
                               "write CREATE SCHEMA IF NOT EXISTS",
                               name)
                 : fmt::format("schema \"{}\" is declared twice; keep one declaration", name));
    if (!implicit) {
      d.notes.push_back({existing->second.origin.range, "previously declared here"});
    }
    return;
  }
  if (name.starts_with("pg_")) {
    sink_.Error("reserved-name", statement.name.range,
                fmt::format("schema name \"{}\" is reserved; the prefix \"pg_\" is reserved for "
                            "system schemas",
                            name));
    return;
  }
  catalog::Schema schema;
  schema.name = name;
  schema.origin.range = range;
  if (statement.authorization) {
    schema.owner.role = statement.authorization->name;
  }
  catalog_.schemas[name] = std::move(schema);
}

void Compiler::DeclareExtension(const ast::CreateExtension& statement,
                                const base::SourceRange& range) {
  const std::string& name = statement.name.name;
  auto existing = catalog_.extensions.find(name);
  if (existing != catalog_.extensions.end()) {
    auto& d =
        sink_.Error("duplicate-object", statement.name.range,
                    fmt::format("extension \"{}\" is declared twice; keep one declaration", name));
    d.notes.push_back({existing->second.origin.range, "previously declared here"});
    return;
  }
  if (name == kImplicitExtension) {
    // plpgsql exists in every database, in pg_catalog, like the schema public: declaring it is
    // harmless and adds nothing to the catalog (introspection leaves out pg_catalog too).
    if (statement.schema && statement.schema->name != "pg_catalog") {
      sink_.Error("duplicate-object", statement.schema->range,
                  fmt::format("extension \"{}\" exists in every database, in schema "
                              "pg_catalog; remove WITH SCHEMA {} or the statement",
                              name, statement.schema->name));
    } else if (!statement.if_not_exists) {
      sink_.Warning("builtin-extension", statement.name.range,
                    fmt::format("extension \"{}\" exists in every database, so psql reports "
                                "this statement as an error; write CREATE EXTENSION IF NOT "
                                "EXISTS {} or remove it",
                                name, name));
    }
    return;
  }
  catalog::Extension extension;
  extension.name = name;
  // Without WITH SCHEMA, an extension goes to the first schema of the search_path.
  extension.schema = statement.schema ? statement.schema->name
                                      : ResolveSchema(name, NameUse::kCreate, statement.name.range);
  if (extension.schema.empty() ||
      (statement.schema && !SchemaExists(extension.schema, statement.schema->range))) {
    return;
  }
  extension.version = statement.version;
  extension.cascade.value = statement.cascade;
  extension.origin.range = range;
  catalog_.extensions[name] = std::move(extension);
}

catalog::Extension* Compiler::FindExtension(const std::string& name,
                                            const base::SourceRange& range) {
  auto it = catalog_.extensions.find(name);
  if (it != catalog_.extensions.end()) {
    return &it->second;
  }
  std::vector<std::string> candidates;
  for (const auto& [other, extension] : catalog_.extensions) {
    candidates.push_back(other);
  }
  ReportUnknown("unknown-object", range, fmt::format("extension \"{}\" does not exist", name), name,
                candidates);
  return nullptr;
}

void Compiler::AlterExtension(const ast::AlterExtension& statement) {
  const std::string& name = statement.name.name;
  if (name == kImplicitExtension) {
    sink_.Error("unknown-object", statement.name.range,
                fmt::format("extension \"{}\" has one version, the one every database has; "
                            "remove the statement",
                            name));
    return;
  }
  // Without TO, the version the server's control file names, as CREATE EXTENSION without VERSION.
  if (catalog::Extension* extension = FindExtension(name, statement.name.range)) {
    extension->version = statement.version;
  }
}

void Compiler::DeclareEnum(const ast::CreateEnum& statement, const base::SourceRange& range) {
  std::optional<catalog::QualifiedName> name = Qualify(statement.name, NameUse::kCreate);
  if (!name) {
    return;
  }
  if (TypeDeclaredTwice(*name, statement.name.range)) {
    return;
  }
  if (BuiltinTypeName(name->name) && name->schema == "pg_catalog") {
    sink_.Error("duplicate-object", statement.name.range,
                fmt::format("type \"{}\" already exists", name->Text()));
    return;
  }
  catalog::EnumType type;
  type.name = *name;
  type.origin.range = range;
  for (const auto& [label, label_range] : statement.labels) {
    if (label.size() > 63) {
      sink_.Error(
          "invalid-enum-label", label_range,
          fmt::format("invalid enum label \"{}\"; labels must be at most 63 bytes long", label));
      continue;
    }
    if (std::find(type.labels.begin(), type.labels.end(), label) != type.labels.end()) {
      sink_.Error("duplicate-enum-label", label_range,
                  fmt::format("enum label \"{}\" is listed twice; remove one", label));
      continue;
    }
    type.labels.push_back(label);
  }
  for (const auto& [label, hint] : statement.renamed_labels) {
    type.origin.renamed_labels.emplace(label, catalog::RenameHint{hint.name, hint.range});
  }
  catalog_.enums[*name] = std::move(type);
}

catalog::SequenceOptions Compiler::ResolveSequenceOptions(const ast::SequenceOptions& given,
                                                          const std::string& default_type,
                                                          const catalog::SequenceOptions* base) {
  catalog::SequenceOptions out = base != nullptr ? *base : catalog::SequenceOptions{};
  out.type = base != nullptr ? base->type : default_type;
  if (given.type) {
    std::optional<std::string> builtin = given.type->sql_standard || given.type->name.size() > 1
                                             ? std::nullopt
                                             : BuiltinTypeName(given.type->name.back());
    if (!builtin || !SequenceTypeRange(*builtin) || given.type->array_dimensions > 0 ||
        !given.type->modifiers.empty()) {
      sink_.Error("invalid-sequence-option", given.type->range,
                  "sequence type must be smallint, integer, or bigint");
    } else {
      out.type = *builtin;
    }
  }
  auto [type_min, type_max] = *SequenceTypeRange(out.type);
  if (given.increment) {
    if (*given.increment == 0) {
      sink_.Error("invalid-sequence-option", given.range, "INCREMENT must not be zero");
    } else {
      out.increment = *given.increment;
    }
  }
  bool ascending = out.increment > 0;
  // AS another type moves a bound that was the old type's own to the new type's; a bound chosen
  // otherwise stays, as PostgreSQL does.
  bool reset_min = false;
  bool reset_max = false;
  if (base != nullptr && given.type && base->type != out.type) {
    auto [old_min, old_max] = *SequenceTypeRange(base->type);
    reset_min = base->min_value == old_min;
    reset_max = base->max_value == old_max;
  }
  if (given.min_value) {
    out.min_value = *given.min_value;
  } else if (base == nullptr || given.no_min_value || reset_min) {
    out.min_value = ascending && !reset_min ? 1 : type_min;
  }
  if (given.max_value) {
    out.max_value = *given.max_value;
  } else if (base == nullptr || given.no_max_value || reset_max) {
    out.max_value = ascending || reset_max ? type_max : -1;
  }
  if (given.start) {
    out.start = *given.start;
  } else if (base == nullptr) {
    out.start = ascending ? out.min_value : out.max_value;
  }
  if (given.cache) {
    if (*given.cache < 1) {
      sink_.Error("invalid-sequence-option", given.range,
                  fmt::format("CACHE ({}) must be greater than zero", *given.cache));
    } else {
      out.cache = *given.cache;
    }
  }
  if (given.cycle) {
    out.cycle = *given.cycle;
  }
  if (out.min_value < type_min || out.max_value > type_max) {
    sink_.Error("invalid-sequence-option", given.range,
                fmt::format("MINVALUE and MAXVALUE must lie within the range of type {} ({} to {})",
                            out.type, type_min, type_max));
  } else if (out.min_value >= out.max_value) {
    sink_.Error(
        "invalid-sequence-option", given.range,
        fmt::format("MINVALUE ({}) must be less than MAXVALUE ({})", out.min_value, out.max_value));
  } else if (out.start < out.min_value || out.start > out.max_value) {
    sink_.Error("invalid-sequence-option", given.range,
                fmt::format("START value ({}) must lie between MINVALUE ({}) and MAXVALUE ({})",
                            out.start, out.min_value, out.max_value));
  }
  return out;
}

void Compiler::DeclareSequence(const ast::CreateSequence& statement,
                               const base::SourceRange& range) {
  std::optional<catalog::QualifiedName> name = Qualify(statement.name, NameUse::kCreate);
  if (!name) {
    return;
  }
  if (!ClaimRelationName(*name, statement.name.range)) {
    return;
  }
  catalog::Sequence sequence;
  sequence.name = *name;
  sequence.unlogged = statement.unlogged;
  sequence.origin.range = range;
  sequence.options = ResolveSequenceOptions(statement.options, "bigint", nullptr);
  if (statement.options.owned_by) {
    std::optional<catalog::QualifiedName> owner_table;
    const auto& parts = statement.options.owned_by->parts;
    if (parts.size() >= 2) {
      ast::QualifiedName table_name = *statement.options.owned_by;
      table_name.parts.pop_back();
      owner_table = Qualify(table_name, NameUse::kRelation);
    } else {
      sink_.Error("invalid-sequence-option", statement.options.owned_by->range,
                  "OWNED BY needs a table and a column (table.column)");
    }
    if (owner_table) {
      sequence.owned_by = catalog::ColumnRef{*owner_table, parts.back().name};
    }
  }
  catalog_.sequences[*name] = std::move(sequence);
}

void Compiler::AlterSequence(const ast::AlterSequence& statement) {
  std::optional<catalog::QualifiedName> name = Qualify(statement.name, NameUse::kRelation);
  if (!name) {
    return;
  }
  auto it = catalog_.sequences.find(*name);
  if (it == catalog_.sequences.end()) {
    if (auto [table, column] = IdentityOf(*name); column != nullptr) {
      AlterIdentitySequence(*table, *column, statement);
      return;
    }
    std::vector<std::string> candidates = NamesOf(catalog_.sequences);
    ReportUnknown("unknown-relation", statement.name.range,
                  fmt::format("sequence \"{}\" does not exist", name->Text()), name->Text(),
                  candidates);
    return;
  }
  catalog::Sequence& sequence = it->second;
  if (statement.owner) {
    sequence.owner.role = statement.owner->name;
  }
  if (statement.options.owned_by_none) {
    sequence.owned_by.reset();
  }
  if (statement.options.owned_by) {
    const auto& parts = statement.options.owned_by->parts;
    if (parts.size() < 2) {
      sink_.Error("invalid-sequence-option", statement.options.owned_by->range,
                  "OWNED BY needs a table and a column (table.column)");
    } else {
      ast::QualifiedName table_name = *statement.options.owned_by;
      table_name.parts.pop_back();
      if (std::optional<catalog::QualifiedName> table = Qualify(table_name, NameUse::kRelation)) {
        sequence.owned_by = catalog::ColumnRef{*table, parts.back().name};
        sequence.origin.range = statement.options.owned_by->range;
      }
    }
  }
  bool changes_options = statement.options.type || statement.options.increment ||
                         statement.options.min_value || statement.options.max_value ||
                         statement.options.no_min_value || statement.options.no_max_value ||
                         statement.options.start || statement.options.cache ||
                         statement.options.cycle;
  if (changes_options) {
    sequence.options =
        ResolveSequenceOptions(statement.options, sequence.options.type, &sequence.options);
  }
}

std::pair<catalog::Table*, catalog::Column*> Compiler::IdentityOf(
    const catalog::QualifiedName& sequence) {
  for (auto& [name, table] : catalog_.tables) {
    for (catalog::Column& column : table.columns) {
      if (column.identity && column.identity->sequence == sequence) {
        return {&table, &column};
      }
    }
  }
  return {nullptr, nullptr};
}

void Compiler::AlterIdentitySequence(const catalog::Table& table, catalog::Column& column,
                                     const ast::AlterSequence& statement) {
  // The sequence is its column's: PostgreSQL changes its options, and nothing else of it.
  if (statement.owner || statement.options.owned_by || statement.options.owned_by_none) {
    sink_.Error("identity-conflict", statement.name.range,
                fmt::format("sequence \"{}\" is the identity sequence of column \"{}\" of table "
                            "\"{}\", whose owner and OWNED BY are the table's; remove them",
                            column.identity->sequence.Text(), column.name, table.name.Text()));
    return;
  }
  catalog::SequenceOptions& options = column.identity->options;
  options = ResolveSequenceOptions(statement.options, options.type, &options);
}

void Compiler::AlterOwner(const ast::AlterOwner& statement) {
  std::optional<catalog::QualifiedName> name;
  if (statement.object_kind == "schema") {
    if (statement.name.parts.size() != 1) {
      sink_.Error("syntax-error", statement.name.range, "a schema name has one part");
      return;
    }
    auto it = catalog_.schemas.find(statement.name.last());
    if (it == catalog_.schemas.end()) {
      SchemaExists(statement.name.last(), statement.name.range);
      return;
    }
    it->second.owner.role = statement.owner.name;
    return;
  }
  if (statement.object_kind == "function" || statement.object_kind == "procedure" ||
      statement.object_kind == "aggregate") {
    if (catalog::Function* function =
            FindFunction(statement.name, statement.parameters, statement.object_kind)) {
      function->owner.role = statement.owner.name;
    }
    return;
  }
  if (statement.object_kind == "statistics") {
    if (catalog::Statistics* statistics = FindStatistics(statement.name)) {
      statistics->owner.role = statement.owner.name;
    }
    return;
  }
  if (statement.object_kind == "collation") {
    if (catalog::Collation* collation = FindCollation(statement.name)) {
      collation->owner.role = statement.owner.name;
    }
    return;
  }
  if (statement.object_kind == "operator") {
    if (catalog::Operator* op = FindOperator(statement.name, *statement.parameters)) {
      op->owner.role = statement.owner.name;
    }
    return;
  }
  if (statement.object_kind == "conversion") {
    if (catalog::Conversion* conversion = FindConversion(statement.name)) {
      conversion->owner.role = statement.owner.name;
    }
    return;
  }
  if (statement.object_kind == "operator class" || statement.object_kind == "operator family") {
    if (catalog::OperatorClass* object = FindOperatorClass(statement.object_kind == "operator class"
                                                               ? ast::OperatorClassKind::kClass
                                                               : ast::OperatorClassKind::kFamily,
                                                           statement.name, *statement.method)) {
      object->owner.role = statement.owner.name;
    }
    return;
  }
  if (statement.object_kind == "event trigger") {
    if (catalog::EventTrigger* trigger = FindEventTrigger(statement.name.parts[0])) {
      trigger->owner.role = statement.owner.name;
    }
    return;
  }
  if (statement.object_kind == "publication") {
    if (catalog::Publication* publication = FindPublication(statement.name.parts[0])) {
      publication->owner.role = statement.owner.name;
    }
    return;
  }
  if (statement.object_kind == "server") {
    if (FindForeignData(ast::ForeignDataKind::kServer, statement.name.parts[0]) != nullptr) {
      catalog_.servers.at(statement.name.parts[0].name).owner.role = statement.owner.name;
    }
    return;
  }
  if (statement.object_kind == "foreign-data wrapper") {
    if (FindForeignData(ast::ForeignDataKind::kWrapper, statement.name.parts[0]) != nullptr) {
      catalog_.foreign_data_wrappers.at(statement.name.parts[0].name).owner.role =
          statement.owner.name;
    }
    return;
  }
  if (statement.object_kind == "text search dictionary" ||
      statement.object_kind == "text search configuration") {
    if (catalog::TextSearch* object = FindTextSearch(
            statement.object_kind == "text search dictionary" ? ast::TextSearchKind::kDictionary
                                                              : ast::TextSearchKind::kConfiguration,
            statement.name)) {
      object->owner.role = statement.owner.name;
    }
    return;
  }
  if (statement.object_kind == "view" || statement.object_kind == "materialized view") {
    name = Qualify(statement.name, NameUse::kRelation);
    if (!name) {
      return;
    }
    bool materialized = statement.object_kind == "materialized view";
    auto view = catalog_.views.find(*name);
    if (view != catalog_.views.end() && view->second.materialized != materialized) {
      sink_.Error("unknown-relation", statement.name.range,
                  fmt::format("\"{}\" is a {}; write ALTER {} ... OWNER TO", name->Text(),
                              materialized ? "view" : "materialized view",
                              materialized ? "VIEW" : "MATERIALIZED VIEW"));
      return;
    }
    if (view == catalog_.views.end()) {
      std::vector<std::string> candidates;
      for (const auto& [key, declared] : catalog_.views) {
        if (declared.materialized == materialized) {
          candidates.push_back(key.Text());
        }
      }
      ReportUnknown("unknown-relation", statement.name.range,
                    fmt::format("{} \"{}\" does not exist", statement.object_kind, name->Text()),
                    name->Text(), candidates);
      return;
    }
    view->second.owner.role = statement.owner.name;
    return;
  }
  name = Qualify(statement.name, NameUse::kType);
  if (!name) {
    return;
  }
  if (auto domain = catalog_.domains.find(*name); domain != catalog_.domains.end()) {
    domain->second.owner.role = statement.owner.name;  // ALTER DOMAIN, or ALTER TYPE on a domain
    return;
  }
  if (auto type = catalog_.composites.find(*name); type != catalog_.composites.end()) {
    type->second.owner.role = statement.owner.name;
    return;
  }
  if (auto type = catalog_.ranges.find(*name); type != catalog_.ranges.end()) {
    type->second.owner.role = statement.owner.name;
    return;
  }
  auto it = catalog_.enums.find(*name);
  if (it == catalog_.enums.end()) {
    std::vector<std::string> candidates = NamesOf(catalog_.enums, catalog_.composites);
    ReportUnknown("unknown-type", statement.name.range,
                  fmt::format("type \"{}\" does not exist", name->Text()), name->Text(),
                  candidates);
    return;
  }
  it->second.owner.role = statement.owner.name;
}

std::optional<catalog::QualifiedName> Compiler::Qualify(const ast::QualifiedName& name,
                                                        NameUse use) {
  if (name.parts.size() > 2) {
    sink_.Error("cross-database-reference", name.range,
                fmt::format("\"{}\" names a database; write schema.name", name.Text()));
    return std::nullopt;
  }
  catalog::QualifiedName out;
  out.name = name.last();
  if (name.parts.size() == 2) {
    out.schema = name.parts[0].name;
  } else {
    out.schema = ResolveSchema(out.name, use, name.range);
    if (out.schema.empty()) {
      return std::nullopt;
    }
  }
  if (!SchemaExists(out.schema, name.parts[0].range)) {
    return std::nullopt;
  }
  return out;
}

std::string Compiler::CreationSchema() const {
  if (search_path_ == nullptr) {
    return "public";
  }
  for (const std::string& schema : *search_path_) {
    if (schema != "$user" && catalog_.schemas.count(schema) != 0) {
      return schema;
    }
  }
  return "";
}

std::string Compiler::ResolveSchema(const std::string& name, NameUse use,
                                    const base::SourceRange& range) {
  std::string creation = CreationSchema();
  if (use != NameUse::kCreate && search_path_ != nullptr) {
    for (const std::string& schema : *search_path_) {
      bool found = false;
      if (use == NameUse::kType) {
        found = IsUserType({schema, name});
      } else {
        auto declared = declared_relations_.find(schema);
        found = RelationNameTaken(schema, name) ||
                (declared != declared_relations_.end() && declared->second.count(name) != 0);
      }
      if (found) {
        return schema;
      }
    }
  }
  if (creation == "pg_catalog" && use == NameUse::kCreate) {
    sink_.Error("no-schema-selected", range,
                fmt::format("\"{}\" would be created in pg_catalog, the first schema of the "
                            "search_path; qualify the name or set a search_path that starts "
                            "with the schema to create in",
                            name));
    return "";
  }
  if (creation.empty()) {
    if (use != NameUse::kCreate) {
      return "public";  // reported as unknown where the object is looked up
    }
    sink_.Error(
        "no-schema-selected", range,
        fmt::format(
            "no schema has been selected to create \"{}\" in: no schema of the "
            "search_path ({}) exists; qualify the name or set search_path to a "
            "schema the files declare",
            name,
            search_path_->empty() ? "empty" : fmt::format("{}", fmt::join(*search_path_, ", "))));
    return "";
  }
  return creation;
}

void Compiler::DeclareRelationName(const ast::Statement& statement) {
  const ast::QualifiedName* name = nullptr;
  if (const auto* table = std::get_if<ast::CreateTable>(&statement.body)) {
    name = &table->name;
  } else if (const auto* sequence = std::get_if<ast::CreateSequence>(&statement.body)) {
    name = &sequence->name;
  } else if (const auto* view = std::get_if<ast::CreateView>(&statement.body)) {
    name = &view->name;
  }
  if (name == nullptr || name->parts.empty() || name->parts.size() > 2) {
    return;
  }
  std::string schema = name->parts.size() == 2 ? name->parts[0].name : CreationSchema();
  if (!schema.empty()) {
    declared_relations_[schema].insert(name->last());
  }
}

catalog::Written Compiler::Written(const ast::Expression& expression) const {
  catalog::Written out;
  out.text = expression.text;
  out.start = expression.range;
  if (search_path_ != nullptr) {
    for (const std::string& schema : *search_path_) {
      if (schema != "$user") {
        out.search_path.push_back(schema);
      }
    }
  } else {
    out.search_path = {"public"};
  }
  return out;
}

bool Compiler::SchemaExists(const std::string& schema, const base::SourceRange& range) {
  if (catalog_.schemas.count(schema) > 0) {
    return true;
  }
  std::vector<std::string> candidates;
  for (const auto& [name, declared] : catalog_.schemas) {
    candidates.push_back(name);
  }
  ReportUnknown("unknown-schema", range,
                fmt::format("schema \"{}\" does not exist; declare it with CREATE SCHEMA or fix "
                            "the name",
                            schema),
                schema, candidates);
  return false;
}

catalog::Table* Compiler::FindTable(const ast::QualifiedName& name, std::string_view role) {
  std::optional<catalog::QualifiedName> qualified = Qualify(name, NameUse::kRelation);
  if (!qualified) {
    return nullptr;
  }
  auto it = catalog_.tables.find(*qualified);
  if (it != catalog_.tables.end()) {
    return &it->second;
  }
  std::vector<std::string> candidates;
  for (const auto& [key, table] : catalog_.tables) {
    candidates.push_back(name.parts.size() == 1 && key.schema == "public" ? key.name : key.Text());
  }
  ReportUnknown("unknown-relation", name.range,
                fmt::format("{}table \"{}\" does not exist", role, qualified->Text()),
                name.parts.size() == 1 ? qualified->name : qualified->Text(), candidates);
  return nullptr;
}

bool Compiler::RelationNameTaken(const std::string& schema, const std::string& name) const {
  auto it = relations_.find(schema);
  return it != relations_.end() && it->second.count(name) > 0;
}

bool Compiler::ConstraintNameTaken(const std::string& schema, const std::string& name) const {
  auto it = constraint_names_.find(schema);
  return it != constraint_names_.end() && it->second.count(name) > 0;
}

bool Compiler::ClaimRelationName(const catalog::QualifiedName& name,
                                 const base::SourceRange& range) {
  auto& names = relations_[name.schema];
  auto [it, inserted] = names.emplace(name.name, range);
  if (!inserted) {
    // IF NOT EXISTS does not help here: which declaration wins would depend on statement order.
    auto& d = sink_.Error("duplicate-object", range,
                          fmt::format("relation \"{}\" is declared twice; tables, sequences, "
                                      "indexes, views and composite types share one namespace "
                                      "per schema, so keep one declaration or rename one",
                                      name.Text()));
    if (it->second.valid()) {
      d.notes.push_back({it->second, "previously declared here"});
    }
    return false;
  }
  return true;
}

void Compiler::ReportUnknown(std::string code, const base::SourceRange& range, std::string message,
                             const std::string& wanted,
                             const std::vector<std::string>& candidates) {
  if ((code == "unknown-relation" || code == "unknown-type" || code == "unknown-schema" ||
       code == "unknown-function") &&
      DeclaredByRefusedStatement(wanted)) {
    return;
  }
  auto& d = sink_.Error(std::move(code), range, std::move(message));
  std::string suggestion = Suggest(wanted, candidates);
  if (!suggestion.empty()) {
    d.notes.push_back({{}, fmt::format("did you mean \"{}\"?", suggestion)});
  }
}

bool Compiler::DeclaredByRefusedStatement(const std::string& wanted) const {
  // `wanted` is written as the reports write it: "name", "schema.name" or "schema.name(args)".
  auto names = [&](const std::string& name) {
    return wanted == name || wanted.starts_with(name + "(");
  };
  return std::any_of(failed_.begin(), failed_.end(), [&](const std::vector<std::string>& name) {
    if (name.size() == 2) {
      return names(name[0] + "." + name[1]) || names(name[1]);
    }
    return names(name[0]) || (wanted.ends_with("." + name[0])) ||
           wanted.find("." + name[0] + "(") != std::string::npos;
  });
}

catalog::Catalog Compile(std::vector<ast::File> files, base::DiagnosticSink& sink) {
  return Compiler(sink).Run(files);
}

CompileResult CompilePath(const std::filesystem::path& root, base::DiagnosticSink& sink,
                          const CompileProgress& progress) {
  CompileResult result;
  std::vector<std::shared_ptr<const base::SourceFile>> sources =
      base::LoadSchemaSources(root, sink);
  std::vector<ast::File> files;
  for (const std::shared_ptr<const base::SourceFile>& source : sources) {
    if (progress) {
      progress(files.size(), sources.size(), result.statements);
    }
    files.push_back(parse::ParseFile(source, sink));
    result.statements += files.back().statements.size();
  }
  sources.clear();  // the syntax trees hold what they need of each file
  result.files = files.size();
  if (progress) {
    progress(result.files, result.files, result.statements);
  }
  result.catalog = Compile(std::move(files), sink);
  return result;
}

}  // namespace schemac::sema

// Statistics objects, collations and conversions: CREATE STATISTICS (on a table or materialized
// view the files declare), CREATE COLLATION and CREATE CONVERSION, kept as written for the
// server.
#include <fmt/format.h>

#include "schemac/base/quote.h"

#include "compiler.h"

namespace schemac::sema {

void Compiler::DeclareStatistics(const ast::CreateStatistics& statement,
                                 const base::SourceRange& range) {
  std::optional<catalog::QualifiedName> name = Qualify(statement.name, NameUse::kCreate);
  std::optional<catalog::QualifiedName> table = Qualify(statement.table, NameUse::kRelation);
  if (!name || !table) {
    return;
  }
  auto view = catalog_.views.find(*table);
  bool materialized = view != catalog_.views.end() && view->second.materialized;
  if (catalog_.tables.count(*table) == 0 && !materialized) {
    std::vector<std::string> candidates = NamesOf(catalog_.tables);
    ReportUnknown("unknown-relation", statement.table.range,
                  fmt::format("table or materialized view \"{}\" does not exist", table->Text()),
                  table->Text(), candidates);
    return;
  }
  if (auto existing = catalog_.statistics.find(*name); existing != catalog_.statistics.end()) {
    auto& d = sink_.Error("duplicate-object", statement.name.range,
                          fmt::format("statistics object \"{}\" is declared twice; keep one "
                                      "declaration",
                                      name->Text()));
    d.notes.push_back({existing->second.origin.range, "previously declared here"});
    return;
  }
  catalog::Statistics statistics;
  statistics.name = *name;
  statistics.table = *table;
  statistics.origin.range = range;
  statistics.written = Written(statement.statement);
  catalog_.statistics[*name] = std::move(statistics);
}

catalog::Statistics* Compiler::FindStatistics(const ast::QualifiedName& name) {
  std::optional<catalog::QualifiedName> qualified = Qualify(name, NameUse::kRelation);
  if (!qualified) {
    return nullptr;
  }
  // Statistics objects are not relations: an unqualified name is looked up along the path.
  if (name.parts.size() == 1 && search_path_ != nullptr) {
    for (const std::string& schema : *search_path_) {
      auto it = catalog_.statistics.find({schema, name.last()});
      if (it != catalog_.statistics.end()) {
        return &it->second;
      }
    }
  }
  auto it = catalog_.statistics.find(*qualified);
  if (it != catalog_.statistics.end()) {
    return &it->second;
  }
  std::vector<std::string> candidates = NamesOf(catalog_.statistics);
  ReportUnknown("unknown-statistics", name.range,
                fmt::format("statistics object \"{}\" does not exist", qualified->Text()),
                qualified->Text(), candidates);
  return nullptr;
}

void Compiler::DeclareCollation(const ast::CreateCollation& statement,
                                const base::SourceRange& range) {
  std::optional<catalog::QualifiedName> name = Qualify(statement.name, NameUse::kCreate);
  if (!name) {
    return;
  }
  if (auto existing = catalog_.collations.find(*name); existing != catalog_.collations.end()) {
    auto& d = sink_.Error(
        "duplicate-object", statement.name.range,
        fmt::format("collation \"{}\" is declared twice; keep one declaration", name->Text()));
    d.notes.push_back({existing->second.origin.range, "previously declared here"});
    return;
  }
  catalog::Collation collation;
  collation.name = *name;
  collation.origin.range = range;
  collation.written = Written(statement.statement);
  catalog_.collations[*name] = std::move(collation);
}

void Compiler::DeclareConversion(const ast::CreateConversion& statement,
                                 const base::SourceRange& range) {
  std::optional<catalog::QualifiedName> name = Qualify(statement.name, NameUse::kCreate);
  if (!name) {
    return;
  }
  if (auto existing = catalog_.conversions.find(*name); existing != catalog_.conversions.end()) {
    auto& d = sink_.Error(
        "duplicate-object", statement.name.range,
        fmt::format("conversion \"{}\" is declared twice; keep one declaration", name->Text()));
    d.notes.push_back({existing->second.origin.range, "previously declared here"});
    return;
  }
  catalog::Conversion conversion;
  conversion.name = *name;
  conversion.origin.range = range;
  conversion.written = Written(statement.statement);
  catalog_.conversions[*name] = std::move(conversion);
}

catalog::Conversion* Compiler::FindConversion(const ast::QualifiedName& name) {
  std::optional<catalog::QualifiedName> qualified = Qualify(name, NameUse::kType);
  if (!qualified) {
    return nullptr;
  }
  if (name.parts.size() == 1 && search_path_ != nullptr) {
    for (const std::string& schema : *search_path_) {
      auto it = catalog_.conversions.find({schema, name.last()});
      if (it != catalog_.conversions.end()) {
        return &it->second;
      }
    }
  }
  auto it = catalog_.conversions.find(*qualified);
  if (it != catalog_.conversions.end()) {
    return &it->second;
  }
  std::vector<std::string> candidates = NamesOf(catalog_.conversions);
  ReportUnknown("unknown-conversion", name.range,
                fmt::format("conversion \"{}\" does not exist; declare it with CREATE CONVERSION",
                            qualified->Text()),
                qualified->Text(), candidates);
  return nullptr;
}

std::string Compiler::CollationName(const ast::QualifiedName& name) const {
  if (name.parts.size() == 2) {
    return base::QuoteQualified(name.parts[0].name, name.last());
  }
  // pg_catalog comes first on every path, unless the path names it later.
  if (search_path_ != nullptr) {
    for (const std::string& schema : *search_path_) {
      if (schema == "pg_catalog") {
        break;
      }
      if (catalog_.collations.count({schema, name.last()}) != 0) {
        return base::QuoteQualified(schema, name.last());
      }
    }
  }
  return base::QuoteQualified("pg_catalog", name.last());
}

catalog::Collation* Compiler::FindCollation(const ast::QualifiedName& name) {
  std::optional<catalog::QualifiedName> qualified = Qualify(name, NameUse::kType);
  if (!qualified) {
    return nullptr;
  }
  if (name.parts.size() == 1 && search_path_ != nullptr) {
    for (const std::string& schema : *search_path_) {
      auto it = catalog_.collations.find({schema, name.last()});
      if (it != catalog_.collations.end()) {
        return &it->second;
      }
    }
  }
  auto it = catalog_.collations.find(*qualified);
  if (it != catalog_.collations.end()) {
    return &it->second;
  }
  std::vector<std::string> candidates = NamesOf(catalog_.collations);
  ReportUnknown("unknown-collation", name.range,
                fmt::format("collation \"{}\" does not exist", qualified->Text()),
                qualified->Text(), candidates);
  return nullptr;
}

}  // namespace schemac::sema

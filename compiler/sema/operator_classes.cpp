// Operator families and classes: CREATE OPERATOR FAMILY | CLASS and ALTER OPERATOR FAMILY ... ADD |
// DROP, kept as written for the server, named by their schema, name and index access method. A
// class that names no FAMILY makes the family of its name (unless one is declared), which is
// declared `implicit`: its ALTER statements are given to the server after the class.
#include <fmt/format.h>

#include "schemac/base/quote.h"

#include "compiler.h"

namespace schemac::sema {
namespace {

std::map<catalog::OperatorClassName, catalog::OperatorClass>& Objects(catalog::Catalog& catalog,
                                                                      ast::OperatorClassKind kind) {
  return kind == ast::OperatorClassKind::kFamily ? catalog.operator_families
                                                 : catalog.operator_classes;
}

catalog::ObjectKind KindOf(ast::OperatorClassKind kind) {
  return kind == ast::OperatorClassKind::kFamily ? catalog::ObjectKind::kOperatorFamily
                                                 : catalog::ObjectKind::kOperatorClass;
}

}  // namespace

void Compiler::DeclareOperatorFamilyOf(const ast::OperatorClassStatement& statement,
                                       const base::SourceRange& range) {
  std::optional<catalog::QualifiedName> name = Qualify(statement.name, NameUse::kCreate);
  if (!name) {
    return;
  }
  catalog::OperatorClassName key{name->schema, name->name, statement.method.name};
  auto existing = catalog_.operator_families.find(key);
  if (statement.kind == ast::OperatorClassKind::kClass) {
    if (!statement.family && existing == catalog_.operator_families.end()) {
      // the family the class makes
      catalog::OperatorClass& family = catalog_.operator_families[key];
      family.kind = catalog::ObjectKind::kOperatorFamily;
      family.name = key;
      family.implicit.value = true;
      family.origin.range = range;
    }
    return;
  }
  if (existing != catalog_.operator_families.end() && !existing->second.implicit.value) {
    auto& d = sink_.Error(
        "duplicate-object", statement.name.range,
        fmt::format("operator family {} is declared twice; keep one declaration", key.Text()));
    d.notes.push_back({existing->second.origin.range, "previously declared here"});
    return;
  }
  catalog::OperatorClass& family = catalog_.operator_families[key];
  family.kind = catalog::ObjectKind::kOperatorFamily;
  family.name = key;
  family.implicit.value = false;
  family.origin.range = range;
  family.written.insert(family.written.begin(), Written(statement.statement));
}

void Compiler::DeclareOperatorClass(const ast::OperatorClassStatement& statement,
                                    const base::SourceRange& range) {
  std::optional<catalog::QualifiedName> name = Qualify(statement.name, NameUse::kCreate);
  if (!name) {
    return;
  }
  if (statement.family && FindOperatorClass(ast::OperatorClassKind::kFamily, *statement.family,
                                            statement.method) == nullptr) {
    return;
  }
  catalog::OperatorClassName key{name->schema, name->name, statement.method.name};
  if (auto existing = catalog_.operator_classes.find(key);
      existing != catalog_.operator_classes.end()) {
    auto& d = sink_.Error(
        "duplicate-object", statement.name.range,
        fmt::format("operator class {} is declared twice; keep one declaration", key.Text()));
    d.notes.push_back({existing->second.origin.range, "previously declared here"});
    return;
  }
  catalog::OperatorClass& object = catalog_.operator_classes[key];
  object.kind = catalog::ObjectKind::kOperatorClass;
  object.name = key;
  object.origin.range = range;
  object.written.push_back(Written(statement.statement));
}

std::string Compiler::OperatorClassName(const ast::QualifiedName& name) {
  // The server reads the name along the search_path the statement runs under.
  if (name.parts.size() == 2 && name.parts[0].name != "pg_catalog") {
    return base::QuoteQualified(name.parts[0].name, name.last());
  }
  return base::QuoteIdentifier(name.last());
}

catalog::OperatorClass* Compiler::FindOperatorClass(ast::OperatorClassKind kind,
                                                    const ast::QualifiedName& name,
                                                    const ast::Identifier& method) {
  std::optional<catalog::QualifiedName> qualified = Qualify(name, NameUse::kType);
  if (!qualified) {
    return nullptr;
  }
  auto& objects = Objects(catalog_, kind);
  if (name.parts.size() == 1 && search_path_ != nullptr) {
    for (const std::string& schema : *search_path_) {
      auto it = objects.find({schema, name.last(), method.name});
      if (it != objects.end()) {
        return &it->second;
      }
    }
  }
  catalog::OperatorClassName key{qualified->schema, qualified->name, method.name};
  auto it = objects.find(key);
  if (it != objects.end()) {
    return &it->second;
  }
  std::vector<std::string> candidates = NamesOf(objects);
  std::string_view word = catalog::KindName(KindOf(kind));
  ReportUnknown(
      kind == ast::OperatorClassKind::kFamily ? "unknown-operator-family"
                                              : "unknown-operator-class",
      name.range,
      fmt::format("{} {} does not exist; declare it with CREATE {}", word, key.Text(),
                  kind == ast::OperatorClassKind::kFamily ? "OPERATOR FAMILY" : "OPERATOR CLASS"),
      key.Text(), candidates);
  return nullptr;
}

void Compiler::AlterOperatorFamily(const ast::OperatorClassStatement& statement) {
  if (catalog::OperatorClass* family =
          FindOperatorClass(ast::OperatorClassKind::kFamily, statement.name, statement.method)) {
    family->written.push_back(Written(statement.statement));
  }
}

}  // namespace schemac::sema

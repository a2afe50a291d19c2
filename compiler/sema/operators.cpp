// Operators: CREATE OPERATOR, kept as written for the server, named by their schema, symbol and
// argument types.
#include <algorithm>

#include <fmt/format.h>

#include "compiler.h"

namespace schemac::sema {

std::string Compiler::OperatorArguments(const std::optional<ast::TypeName>& left,
                                        const ast::TypeName& right) {
  return (left ? ArgumentType(*left) : "NONE") + ", " + ArgumentType(right);
}

void Compiler::DeclareOperator(const ast::CreateOperator& statement,
                               const base::SourceRange& range) {
  std::optional<catalog::QualifiedName> name = Qualify(statement.name, NameUse::kCreate);
  if (!name) {
    return;
  }
  catalog::FunctionName key{name->schema, name->name,
                            OperatorArguments(statement.left, statement.right)};
  if (auto existing = catalog_.operators.find(key); existing != catalog_.operators.end()) {
    auto& d = sink_.Error("duplicate-object", statement.name.range,
                          fmt::format("operator \"{}\" is declared twice; keep one declaration "
                                      "(another operator of that name needs other argument types)",
                                      key.Text()));
    d.notes.push_back({existing->second.origin.range, "previously declared here"});
    return;
  }
  catalog::Operator op;
  op.name = key;
  op.origin.range = range;
  op.written = Written(statement.statement);
  catalog_.operators[key] = std::move(op);
}

catalog::Operator* Compiler::FindOperator(const ast::QualifiedName& name,
                                          const std::vector<ast::FunctionParameter>& arguments) {
  std::optional<catalog::QualifiedName> qualified = Qualify(name, NameUse::kType);
  if (!qualified || arguments.empty()) {
    return nullptr;
  }
  std::string types = OperatorArguments(
      arguments.size() == 2 ? std::optional<ast::TypeName>(arguments[0].type) : std::nullopt,
      arguments.back().type);
  if (name.parts.size() == 1 && search_path_ != nullptr) {
    for (const std::string& schema : *search_path_) {
      auto it = catalog_.operators.find({schema, name.last(), types});
      if (it != catalog_.operators.end()) {
        return &it->second;
      }
    }
  }
  catalog::FunctionName key{qualified->schema, qualified->name, types};
  auto it = catalog_.operators.find(key);
  if (it != catalog_.operators.end()) {
    return &it->second;
  }
  std::vector<std::string> candidates = NamesOf(catalog_.operators);
  // An unqualified one of a name the files never declare may be PostgreSQL's own (pg_catalog),
  // which is no part of a schema.
  bool declared = std::any_of(catalog_.operators.begin(), catalog_.operators.end(),
                              [&](const auto& entry) { return entry.first.name == name.last(); });
  std::string message =
      name.parts.size() == 1 && !declared
          ? fmt::format(
                "operator \"{}({})\" is not one the schema files declare; a built-in "
                "operator is not part of the schema: remove the statement, or declare "
                "the operator with CREATE OPERATOR",
                name.last(), types)
          : fmt::format("operator \"{}\" does not exist", key.Text());
  ReportUnknown("unknown-operator", name.range, std::move(message), key.Text(), candidates);
  return nullptr;
}

}  // namespace schemac::sema

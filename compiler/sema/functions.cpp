// Functions, procedures and triggers: the name and the argument types (a trigger's table) are
// resolved here; the statement is the server's to compile, so it is kept as written.
#include <algorithm>

#include <fmt/format.h>

#include "schemac/base/quote.h"

#include "compiler.h"
#include "types.h"

namespace schemac::sema {

std::string Compiler::ArgumentType(const ast::TypeName& written) {
  // An argument's type has no modifiers: format_type() prints it without them.
  ast::TypeName type = written;
  type.modifiers.clear();
  type.interval_fields.clear();
  std::string array;
  for (int i = 0; i < type.array_dimensions; ++i) {
    array += "[]";
  }
  auto builtin = [&](const std::string& base) {
    if (base == "character") {
      return "bpchar" + array;  // format_type()'s name for character without a length
    }
    return FormatBuiltinType(base, type).text;
  };
  if (type.sql_standard) {
    return builtin(type.name[0]);
  }
  const std::string& name = type.name.back();
  std::string schema = type.name.size() >= 2 ? type.name[type.name.size() - 2] : "";
  if (schema.empty() || schema == "pg_catalog") {
    if (std::optional<std::string> base = BuiltinTypeName(name)) {
      return builtin(*base);
    }
  }
  if (schema.empty()) {
    // The first schema of the path with a type of this name (an enum, a table's or a view's row
    // type); without one, a type of pg_catalog (anyelement, regclass, ...), which format_type()
    // prints unqualified.
    if (search_path_ != nullptr) {
      for (const std::string& candidate : *search_path_) {
        catalog::QualifiedName qualified{candidate, name};
        auto declared = declared_relations_.find(candidate);
        bool relation = declared != declared_relations_.end() && declared->second.count(name) != 0;
        if (IsUserType(qualified) || catalog_.views.count(qualified) != 0 || relation) {
          return qualified.Quoted() + array;
        }
      }
    }
    return base::QuoteIdentifier(name) + array;
  }
  return catalog::QualifiedName{schema, name}.Quoted() + array;
}

std::string Compiler::Arguments(const std::vector<ast::FunctionParameter>& parameters) {
  std::string out;
  for (const ast::FunctionParameter& parameter : parameters) {
    if (parameter.mode != "out") {
      out += (out.empty() ? "" : ", ") + ArgumentType(parameter.type);
    }
  }
  return out;
}

void Compiler::DeclareFunction(const ast::CreateFunction& statement, const base::SourceRange& range,
                               bool check_body) {
  std::optional<catalog::QualifiedName> name = Qualify(statement.name, NameUse::kCreate);
  if (!name) {
    return;
  }
  catalog::FunctionName key{name->schema, name->name, Arguments(statement.parameters)};
  const char* kind = statement.aggregate   ? "aggregate"
                     : statement.procedure ? "procedure"
                                           : "function";
  if (auto existing = catalog_.functions.find(key); existing != catalog_.functions.end()) {
    auto& d = sink_.Error("duplicate-object", statement.name.range,
                          fmt::format("{} \"{}\" is declared twice; keep one declaration (another "
                                      "overload needs other argument types)",
                                      kind, key.Text()));
    d.notes.push_back({existing->second.origin.range, "previously declared here"});
    return;
  }
  catalog::Function function;
  function.name = key;
  function.procedure = statement.procedure;
  function.aggregate = statement.aggregate;
  function.origin.range = range;
  function.written = Written(statement.statement);
  function.written.check_body = check_body;
  catalog_.functions[key] = std::move(function);
}

catalog::Function* Compiler::FindFunction(
    const ast::QualifiedName& written,
    const std::optional<std::vector<ast::FunctionParameter>>& parameters, std::string_view kind,
    bool aggregates) {
  auto kind_of = [](const catalog::Function& function) {
    return function.aggregate ? "aggregate" : function.procedure ? "procedure" : "function";
  };
  std::optional<catalog::QualifiedName> name = Qualify(written, NameUse::kRelation);
  if (!name) {
    return nullptr;
  }
  std::vector<catalog::Function*> found;
  std::vector<std::string> candidates;
  auto it = catalog_.functions.lower_bound({name->schema, name->name, ""});
  for (; it != catalog_.functions.end() && it->first.schema == name->schema &&
         it->first.name == name->name;
       ++it) {
    if (!parameters || it->first.arguments == Arguments(*parameters)) {
      found.push_back(&it->second);
    }
  }
  auto accepted = [&](const catalog::Function& function) {
    std::string_view its = kind_of(function);
    return its == kind || kind == "routine" ||
           (kind == "function" && its == "aggregate" && aggregates);
  };
  if (found.size() == 1 && accepted(*found[0])) {
    return found[0];
  }
  if (found.size() > 1) {
    sink_.Error(
        "ambiguous-function", written.range,
        fmt::format("{} \"{}\" has {} overloads; name one by its argument types: {}({})", kind,
                    name->Text(), found.size(), written.Text(), found[0]->name.arguments));
    return nullptr;
  }
  for (const auto& [key, function] : catalog_.functions) {
    candidates.push_back(key.schema + "." + key.name);
  }
  std::string signature =
      parameters ? fmt::format("{}({})", name->Text(), Arguments(*parameters)) : name->Text();
  ReportUnknown("unknown-function", written.range,
                found.size() == 1
                    ? fmt::format("\"{}\" is a {}, not a {}", signature, kind_of(*found[0]), kind)
                    : fmt::format("{} \"{}\" does not exist", kind, signature),
                name->Text(), candidates);
  return nullptr;
}

std::optional<catalog::QualifiedName> Compiler::TableOrView(const ast::QualifiedName& name) {
  std::optional<catalog::QualifiedName> table = Qualify(name, NameUse::kRelation);
  if (!table) {
    return std::nullopt;
  }
  if (catalog_.tables.count(*table) == 0 && catalog_.views.count(*table) == 0) {
    std::vector<std::string> candidates;
    for (const auto& [declared, object] : catalog_.tables) {
      candidates.push_back(declared.Text());
    }
    for (const auto& [declared, object] : catalog_.views) {
      candidates.push_back(declared.Text());
    }
    ReportUnknown("unknown-relation", name.range,
                  fmt::format("table or view \"{}\" does not exist", table->Text()), table->Text(),
                  candidates);
    return std::nullopt;
  }
  return table;
}

bool Compiler::DeclaredTwiceOn(std::string_view kind, const catalog::TriggerName& key,
                               const base::SourceRange& range, const base::SourceRange* previous) {
  if (previous == nullptr) {
    return false;
  }
  auto& d = sink_.Error("duplicate-object", range,
                        fmt::format("{} \"{}\" on \"{}\" is declared twice; keep one declaration",
                                    kind, key.name, key.table.Text()));
  d.notes.push_back({*previous, "previously declared here"});
  return true;
}

void Compiler::ReportUnknownOn(std::string_view kind, const catalog::QualifiedName& table,
                               const ast::Identifier& name,
                               const std::vector<std::string>& candidates) {
  ReportUnknown(fmt::format("unknown-{}", kind), name.range,
                fmt::format("{} \"{}\" on \"{}\" does not exist", kind, name.name, table.Text()),
                name.name, candidates);
}

void Compiler::DeclareTrigger(const ast::CreateTrigger& statement, const base::SourceRange& range) {
  std::optional<catalog::QualifiedName> table = TableOrView(statement.table);
  if (!table) {
    return;
  }
  catalog::TriggerName key{*table, statement.name.name};
  auto existing = catalog_.triggers.find(key);
  if (DeclaredTwiceOn(
          "trigger", key, statement.name.range,
          existing == catalog_.triggers.end() ? nullptr : &existing->second.origin.range)) {
    return;
  }
  catalog::Trigger trigger;
  trigger.name = key;
  trigger.origin.range = range;
  trigger.written = Written(statement.statement);
  catalog_.triggers[key] = std::move(trigger);
}

catalog::Trigger* Compiler::FindTrigger(const catalog::QualifiedName& table,
                                        const ast::Identifier& name) {
  auto it = catalog_.triggers.find({table, name.name});
  if (it != catalog_.triggers.end()) {
    return &it->second;
  }
  ReportUnknownOn("trigger", table, name, NamesOn(catalog_.triggers, table));
  return nullptr;
}

}  // namespace schemac::sema

// Steps for functions, procedures and aggregates: CREATE (as the server prints the definition, or
// as written when that print is not the server's last word), DROP, CREATE OR REPLACE when the diff
// found the change replaceable, and comments.
#include <algorithm>
#include <cctype>
#include <string_view>

#include <fmt/format.h>

#include "schemac/catalog/objects.h"
#include "schemac/catalog/print.h"
#include "schemac/catalog/sql.h"

#include "builder.h"

namespace schemac::plan {
namespace {

using diff::ChangeKind;
using diff::Property;

// Marks a step that writes a function whose body the server does not track.
void MarkUntracked(const catalog::Function& function, Step& step) {
  if (!function.body_tracked) {
    AddHazard(step, Hazard::kUntrackedDependencies,
              fmt::format("the server does not record what its {} body uses",
                          function.language.empty() ? "function" : function.language));
  }
}

// AfterSpace returns where the first word after `at` begins: past white space and comments.
size_t AfterSpace(std::string_view text, size_t at) {
  while (at < text.size()) {
    if (std::isspace(static_cast<unsigned char>(text[at])) != 0) {
      ++at;
    } else if (text.substr(at).starts_with("--")) {
      at = std::min(text.find('\n', at), text.size());
    } else if (text.substr(at).starts_with("/*")) {
      size_t end = text.find("*/", at + 2);
      at = end == std::string_view::npos ? text.size() : end + 2;
    } else {
      break;
    }
  }
  return at;
}

bool WordAt(std::string_view text, size_t at, std::string_view word) {
  if (text.size() < at + word.size()) {
    return false;
  }
  for (size_t i = 0; i < word.size(); ++i) {
    if (std::tolower(static_cast<unsigned char>(text[at + i])) != word[i]) {
      return false;
    }
  }
  size_t end = at + word.size();
  return end == text.size() ||
         (std::isalnum(static_cast<unsigned char>(text[end])) == 0 && text[end] != '_');
}

// The statements that create `function`, or replace it with CREATE OR REPLACE. A function whose
// printed definition prints otherwise once created from it (Function::reread_definition) is
// created from the statement as written, under the search_path it was written under, so that
// the database holds what loading the files gives; any other from its definition.
std::vector<std::string> CreateSql(const catalog::Function& function, bool replace) {
  const std::string& text = function.written.text;
  if (!function.reread_definition.value || text.empty() || !WordAt(text, 0, "create")) {
    return {catalog::CreateFunctionSql(function)};
  }
  std::string statement = text;
  if (replace && !WordAt(text, AfterSpace(text, 6), "or")) {
    statement.insert(6, " OR REPLACE");
  }
  return {catalog::SearchPathSql(function.written.search_path), statement + ";",
          catalog::SearchPathSql({})};
}

}  // namespace

void BuildFunctionSteps(const Context& context, const diff::Change& change,
                        std::vector<PlannedStep>& out) {
  catalog::FunctionName name{change.key.schema, change.key.name, change.key.sub_name};
  const catalog::Catalog& side = change.kind == ChangeKind::kDrop ? context.from : context.to;
  std::string noun{catalog::KindName(change.key.kind)};
  if (side.functions.at(name).procedure) {
    noun = "procedure";
  }
  if (change.kind == ChangeKind::kDrop || change.kind == ChangeKind::kRecreate) {
    const catalog::Function& old_function = context.from.functions.at(name);
    PlannedStep planned = NewStep(change.key, Action::kDrop,
                                  change.kind == ChangeKind::kRecreate
                                      ? fmt::format("drop {} to create it again", noun)
                                      : fmt::format("drop {}", noun),
                                  nullptr);
    planned.step.statements.push_back(catalog::DropFunctionSql(old_function));
    out.push_back(std::move(planned));
    if (change.kind == ChangeKind::kDrop) {
      return;
    }
  }
  const catalog::Function& function = context.to.functions.at(name);
  if (change.kind != ChangeKind::kAlter) {
    PlannedStep planned =
        NewStep(change.key, Action::kCreate,
                change.kind == ChangeKind::kRecreate ? fmt::format("create {} again", noun)
                                                     : fmt::format("create {}", noun),
                &function.origin);
    AddNeeds(context.to_dependencies, change.key, planned.needs);
    for (std::string& sql : CreateSql(function, false)) {
      planned.step.statements.push_back(std::move(sql));
    }
    if (function.comment) {
      planned.step.statements.push_back(
          catalog::CommentSql(catalog::FunctionTarget(function), function.comment));
    }
    MarkUntracked(function, planned.step);
    out.push_back(std::move(planned));
    return;
  }
  const catalog::Function& old_function = context.from.functions.at(name);
  std::vector<std::string> what;
  PlannedStep planned = NewStep(change.key, Action::kAlter, "", &function.origin);
  AddNeeds(context.to_dependencies, change.key, planned.needs);
  if (diff::Has(change, Property::kDefinition)) {
    for (std::string& sql : CreateSql(function, true)) {
      planned.step.statements.push_back(std::move(sql));
    }
    what.push_back("replace definition");
    MarkUntracked(function, planned.step);
  }
  if (diff::Has(change, Property::kComment)) {
    planned.step.statements.push_back(
        catalog::CommentSql(catalog::FunctionTarget(function), function.comment));
    what.push_back(function.comment ? (old_function.comment ? "change comment" : "set comment")
                                    : "remove comment");
  }
  planned.step.description = fmt::format("alter {}: {}", noun, fmt::join(what, ", "));
  out.push_back(std::move(planned));
}

}  // namespace schemac::plan

// Steps for foreign-data wrappers, servers and user mappings: CREATE, DROP, ALTER ... OPTIONS
// (ADD | SET | DROP ...), a wrapper's HANDLER and VALIDATOR, a server's VERSION, and comments.
// Descriptions name the options that change, never their values (a user mapping's password).
#include <fmt/format.h>
#include <fmt/ranges.h>

#include "schemac/base/quote.h"
#include "schemac/base/text.h"
#include "schemac/catalog/objects.h"
#include "schemac/catalog/sql.h"

#include "builder.h"

namespace schemac::plan {
namespace {

// "options: add host, set port, drop dbname".
std::string OptionsChange(const catalog::GenericOptions& from, const catalog::GenericOptions& to) {
  std::vector<std::string> parts;
  for (const catalog::OptionChange& change : catalog::GenericOptionChanges(from, to)) {
    parts.push_back(base::AsciiLower(change.action) + " " + change.name);
  }
  return fmt::format("options: {}", fmt::join(parts, ", "));
}

// Adds to `planned` the change of options and of comment of an altered object named `target`.
template <typename Object>
void AlterOptionsAndComment(const diff::Change& change, const std::string& target,
                            const Object& from, const Object& to, std::vector<std::string>& parts,
                            PlannedStep& planned) {
  if (diff::Has(change, diff::Property::kStorageOptions)) {
    parts.push_back(OptionsChange(from.options, to.options));
    planned.step.statements.push_back(fmt::format(
        "ALTER {}{};", target, catalog::GenericOptionsChangeSql(from.options, to.options)));
  }
  if constexpr (requires { to.comment; }) {
    if (diff::Has(change, diff::Property::kComment)) {
      parts.push_back(CommentChange(from.comment, to.comment));
      planned.step.statements.push_back(catalog::CommentSql(target, to.comment));
    }
  }
}

void Finish(std::vector<std::string>& parts, PlannedStep& planned, std::vector<PlannedStep>& out) {
  planned.step.description = fmt::format("{}", fmt::join(parts, "; "));
  planned.changes_shape = false;
  out.push_back(std::move(planned));
}

}  // namespace

void BuildForeignDataWrapperSteps(const Context& context, const diff::Change& change,
                                  std::vector<PlannedStep>& out) {
  const std::string& name = change.key.name;
  std::string target = "FOREIGN DATA WRAPPER " + base::QuoteIdentifier(name);
  if (DropWhole(change, "foreign-data wrapper", target, out)) {
    return;
  }
  const catalog::ForeignDataWrapper& wrapper = context.to.foreign_data_wrappers.at(name);
  if (change.kind != diff::ChangeKind::kAlter) {
    CreateWhole(context, change, "foreign-data wrapper", target, wrapper.origin,
                {catalog::CreateForeignDataWrapperSql(wrapper)}, wrapper.comment, out);
    return;
  }
  const catalog::ForeignDataWrapper& old = context.from.foreign_data_wrappers.at(name);
  std::vector<std::string> parts;
  PlannedStep planned = NewStep(change.key, Action::kAlter, "", &wrapper.origin);
  if (diff::Has(change, diff::Property::kDefinition)) {
    parts.push_back("functions: " + wrapper.functions);
    planned.step.statements.push_back(fmt::format("ALTER {} {};", target, wrapper.functions));
    AddNeeds(context.to_dependencies, change.key, planned.needs);
  }
  AlterOptionsAndComment(change, target, old, wrapper, parts, planned);
  Finish(parts, planned, out);
}

void BuildServerSteps(const Context& context, const diff::Change& change,
                      std::vector<PlannedStep>& out) {
  const std::string& name = change.key.name;
  std::string target = "SERVER " + base::QuoteIdentifier(name);
  if (DropWhole(change, "server", target, out)) {
    return;
  }
  const catalog::ForeignServer& server = context.to.servers.at(name);
  if (change.kind != diff::ChangeKind::kAlter) {
    CreateWhole(context, change, "server", target, server.origin,
                {catalog::CreateServerSql(server)}, server.comment, out);
    return;
  }
  const catalog::ForeignServer& old = context.from.servers.at(name);
  std::vector<std::string> parts;
  PlannedStep planned = NewStep(change.key, Action::kAlter, "", &server.origin);
  if (diff::Has(change, diff::Property::kVersion)) {
    parts.push_back(server.version ? "version " + *server.version : "no version");
    planned.step.statements.push_back(
        fmt::format("ALTER {} VERSION {};", target,
                    server.version ? base::QuoteLiteral(*server.version) : "NULL"));
  }
  AlterOptionsAndComment(change, target, old, server, parts, planned);
  Finish(parts, planned, out);
}

void BuildUserMappingSteps(const Context& context, const diff::Change& change,
                           std::vector<PlannedStep>& out) {
  catalog::UserMappingName name{change.key.name, change.key.sub_name};
  std::string target = catalog::UserMappingTarget(name);
  if (DropWhole(change, "user mapping", target, out)) {
    return;
  }
  const catalog::UserMapping& mapping = context.to.user_mappings.at(name);
  if (change.kind != diff::ChangeKind::kAlter) {
    CreateWhole(context, change, "user mapping", target, mapping.origin,
                {catalog::CreateUserMappingSql(mapping)}, std::nullopt, out);
    return;
  }
  std::vector<std::string> parts;
  PlannedStep planned = NewStep(change.key, Action::kAlter, "", &mapping.origin);
  AlterOptionsAndComment(change, target, context.from.user_mappings.at(name), mapping, parts,
                         planned);
  Finish(parts, planned, out);
}

}  // namespace schemac::plan

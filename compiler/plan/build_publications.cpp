// Steps for publications: CREATE PUBLICATION, DROP PUBLICATION, ALTER PUBLICATION ... SET what it
// publishes and its options, and comments.
#include <fmt/format.h>
#include <fmt/ranges.h>

#include "schemac/base/quote.h"
#include "schemac/catalog/objects.h"
#include "schemac/catalog/sql.h"

#include "builder.h"

namespace schemac::plan {

void BuildPublicationSteps(const Context& context, const diff::Change& change,
                           std::vector<PlannedStep>& out) {
  const std::string& name = change.key.name;
  std::string target = "PUBLICATION " + base::QuoteIdentifier(name);
  if (DropWhole(change, "publication", target, out)) {
    return;
  }
  const catalog::Publication& publication = context.to.publications.at(name);
  if (change.kind != diff::ChangeKind::kAlter) {
    CreateWhole(context, change, "publication", target, publication.origin,
                {catalog::CreatePublicationSql(publication)}, publication.comment, out);
    return;
  }
  const catalog::Publication& old_publication = context.from.publications.at(name);
  std::vector<std::string> parts;
  PlannedStep planned = NewStep(change.key, Action::kAlter, "", &publication.origin);
  if (diff::Has(change, diff::Property::kDefinition)) {
    // What it publishes, which the plan may create.
    parts.emplace_back("publish " + publication.objects);
    planned.step.statements.push_back(fmt::format("ALTER {} SET {};", target, publication.objects));
    AddNeeds(context.to_dependencies, change.key, planned.needs);
  }
  if (diff::Has(change, diff::Property::kStorageOptions)) {
    parts.emplace_back("set " + publication.options);
    planned.step.statements.push_back(
        fmt::format("ALTER {} SET ({});", target, publication.options));
  }
  if (diff::Has(change, diff::Property::kComment)) {
    parts.push_back(CommentChange(old_publication.comment, publication.comment));
    planned.step.statements.push_back(catalog::CommentSql(target, publication.comment));
  }
  planned.step.description = fmt::format("{}", fmt::join(parts, ", "));
  planned.changes_shape = false;
  out.push_back(std::move(planned));
}

}  // namespace schemac::plan

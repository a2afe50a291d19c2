// Steps for schemas, extensions, enum types, sequences and indexes.
#include <algorithm>

#include <fmt/format.h>
#include <fmt/ranges.h>

#include "schemac/base/quote.h"
#include "schemac/catalog/sql.h"

#include "builder.h"
#include "sequences.h"

namespace schemac::plan {
namespace {

using base::QuoteIdentifier;
using base::QuoteLiteral;
using diff::ChangeKind;
using diff::Property;

void Comment(PlannedStep& planned, const std::string& target,
             const std::optional<std::string>& text) {
  planned.step.statements.push_back(catalog::CommentSql(target, text));
}

// Whether the update scripts of the server that read `extension` take it to `version`; true when
// that is unknown (a catalog that was not read from a server).
bool Reaches(const catalog::Extension& extension, const std::string& version) {
  const std::vector<std::string>& targets = extension.update_targets.value;
  return extension.installed_version.value.empty() || version.empty() ||
         std::find(targets.begin(), targets.end(), version) != targets.end();
}

// The update of an extension from the version of `old` to that of `extension`. Up, a version the
// server cannot update to is an error, and a version it cannot come back from makes the down
// script leave the extension where it is (irreversible-down); down, that update is left out.
void UpdateVersion(const Context& context, const catalog::Extension& old,
                   const catalog::Extension& extension, PlannedStep& planned) {
  const std::string& name = extension.name;
  const std::string& from = old.installed_version.value;
  const std::string& to = extension.installed_version.value;
  if (!Reaches(old, to)) {
    if (context.down) {
      return;
    }
    const std::vector<std::string>& targets = old.update_targets.value;
    context.sink.Error(
        "no-update-path", extension.origin.range,
        fmt::format(
            "extension \"{}\" cannot be updated from version {} to {}: the database's "
            "server has no update path between them (from {} it reaches {}); name a "
            "version it reaches, or install the update scripts there",
            name, from, to, from,
            targets.empty() ? "no other version" : fmt::format("{}", fmt::join(targets, ", "))));
  }
  if (!Reaches(extension, from)) {
    AddHazard(planned.step, Hazard::kIrreversibleDown,
              fmt::format("the server has no update path from version {} back to {}: the down "
                          "script leaves extension {} at {}",
                          to, from, name, to));
  }
  planned.step.statements.push_back(
      extension.version ? fmt::format("ALTER EXTENSION {} UPDATE TO {};", QuoteIdentifier(name),
                                      QuoteLiteral(*extension.version))
                        : fmt::format("ALTER EXTENSION {} UPDATE;", QuoteIdentifier(name)));
}

// What an extension's alter step changes: "alter extension: update from 1.3 to 1.4, set comment".
std::string AlterDescription(const Context& context, const diff::Change& change,
                             const catalog::Extension& extension) {
  std::vector<std::string> what;
  if (diff::Has(change, Property::kSchema)) {
    what.push_back("set schema " + extension.schema);
  }
  if (diff::Has(change, Property::kVersion)) {
    const std::string& from = context.from.extensions.at(extension.name).installed_version.value;
    const std::string& to = extension.installed_version.value;
    std::string target = !to.empty()         ? to
                         : extension.version ? *extension.version
                                             : "the default version";
    what.push_back(from.empty() ? "update to " + target
                                : fmt::format("update from {} to {}", from, target));
  }
  if (diff::Has(change, Property::kComment)) {
    what.push_back("set comment");
  }
  return what.empty() ? "alter extension"
                      : fmt::format("alter extension: {}", fmt::join(what, ", "));
}

}  // namespace

void BuildSchemaSteps(const Context& context, const diff::Change& change,
                      std::vector<PlannedStep>& out) {
  const std::string& name = change.key.name;
  std::string target = "SCHEMA " + QuoteIdentifier(name);
  if (change.kind == ChangeKind::kDrop) {
    PlannedStep planned = NewStep(change.key, Action::kDrop, "drop schema", nullptr);
    planned.step.statements.push_back(fmt::format("DROP SCHEMA {};", QuoteIdentifier(name)));
    out.push_back(std::move(planned));
    return;
  }
  const catalog::Schema& schema = context.to.schemas.at(name);
  if (change.kind == ChangeKind::kCreate) {
    PlannedStep planned = NewStep(change.key, Action::kCreate, "create schema", &schema.origin);
    planned.step.statements.push_back(catalog::CreateSchemaSql(schema));
    if (schema.comment) {
      Comment(planned, target, schema.comment);
    }
    out.push_back(std::move(planned));
    return;
  }
  PlannedStep planned = NewStep(change.key, Action::kAlter,
                                schema.comment ? "set comment" : "remove comment", &schema.origin);
  Comment(planned, target, schema.comment);
  out.push_back(std::move(planned));
}

void BuildExtensionSteps(const Context& context, const diff::Change& change,
                         std::vector<PlannedStep>& out) {
  const std::string& name = change.key.name;
  std::string target = "EXTENSION " + QuoteIdentifier(name);
  if (change.kind == ChangeKind::kDrop) {
    PlannedStep planned = NewStep(change.key, Action::kDrop, "drop extension", nullptr);
    planned.step.statements.push_back(fmt::format("DROP EXTENSION {};", QuoteIdentifier(name)));
    AddHazard(planned.step, Hazard::kIrreversibleDown,
              "objects the extension created are dropped with it");
    out.push_back(std::move(planned));
    return;
  }
  const catalog::Extension& extension = context.to.extensions.at(name);
  PlannedStep planned =
      NewStep(change.key, change.kind == ChangeKind::kCreate ? Action::kCreate : Action::kAlter,
              change.kind == ChangeKind::kCreate ? "create extension"
                                                 : AlterDescription(context, change, extension),
              &extension.origin);
  AddNeeds(context.to_dependencies, change.key, planned.needs);
  if (change.kind == ChangeKind::kCreate) {
    planned.step.statements.push_back(catalog::CreateExtensionSql(extension));
    if (extension.comment) {
      Comment(planned, target, extension.comment);
    }
    out.push_back(std::move(planned));
    return;
  }
  if (diff::Has(change, Property::kSchema)) {
    planned.step.statements.push_back(fmt::format("ALTER EXTENSION {} SET SCHEMA {};",
                                                  QuoteIdentifier(name),
                                                  QuoteIdentifier(extension.schema)));
  }
  if (diff::Has(change, Property::kVersion)) {
    UpdateVersion(context, context.from.extensions.at(name), extension, planned);
  }
  if (diff::Has(change, Property::kComment)) {
    Comment(planned, target, extension.comment);
  }
  if (!planned.step.statements.empty()) {
    out.push_back(std::move(planned));
  }
}

void BuildSequenceSteps(const Context& context, const diff::Change& change,
                        std::vector<PlannedStep>& out) {
  catalog::QualifiedName name{change.key.schema, change.key.name};
  std::string target = "SEQUENCE " + name.Quoted();
  if (change.kind == ChangeKind::kDrop) {
    const catalog::Sequence& sequence = context.from.sequences.at(name);
    if (sequence.owned_by && (context.dropped.count(TableKey(sequence.owned_by->table)) != 0 ||
                              context.dropped.count(ColumnKey(sequence.owned_by->table,
                                                              sequence.owned_by->column)) != 0)) {
      return;  // dropped with the column that owns it
    }
    PlannedStep planned = NewStep(change.key, Action::kDrop, "drop sequence", nullptr);
    planned.removes.push_back(OwnedByKey(name));
    planned.step.statements.push_back(fmt::format("DROP SEQUENCE {};", name.Quoted()));
    if (context.handed_over.count(name) == 0) {
      AddHazard(planned.step, Hazard::kIrreversibleDown,
                "the sequence's current value is lost; down starts it again");
    }
    out.push_back(std::move(planned));
    return;
  }
  const catalog::Sequence& sequence = context.to.sequences.at(name);
  bool create = change.kind == ChangeKind::kCreate;
  PlannedStep planned = NewStep(change.key, create ? Action::kCreate : Action::kAlter,
                                create ? "create sequence" : "alter sequence", &sequence.origin);
  AddNeeds(context.to_dependencies, change.key, planned.needs);
  if (create) {
    planned.step.statements.push_back(catalog::CreateSequenceSql(sequence));
    if (sequence.comment) {
      Comment(planned, target, sequence.comment);
    }
  } else {
    if (diff::Has(change, Property::kSequenceOptions)) {
      for (std::string& statement :
           ChangeOptionsSql(name, context.from.sequences.at(name).options, sequence.options,
                            [&](const catalog::SequenceOptions& options) {
                              return fmt::format("ALTER SEQUENCE {} {};", name.Quoted(),
                                                 catalog::SequenceClausesSql(options));
                            })) {
        planned.step.statements.push_back(std::move(statement));
      }
    }
    if (diff::Has(change, Property::kLogged)) {
      planned.step.statements.push_back(fmt::format("ALTER SEQUENCE {} SET {};", name.Quoted(),
                                                    sequence.unlogged ? "UNLOGGED" : "LOGGED"));
    }
    if (diff::Has(change, Property::kComment)) {
      Comment(planned, target, sequence.comment);
    }
  }
  if (!planned.step.statements.empty()) {
    out.push_back(std::move(planned));
  }
  bool released = !create && diff::Has(change, Property::kOwnerDropped);
  if (released) {
    // Before the column that owns it goes, which would take the sequence along.
    ObjectKey key = OwnedByKey(name);
    PlannedStep release = NewStep(key, Action::kAlter, "remove owner column, which this plan drops",
                                  &sequence.origin);
    release.step.object = change.key;
    release.provides.clear();
    release.removes.push_back(key);
    catalog::Sequence unowned = sequence;
    unowned.owned_by.reset();
    release.step.statements.push_back(catalog::SequenceOwnedBySql(unowned));
    out.push_back(std::move(release));
  }
  bool ownership =
      create ? sequence.owned_by.has_value()
             : diff::Has(change, Property::kOwnedBy) || (released && sequence.owned_by.has_value());
  if (ownership) {
    ObjectKey key = OwnedByKey(name);
    PlannedStep owned =
        NewStep(key, Action::kAlter, sequence.owned_by ? "set owner column" : "remove owner column",
                &sequence.origin);
    owned.step.object = change.key;
    owned.needs.push_back(change.key);
    AddNeeds(context.to_dependencies, key, owned.needs);
    owned.after_changes_of.push_back(key);
    // The release step is what comes before the drop of the old owner; this one comes after.
    owned.releases = !released;
    owned.step.statements.push_back(catalog::SequenceOwnedBySql(sequence));
    if (sequence.owned_by) {
      TakeLock(owned.step, TableLock::kAccessShare, "");  // the owning table
    }
    out.push_back(std::move(owned));
  }
}

void BuildIndexSteps(const Context& context, const diff::Change& change,
                     std::vector<PlannedStep>& out) {
  catalog::QualifiedName name{change.key.schema, change.key.name};
  std::string target = "INDEX " + name.Quoted();
  if (change.kind == ChangeKind::kDrop || change.kind == ChangeKind::kRecreate) {
    const catalog::Index& index = context.from.indexes.at(name);
    // An index goes with its table or materialized view when that is dropped.
    if (context.dropped.count(TableKey(index.table)) == 0 &&
        context.dropped.count(catalog::MaterializedViewKey(index.table)) == 0) {
      PlannedStep planned = NewStep(
          change.key, Action::kDrop,
          change.kind == ChangeKind::kRecreate ? "drop index to create it again" : "drop index",
          nullptr);
      planned.step.statements.push_back(fmt::format("DROP INDEX {};", name.Quoted()));
      TakeLock(
          planned.step, TableLock::kAccessExclusive,
          fmt::format("DROP INDEX locks {} {}",
                      context.from.views.count(index.table) != 0 ? "materialized view" : "table",
                      index.table.Quoted()));
      out.push_back(std::move(planned));
    }
    if (change.kind == ChangeKind::kDrop) {
      return;
    }
  }
  const catalog::Index& index = context.to.indexes.at(name);
  bool create = change.kind != ChangeKind::kAlter;
  PlannedStep planned = NewStep(
      change.key, create ? Action::kCreate : Action::kAlter,
      create ? (change.kind == ChangeKind::kRecreate ? "create index again" : "create index")
             : "alter index",
      &index.origin);
  AddNeeds(context.to_dependencies, change.key, planned.needs);
  if (create) {
    planned.step.statements.push_back(catalog::CreateIndexSql(index));
    for (std::string& statement : catalog::IndexStatisticsSql(nullptr, index)) {
      planned.step.statements.push_back(std::move(statement));
    }
    AddHazard(planned.step, Hazard::kIndexBuild,
              fmt::format("builds the index on {}, blocking writes", index.table.Quoted()));
    TakeLock(planned.step, TableLock::kShare, "");
    if (index.comment) {
      Comment(planned, target, index.comment);
    }
  } else {
    std::vector<std::string> what;
    if (diff::Has(change, Property::kStorageOptions)) {
      what.push_back("change storage options");
      ChangeIndexOptions(planned.step, name, index.table, context.from.indexes.at(name).options,
                         index.options);
    }
    if (diff::Has(change, Property::kColumnSettings)) {
      what.push_back("change statistics targets");
      for (std::string& statement :
           catalog::IndexStatisticsSql(&context.from.indexes.at(name), index)) {
        planned.step.statements.push_back(std::move(statement));
      }
      TakeLock(planned.step, TableLock::kShareUpdateExclusive, "");
    }
    if (diff::Has(change, Property::kComment)) {
      what.push_back(index.comment ? "set comment" : "remove comment");
      Comment(planned, target, index.comment);
      TakeLock(planned.step, TableLock::kShareUpdateExclusive, "");  // on the index
    }
    planned.step.description = fmt::format("alter index: {}", fmt::join(what, ", "));
  }
  out.push_back(std::move(planned));
}

}  // namespace schemac::plan

// Steps for columns: added, dropped, recreated (a new generation expression) or altered in place.
#include <algorithm>
#include <set>

#include <fmt/format.h>

#include "schemac/base/quote.h"
#include "schemac/catalog/sql.h"

#include "builder.h"
#include "sequences.h"
#include "types.h"

namespace schemac::plan {
namespace {

using base::QuoteIdentifier;
using catalog::Column;
using diff::ChangeKind;
using diff::Property;

PlannedStep NewColumnStep(const ObjectKey& key, Action action, std::string description,
                          const Column* column) {
  PlannedStep planned;
  planned.step.object = ParentKey(key);
  planned.step.target = key;
  planned.step.action = action;
  planned.step.description = std::move(description);
  if (column != nullptr) {
    planned.step.origin = column->origin.range;
  }
  return planned;
}

std::string ColumnTarget(const catalog::QualifiedName& table, const std::string& column) {
  return "COLUMN " + table.Quoted() + "." + QuoteIdentifier(column);
}

}  // namespace

void AddColumnNeeds(const Context& context, const ObjectKey& key, bool default_apart,
                    std::vector<ObjectKey>& needs) {
  for (const ObjectKey& dependency : context.to_dependencies.DependenciesOf(key)) {
    // What the default calls is the needs of the step that sets it.
    if (!default_apart ||
        (dependency.kind != ObjectKind::kFunction && dependency.kind != ObjectKind::kAggregate)) {
      needs.push_back(dependency);
    }
  }
}

namespace {

// DefaultSql sets or drops a column's default on the table alone (ONLY): the tables that inherit
// the column and the partitions have defaults of their own.
std::string DefaultSql(const catalog::QualifiedName& table, const std::string& column,
                       const std::string& action) {
  return fmt::format("ALTER TABLE ONLY {} ALTER COLUMN {} {}", table.Quoted(),
                     QuoteIdentifier(column), action);
}

// Descendants returns the tables of `catalog` that inherit from `table` or are its partitions,
// and theirs, in name order.
std::set<catalog::QualifiedName> Descendants(const catalog::Catalog& catalog,
                                             const catalog::QualifiedName& table) {
  std::set<catalog::QualifiedName> out;
  for (bool grew = true; grew;) {
    grew = false;
    for (const auto& [name, child] : catalog.tables) {
      bool of = (child.partition_of &&
                 (*child.partition_of == table || out.count(*child.partition_of) != 0)) ||
                std::any_of(child.inherits.begin(), child.inherits.end(),
                            [&](const catalog::QualifiedName& parent) {
                              return parent == table || out.count(parent) != 0;
                            });
      if (of && out.insert(name).second) {
        grew = true;
      }
    }
  }
  return out;
}

}  // namespace

void SetDefaultApart(const Context& context, const ObjectKey& key, std::vector<PlannedStep>& out) {
  catalog::QualifiedName table{key.schema, key.name};
  const Column& column = *FindColumn(context.to, key);
  PlannedStep set = NewColumnStep(
      key, Action::kAlter,
      fmt::format("alter column {}: set default {} (after the function it calls, which uses "
                  "the table)",
                  QuoteIdentifier(column.name), *column.default_expression),
      &column);
  set.step.statements.push_back(
      DefaultSql(table, column.name, "SET DEFAULT " + *column.default_expression + ";"));
  TakeLock(set.step, TableLock::kAccessExclusive,
           fmt::format("SET DEFAULT locks table {}", table.Quoted()));
  set.provides.push_back(key);
  set.changes_shape = false;
  set.releases = false;
  AddNeeds(context.to_dependencies, key, set.needs);
  out.push_back(std::move(set));
}

void DropDefaultApart(const Context& context, const ObjectKey& key, std::vector<PlannedStep>& out) {
  catalog::QualifiedName table{key.schema, key.name};
  const Column& column = *FindColumn(context.from, key);
  PlannedStep drop = NewColumnStep(
      key, Action::kAlter,
      fmt::format("alter column {}: drop default (before the function it calls, which uses "
                  "the table)",
                  QuoteIdentifier(column.name)),
      &column);
  drop.step.statements.push_back(DefaultSql(table, column.name, "DROP DEFAULT;"));
  TakeLock(drop.step, TableLock::kAccessExclusive,
           fmt::format("DROP DEFAULT locks table {}", table.Quoted()));
  drop.provides.push_back(key);
  drop.changes_shape = false;
  out.push_back(std::move(drop));
}

namespace {

void AddColumn(const Context& context, const ObjectKey& key, bool again,
               std::vector<PlannedStep>& out) {
  catalog::QualifiedName table{key.schema, key.name};
  const Column& column = *FindColumn(context.to, key);
  bool default_apart = column.default_expression && context.to_dependencies.UsesItsTable(key);
  Column without_default = column;
  if (default_apart) {
    without_default.default_expression.reset();
  }
  std::string definition = catalog::ColumnDefinitionSql(without_default);
  PlannedStep planned =
      NewColumnStep(key, Action::kCreate,
                    fmt::format("{} column {}", again ? "add again" : "add", definition), &column);
  planned.step.statements.push_back(
      fmt::format("ALTER TABLE {} ADD COLUMN {};", table.Quoted(), definition));
  Column added;  // what ADD COLUMN gives it
  added.compression = column.compression;
  for (std::string& statement : catalog::ColumnSettingSql(table, added, column)) {
    planned.step.statements.push_back(std::move(statement));
  }
  if (column.comment) {
    planned.step.statements.push_back(
        catalog::CommentSql(ColumnTarget(table, column.name), column.comment));
  }
  if (column.generated_expression || column.identity || column.volatile_default.value) {
    AddHazard(
        planned.step, Hazard::kTableRewrite,
        fmt::format("every row gets a computed value for column {}", QuoteIdentifier(column.name)));
  }
  TakeLock(planned.step, TableLock::kAccessExclusive,
           fmt::format("ADD COLUMN locks table {}", table.Quoted()));
  planned.provides.push_back(key);
  if (column.identity) {
    planned.provides.push_back(SequenceKey(column.identity->sequence));
  }
  AddColumnNeeds(context, key, default_apart, planned.needs);
  out.push_back(std::move(planned));
  if (default_apart) {
    SetDefaultApart(context, key, out);
  }
}

void DropColumn(const Context& context, const ObjectKey& key, bool again,
                std::vector<PlannedStep>& out) {
  catalog::QualifiedName table{key.schema, key.name};
  const Column& column = *FindColumn(context.from, key);
  if (column.default_expression && context.from_dependencies.UsesItsTable(key)) {
    DropDefaultApart(context, key, out);
  }
  // A generated column is created again with a new expression, or around a change of what its
  // expression uses.
  const Column* again_as = again ? FindColumn(context.to, key) : nullptr;
  std::string_view reason = again_as == nullptr ? ""
                            : again_as->generated_expression == column.generated_expression
                                ? " to add it again after what its expression uses changes"
                                : " to add it again with its new expression";
  PlannedStep planned = NewColumnStep(
      key, Action::kDrop, fmt::format("drop column {}{}", QuoteIdentifier(key.sub_name), reason),
      nullptr);
  // The tables that inherit the column (INHERITS) lose it with it, unless one of them keeps it,
  // as a column of its own: then the drop is the table's ONLY, and the others drop theirs.
  std::vector<catalog::QualifiedName> keeping;
  std::vector<catalog::QualifiedName> losing;
  for (const auto& [name, child] : context.from.tables) {
    if (std::find(child.inherits.begin(), child.inherits.end(), table) == child.inherits.end() ||
        child.FindColumn(key.sub_name) == nullptr) {
      continue;
    }
    auto desired = context.to.tables.find(name);
    bool keeps =
        desired != context.to.tables.end() && desired->second.FindColumn(key.sub_name) != nullptr;
    (keeps ? keeping : losing).push_back(name);
  }
  planned.step.statements.push_back(fmt::format("ALTER TABLE {}{} DROP COLUMN {};",
                                                keeping.empty() ? "" : "ONLY ", table.Quoted(),
                                                QuoteIdentifier(key.sub_name)));
  if (!keeping.empty()) {
    for (const catalog::QualifiedName& child : losing) {
      planned.step.statements.push_back(fmt::format("ALTER TABLE {} DROP COLUMN {};",
                                                    child.Quoted(), QuoteIdentifier(key.sub_name)));
    }
  }
  planned.removes.push_back(key);
  const catalog::Table* owner = FindTable(context.from, TableKey(table));
  bool foreign = owner != nullptr && owner->foreign.has_value();  // its values are its server's
  if (!column.generated_expression && !foreign) {
    AddHazard(planned.step, Hazard::kDeletesData,
              fmt::format("drops column {} and its values", QuoteIdentifier(key.sub_name)));
    if (!losing.empty()) {
      std::vector<std::string> names;
      for (const catalog::QualifiedName& child : losing) {
        names.push_back(child.Text());
      }
      AddHazard(planned.step, Hazard::kDeletesData,
                fmt::format("the tables that inherit it lose it and its values too: {}",
                            fmt::join(names, ", ")));
    }
    AddHazard(planned.step, Hazard::kIrreversibleDown,
              "down adds the column again, empty: its values cannot be restored");
  }
  TakeLock(planned.step, TableLock::kAccessExclusive,
           fmt::format("DROP COLUMN locks table {}", table.Quoted()));
  out.push_back(std::move(planned));
}

std::string IdentityOptionsSql(const catalog::SequenceOptions& options) {
  return fmt::format(
      "SET INCREMENT BY {} SET MINVALUE {} SET MAXVALUE {} SET START WITH {} SET CACHE {} SET {}",
      options.increment, options.min_value, options.max_value, options.start, options.cache,
      options.cycle ? "CYCLE" : "NO CYCLE");
}

// The TYPE clause that converts `old` to `column`, and its hazards. A change PostgreSQL has no
// conversion for, and the schema gives none, is reported.
std::string TypeClause(const Context& context, const Column& old, const Column& column,
                       const catalog::QualifiedName& table, Step& step) {
  std::string clause = "TYPE " + column.type;
  if (column.collation) {
    clause += " COLLATE " + *column.collation;
  }
  std::string name = QuoteIdentifier(column.name);
  TypeChange analysis =
      AnalyzeTypeChange({old.type, EnumOfType(context.from, old.type) != nullptr},
                        {column.type, EnumOfType(context.to, column.type) != nullptr});
  const std::optional<std::string>& given =
      context.down ? old.hints.down_using_expression : column.hints.using_expression;
  if (given && old.type != column.type) {
    AddHazard(step, Hazard::kTableRewrite,
              fmt::format("changing the type of {} rewrites the table and its indexes", name));
    AddHazard(step, Hazard::kIrreversibleDown,
              fmt::format("converts {} with the expression the schema gives; the planner cannot "
                          "tell whether every value comes back",
                          name));
    return clause + " USING " + *given;
  }
  switch (analysis.conversion) {
    case Conversion::kAssignment:
      break;
    case Conversion::kCast:
      clause += fmt::format(" USING {}::{}", name, column.type);
      break;
    case Conversion::kThroughText: {
      bool array = column.type.size() > 2 && column.type.substr(column.type.size() - 2) == "[]";
      clause += fmt::format(" USING {}::text{}::{}", name, array ? "[]" : "", column.type);
      break;
    }
    case Conversion::kNone: {
      const Column& declared = context.down ? old : column;
      context.sink.Error(
          "needs-conversion", declared.origin.range,
          context.down
              ? fmt::format("the down migration cannot convert column \"{}\" of table \"{}\" "
                            "back from {} to {}: PostgreSQL has no cast between them; give the "
                            "conversion on the line before the column as -- schemac:down-using "
                            "<expression>",
                            column.name, table.Text(), old.type, column.type)
              : fmt::format("column \"{}\" of table \"{}\" cannot be converted from {} to {}: "
                            "PostgreSQL has no cast between them; give the conversion on the line "
                            "before the column as -- schemac:using <expression>",
                            column.name, table.Text(), old.type, column.type));
      break;
    }
  }
  if (analysis.loss == Loss::kContent) {
    AddHazard(step, Hazard::kDeletesData,
              fmt::format("converting {} from {} to {} discards {}", name, old.type, column.type,
                          analysis.what));
    AddHazard(step, Hazard::kIrreversibleDown,
              fmt::format("down converts {} back, but not {}", name, analysis.what));
  } else if (analysis.loss == Loss::kForm) {
    AddHazard(step, Hazard::kIrreversibleDown,
              fmt::format("converting {} from {} to {} may change {}, which down does not restore",
                          name, old.type, column.type, analysis.what));
  }
  if (analysis.rewrites) {
    AddHazard(step, Hazard::kTableRewrite,
              fmt::format("changing the type of {} rewrites the table and its indexes", name));
  }
  return clause;
}

// ParentRetyped says whether `table` is a partition whose parent's column `name` changes type or
// collation in this plan, which PostgreSQL applies to the partition too.
bool ParentRetyped(const Context& context, const catalog::QualifiedName& table,
                   const std::string& name) {
  const catalog::Table* before = FindTable(context.from, TableKey(table));
  const catalog::Table* after = FindTable(context.to, TableKey(table));
  if (before == nullptr || after == nullptr || !before->partition_of ||
      before->partition_of != after->partition_of) {
    return false;
  }
  const catalog::Table* old_parent = FindTable(context.from, TableKey(*before->partition_of));
  const catalog::Table* new_parent = FindTable(context.to, TableKey(*after->partition_of));
  const Column* a = old_parent != nullptr ? old_parent->FindColumn(name) : nullptr;
  const Column* b = new_parent != nullptr ? new_parent->FindColumn(name) : nullptr;
  return a != nullptr && b != nullptr && (a->type != b->type || a->collation != b->collation);
}

void AlterColumn(const Context& context, const diff::Change& change,
                 std::vector<PlannedStep>& out) {
  const ObjectKey& key = change.key;
  catalog::QualifiedName table{key.schema, key.name};
  const Column& column = *FindColumn(context.to, key);
  // A partition's column that its parent's new column makes has no old state of its own: it is
  // the new one, but with the type's storage, its parent's compression and no statistics target.
  const Column* found = FindColumn(context.from, key);
  Column added_by_parent = column;
  const catalog::Table* owner = FindTable(context.to, TableKey(table));
  if (found == nullptr && owner != nullptr && owner->of_type) {
    // A typed table's column that its type's new attribute makes: as ADD ATTRIBUTE gives it.
    added_by_parent = Column{};
    added_by_parent.name = column.name;
    added_by_parent.type = column.type;
    added_by_parent.collation = column.collation;
  } else if (found == nullptr) {
    added_by_parent.storage.reset();
    added_by_parent.statistics.reset();
    added_by_parent.attribute_options.clear();
    const catalog::Table* partition = FindTable(context.to, TableKey(table));
    const catalog::Table* parent = partition != nullptr && partition->partition_of
                                       ? FindTable(context.to, TableKey(*partition->partition_of))
                                       : nullptr;
    const Column* parent_column = parent != nullptr ? parent->FindColumn(column.name) : nullptr;
    added_by_parent.compression =
        parent_column != nullptr ? parent_column->compression : column.compression;
  }
  const Column& old = found != nullptr ? *found : added_by_parent;
  PlannedStep planned = NewColumnStep(key, Action::kAlter, "", &column);
  Step& step = planned.step;
  std::string alter =
      fmt::format("ALTER TABLE {} ALTER COLUMN {}", table.Quoted(), QuoteIdentifier(column.name));
  // Every form of ALTER COLUMN this step writes takes an ACCESS EXCLUSIVE lock.
  std::vector<std::string> what;
  auto add = [&](std::string statement, std::string_view form) {
    step.statements.push_back(alter + " " + statement);
    TakeLock(step, TableLock::kAccessExclusive,
             fmt::format("{} locks table {}", form, table.Quoted()));
  };
  bool type = diff::Has(change, Property::kType);
  // A default is the table's own: without ONLY, SET and DROP DEFAULT would reach the tables that
  // inherit the column (and partitions), whose defaults are theirs and planned on their own. A
  // type change reaches them anyway, and so does the default dropped for it: theirs are set again
  // after it.
  auto add_default = [&](std::string statement, std::string_view form) {
    if (type && statement == "DROP DEFAULT;") {
      add(std::move(statement), form);
      return;
    }
    step.statements.push_back(DefaultSql(table, column.name, statement));
    TakeLock(step, TableLock::kAccessExclusive,
             fmt::format("{} locks table {}", form, table.Quoted()));
  };
  const catalog::EnumType* converted = EnumOfType(context.to, column.type);
  bool default_by_enum =
      converted != nullptr && !type && context.recreated_enums.count(converted->name) != 0;
  bool identity = diff::Has(change, Property::kIdentity);
  bool identity_kind_only = identity && old.identity && column.identity &&
                            old.identity->sequence == column.identity->sequence;
  // A new generator (identity or sequence default) continues from the old one; while neither
  // exists, a temporary sequence holds the old one's position.
  std::optional<Handover> handover = FindHandover(context.from, context.to, old, column);
  std::string stash = StashName(table, column.name);
  bool stashed = handover && (handover->from.identity || handover->to.identity);
  if (diff::Has(change, Property::kDropExpression)) {
    what.push_back("drop generation expression");
    add("DROP EXPRESSION;", "DROP EXPRESSION");
  }
  if (identity && old.identity && !identity_kind_only) {
    // Its own step, first: a sequence this plan creates may take the identity sequence's name.
    PlannedStep drop = NewColumnStep(
        key, Action::kAlter,
        fmt::format("alter column {}: drop identity", QuoteIdentifier(column.name)), &column);
    if (handover) {
      drop.step.description += ", saving its position";
      drop.step.statements = StashSql(old.identity->sequence.Quoted(), stash);
    } else {
      AddHazard(drop.step, Hazard::kIrreversibleDown,
                "the identity's position is lost; down adds the identity again, continuing "
                "after the values the column holds");
    }
    drop.step.statements.push_back(alter + " DROP IDENTITY;");
    TakeLock(drop.step, TableLock::kAccessExclusive,
             fmt::format("DROP IDENTITY locks table {}", table.Quoted()));
    drop.provides.push_back(key);
    drop.removes.push_back(SequenceKey(old.identity->sequence));
    out.push_back(std::move(drop));
    planned.after_changes_of.push_back(key);
  }
  if (stashed && !handover->from.identity) {
    for (std::string& statement : StashSql(handover->from.sequence.Quoted(), stash)) {
      step.statements.push_back(std::move(statement));
    }
    what.push_back("save the position of " + handover->from.sequence.Quoted());
  }
  bool default_changes = diff::Has(change, Property::kDefault) && !default_by_enum;
  bool default_dropped_for_type = type && old.default_expression.has_value();
  if (old.default_expression && (default_changes || default_dropped_for_type)) {
    add_default("DROP DEFAULT;", "DROP DEFAULT");
  }
  if (type) {
    add(TypeClause(context, old, column, table, step) + ";", "ALTER COLUMN TYPE");
    what.push_back(old.type == column.type
                       ? fmt::format("collation {} -> {}", old.collation.value_or("default"),
                                     column.collation.value_or("default"))
                       : fmt::format("type {} -> {}", old.type, column.type));
  }
  if (diff::Has(change, Property::kNotNull)) {
    what.push_back(column.not_null ? "set not null" : "drop not null");
    add(column.not_null ? "SET NOT NULL;" : "DROP NOT NULL;",
        column.not_null ? "SET NOT NULL" : "DROP NOT NULL");
    if (column.not_null) {
      AddHazard(step, Hazard::kValidatesConstraint,
                fmt::format("SET NOT NULL reads every row of {}", table.Quoted()));
    }
  }
  if (column.default_expression && (default_changes || default_dropped_for_type)) {
    add_default("SET DEFAULT " + *column.default_expression + ";", "SET DEFAULT");
  }
  if (default_dropped_for_type) {
    for (const catalog::QualifiedName& child : Descendants(context.to, table)) {
      const Column* own = FindColumn(context.to, ColumnKey(child, column.name));
      if (own != nullptr && own->default_expression) {
        step.statements.push_back(
            DefaultSql(child, column.name, "SET DEFAULT " + *own->default_expression + ";"));
        TakeLock(step, TableLock::kAccessExclusive,
                 fmt::format("SET DEFAULT locks table {}", child.Quoted()));
      }
    }
  }
  if (handover && !handover->to.identity) {
    step.statements.push_back(ContinueSql(handover->to.sequence, handover->to.options,
                                          stashed ? stash : handover->from.sequence.Quoted()));
    if (stashed) {
      step.statements.push_back(fmt::format("DROP SEQUENCE {};", stash));
    }
  }
  if (default_changes) {
    what.push_back(column.default_expression ? "set default " + *column.default_expression
                                             : "drop default");
  }
  if (handover && !handover->to.identity) {
    what.push_back(fmt::format("continue from {}", handover->from.identity
                                                       ? "the identity's position"
                                                       : handover->from.sequence.Quoted()));
  }
  if (identity) {
    if (identity_kind_only) {
      std::string_view kind =
          column.identity->kind == catalog::IdentityKind::kAlways ? "ALWAYS" : "BY DEFAULT";
      add(fmt::format("SET GENERATED {};", kind), "SET GENERATED");
      what.push_back("change identity kind");
    } else if (column.identity) {
      // Its own step: the identity's sequence may take the name of one this plan drops.
      PlannedStep identity_step =
          NewColumnStep(key, Action::kAlter,
                        fmt::format("alter column {}: {} identity", QuoteIdentifier(column.name),
                                    old.identity ? "replace" : "add"),
                        &column);
      Step& added = identity_step.step;
      added.statements.push_back(alter + " ADD " + catalog::IdentitySql(*column.identity) + ";");
      TakeLock(added, TableLock::kAccessExclusive,
               fmt::format("ADD GENERATED AS IDENTITY locks table {}", table.Quoted()));
      if (handover) {
        added.description += fmt::format(", continuing from {}", handover->from.sequence.Quoted());
        added.statements.push_back(
            ContinueSql(column.identity->sequence, column.identity->options, stash));
        added.statements.push_back(fmt::format("DROP SEQUENCE {};", stash));
      } else if (!old.identity) {
        // The column keeps the values it has: new rows get the ones after them.
        added.description += ", continuing after the column's values";
        added.statements.push_back(ContinueAfterValuesSql(
            column.identity->sequence, column.identity->options, table, column.name));
      }
      identity_step.provides = {key, SequenceKey(column.identity->sequence)};
      identity_step.needs.push_back(key);
      identity_step.releases = false;
      out.push_back(std::move(identity_step));
    }
  }
  if (diff::Has(change, Property::kSequenceOptions) ||
      (identity_kind_only && !(old.identity->options == column.identity->options))) {
    for (std::string& statement :
         ChangeOptionsSql(column.identity->sequence, old.identity->options,
                          column.identity->options, [&](const catalog::SequenceOptions& options) {
                            return alter + " " + IdentityOptionsSql(options) + ";";
                          })) {
      step.statements.push_back(std::move(statement));
    }
    TakeLock(step, TableLock::kAccessExclusive,
             fmt::format("changing the identity locks table {}", table.Quoted()));
    what.push_back("change identity options");
  }
  // ALTER COLUMN TYPE, of this column or of its partition's parent's, gives it its new type's
  // storage and the default compression (and keeps its statistics target).
  bool parent_retyped = ParentRetyped(context, table, column.name);
  bool retyped = type || parent_retyped;
  if (parent_retyped) {
    // After the parent's ALTER COLUMN TYPE, which would reset what this step sets.
    const catalog::Table* partition = FindTable(context.to, TableKey(table));
    planned.needs.push_back(ColumnKey(*partition->partition_of, column.name));
  }
  Column settings = old;
  if (retyped) {
    settings.storage.reset();
    settings.compression.reset();
  }
  std::vector<std::string> settings_sql = catalog::ColumnSettingSql(table, settings, column);
  if (!settings_sql.empty()) {
    for (std::string& statement : settings_sql) {
      step.statements.push_back(std::move(statement));
    }
    if (settings.storage != column.storage) {
      what.push_back("storage " + column.storage.value_or(column.type_storage.value));
    }
    if (settings.compression != column.compression) {
      what.push_back("compression " + column.compression.value_or("default"));
    }
    if (settings.statistics != column.statistics) {
      what.push_back(column.statistics ? fmt::format("statistics {}", *column.statistics)
                                       : "default statistics");
    }
    if (settings.attribute_options != column.attribute_options) {
      std::vector<std::string> options;
      for (const auto& [option, value] : column.attribute_options) {
        options.push_back(option + "=" + value);
      }
      what.push_back(options.empty() ? std::string("no attribute options")
                                     : fmt::format("set ({})", fmt::join(options, ", ")));
    }
    // SET STATISTICS takes a SHARE UPDATE EXCLUSIVE lock, SET STORAGE and SET COMPRESSION an
    // ACCESS EXCLUSIVE one; none rewrites the table (values already stored stay as they are).
    if (settings.storage != column.storage || settings.compression != column.compression) {
      TakeLock(step, TableLock::kAccessExclusive,
               fmt::format("SET STORAGE and SET COMPRESSION lock table {}", table.Quoted()));
    } else {
      TakeLock(step, TableLock::kShareUpdateExclusive, "");
    }
  }
  if (diff::Has(change, Property::kForeignOptions)) {
    what.push_back("change options");
    step.statements.push_back(fmt::format(
        "ALTER FOREIGN TABLE {} ALTER COLUMN {}{};", table.Quoted(), QuoteIdentifier(column.name),
        catalog::GenericOptionsChangeSql(old.options, column.options)));
    TakeLock(step, TableLock::kAccessExclusive, "");
  }
  if (diff::Has(change, Property::kComment)) {
    what.push_back(column.comment ? "set comment" : "remove comment");
    step.statements.push_back(
        catalog::CommentSql(ColumnTarget(table, column.name), column.comment));
    TakeLock(step, TableLock::kShareUpdateExclusive, "");
  }
  if (step.statements.empty()) {
    return;
  }
  step.description =
      fmt::format("alter column {}: {}", QuoteIdentifier(column.name), fmt::join(what, ", "));
  planned.provides.push_back(key);
  planned.changes_shape =
      std::any_of(change.properties.begin(), change.properties.end(), [](Property property) {
        return property != Property::kDefault && property != Property::kComment &&
               property != Property::kColumnSettings && property != Property::kForeignOptions;
      });
  AddNeeds(context.to_dependencies, key, planned.needs);
  out.push_back(std::move(planned));
}

// Drops a column's default before what it calls is dropped or created again, and sets it again
// after.
void ResetDefault(const Context& context, const ObjectKey& key, std::vector<PlannedStep>& out) {
  catalog::QualifiedName table{key.schema, key.name};
  const Column& old = *FindColumn(context.from, key);
  const Column& column = *FindColumn(context.to, key);
  PlannedStep drop =
      NewColumnStep(key, Action::kAlter, "drop default while a function it calls changes", &old);
  drop.step.statements.push_back(DefaultSql(table, key.sub_name, "DROP DEFAULT;"));
  TakeLock(drop.step, TableLock::kAccessExclusive,
           fmt::format("DROP DEFAULT locks table {}", table.Quoted()));
  drop.provides.push_back(key);
  drop.changes_shape = false;
  out.push_back(std::move(drop));
  PlannedStep set = NewColumnStep(key, Action::kAlter, "set default again", &column);
  set.step.statements.push_back(
      DefaultSql(table, key.sub_name, "SET DEFAULT " + *column.default_expression + ";"));
  TakeLock(set.step, TableLock::kAccessExclusive,
           fmt::format("SET DEFAULT locks table {}", table.Quoted()));
  set.provides.push_back(key);
  set.releases = false;  // the step before released what the old default used
  set.changes_shape = false;
  AddNeeds(context.to_dependencies, key, set.needs);
  out.push_back(std::move(set));
}

void BuildColumnChangeSteps(const Context& context, const diff::Change& change,
                            std::vector<PlannedStep>& out) {
  if (change.kind == ChangeKind::kAlter && diff::Has(change, Property::kDefaultDependency)) {
    ResetDefault(context, change.key, out);
    diff::Change rest = change;
    std::erase(rest.properties, Property::kDefaultDependency);
    if (!rest.properties.empty()) {
      AlterColumn(context, rest, out);
    }
    return;
  }
  switch (change.kind) {
    case ChangeKind::kCreate:
      AddColumn(context, change.key, false, out);
      return;
    case ChangeKind::kDrop:
      DropColumn(context, change.key, false, out);
      return;
    case ChangeKind::kRecreate:
      DropColumn(context, change.key, true, out);
      AddColumn(context, change.key, true, out);
      return;
    case ChangeKind::kAlter:
      AlterColumn(context, change, out);
      return;
  }
}

}  // namespace

void BuildColumnSteps(const Context& context, const diff::Change& change,
                      std::vector<PlannedStep>& out) {
  size_t first = out.size();
  BuildColumnChangeSteps(context, change, out);
  // A table that stops being a typed table does so first; a column of a table that stays one
  // comes after its type's ALTER TYPE ... CASCADE.
  ObjectKey table = ParentKey(change.key);
  const catalog::Table* before = FindTable(context.from, table);
  const catalog::Table* after = FindTable(context.to, table);
  if (before == nullptr || after == nullptr || !before->of_type) {
    return;
  }
  for (size_t i = first; i < out.size(); ++i) {
    out[i].needs.push_back(
        before->of_type == after->of_type ? catalog::CompositeKey(*after->of_type) : table);
  }
}

}  // namespace schemac::plan

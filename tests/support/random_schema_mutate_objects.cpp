// Mutations of keys, checks, foreign keys, indexes, enum types, sequences and comments.
#include <algorithm>
#include <limits>

#include "support/random_schema_model.h"

namespace schemac::testing::random_schema {
namespace {

const std::vector<std::string> kNewLabels = {"pending", "closed", "blocked", "Later On", "o'clock"};

// ConstraintRef is a constraint of kind `kind` picked at random, or nullopt.
struct ConstraintRef {
  size_t table;
  size_t constraint;
};
std::optional<ConstraintRef> PickConstraint(const Model& model, Rng& rng, ConstraintKind kind) {
  std::vector<ConstraintRef> candidates;
  for (size_t t = 0; t < model.tables.size(); ++t) {
    for (size_t c = 0; c < model.tables[t].constraints.size(); ++c) {
      if (model.tables[t].constraints[c].kind == kind) {
        candidates.push_back({t, c});
      }
    }
  }
  if (candidates.empty()) {
    return std::nullopt;
  }
  return rng.Pick(candidates);
}

bool AddKey(Model& model, Rng& rng, std::string* description, ConstraintKind kind) {
  if (model.tables.empty()) {
    return false;
  }
  Table& table = model.tables[rng.Below(model.tables.size())];
  if (!AddRandomKey(model, table, rng, kind)) {
    return false;
  }
  *description = "add constraint " + ConstraintText(table, table.constraints.back());
  return true;
}

bool DropConstraint(Model& model, Rng& rng, std::string* description, ConstraintKind kind) {
  std::optional<ConstraintRef> ref = PickConstraint(model, rng, kind);
  if (!ref) {
    return false;
  }
  Table& table = model.tables[ref->table];
  const Constraint dropped = table.constraints[ref->constraint];
  *description = "drop constraint " + ConstraintText(table, dropped);
  table.constraints.erase(table.constraints.begin() + static_cast<std::ptrdiff_t>(ref->constraint));
  if (kind == ConstraintKind::kPrimaryKey) {
    for (const std::string& column : dropped.columns) {
      FindColumn(table, column)->not_null = true;  // as PostgreSQL leaves them
    }
  }
  if (kind == ConstraintKind::kPrimaryKey || kind == ConstraintKind::kUnique) {
    const Name name = table.name;
    std::vector<std::string> removed = RemoveForeignKeysTo(model, name, dropped.columns, true);
    if (!removed.empty()) {
      *description += ", with " + Join(removed);
    }
  }
  return true;
}

bool AddPrimaryKey(Model& model, Rng& rng, std::string* description) {
  return AddKey(model, rng, description, ConstraintKind::kPrimaryKey);
}
bool DropPrimaryKey(Model& model, Rng& rng, std::string* description) {
  return DropConstraint(model, rng, description, ConstraintKind::kPrimaryKey);
}
bool AddUnique(Model& model, Rng& rng, std::string* description) {
  return AddKey(model, rng, description, ConstraintKind::kUnique);
}
bool DropUnique(Model& model, Rng& rng, std::string* description) {
  return DropConstraint(model, rng, description, ConstraintKind::kUnique);
}
bool DropCheck(Model& model, Rng& rng, std::string* description) {
  return DropConstraint(model, rng, description, ConstraintKind::kCheck);
}
bool DropForeignKey(Model& model, Rng& rng, std::string* description) {
  return DropConstraint(model, rng, description, ConstraintKind::kForeignKey);
}

bool AddCheck(Model& model, Rng& rng, std::string* description) {
  if (model.tables.empty()) {
    return false;
  }
  Table& table = model.tables[rng.Below(model.tables.size())];
  std::optional<Constraint> check = RandomCheck(model, table, rng);
  if (!check) {
    return false;
  }
  table.constraints.push_back(*check);
  *description = "add check " + ConstraintText(table, *check) + ": " + check->expression;
  return true;
}

bool AddForeignKeyMutation(Model& model, Rng& rng, std::string* description) {
  if (model.tables.empty()) {
    return false;
  }
  size_t from = rng.Below(model.tables.size());
  size_t to = rng.Below(model.tables.size());
  return AddForeignKey(model, from, to, rng, description);
}

std::string IndexText(const Table& table, const Index& index) {
  std::string keys;
  for (const IndexKey& key : index.keys) {
    keys += (keys.empty() ? "" : ", ") + (key.lower ? "lower(" + key.column + ")" : key.column) +
            (key.descending ? " desc" : "");
  }
  return std::string(index.unique ? "unique " : "") +
         (index.name.empty() ? "unnamed index" : "index " + index.name) + " on " +
         table.name.Text() + " (" + keys + ")" +
         (index.predicate.empty() ? "" : " where " + index.predicate);
}

bool AddIndex(Model& model, Rng& rng, std::string* description) {
  if (model.tables.empty()) {
    return false;
  }
  Table& table = model.tables[rng.Below(model.tables.size())];
  std::optional<Index> index = RandomIndex(model, table, rng);
  if (!index) {
    return false;
  }
  table.indexes.push_back(*index);
  *description = "add " + IndexText(table, *index);
  return true;
}

// PickIndex returns a random index as {table, index}, or nullopt.
std::optional<std::pair<size_t, size_t>> PickIndex(const Model& model, Rng& rng) {
  std::vector<std::pair<size_t, size_t>> candidates;
  for (size_t t = 0; t < model.tables.size(); ++t) {
    for (size_t i = 0; i < model.tables[t].indexes.size(); ++i) {
      candidates.emplace_back(t, i);
    }
  }
  if (candidates.empty()) {
    return std::nullopt;
  }
  return rng.Pick(candidates);
}

bool DropIndex(Model& model, Rng& rng, std::string* description) {
  auto ref = PickIndex(model, rng);
  if (!ref) {
    return false;
  }
  Table& table = model.tables[ref->first];
  *description = "drop " + IndexText(table, table.indexes[ref->second]);
  table.indexes.erase(table.indexes.begin() + static_cast<std::ptrdiff_t>(ref->second));
  return true;
}

bool ChangeIndex(Model& model, Rng& rng, std::string* description) {
  auto ref = PickIndex(model, rng);
  if (!ref) {
    return false;
  }
  Table& table = model.tables[ref->first];
  Index& index = table.indexes[ref->second];
  std::string before = IndexText(table, index);
  std::vector<std::string> others;
  for (const Column& column : table.columns) {
    if (std::none_of(index.keys.begin(), index.keys.end(),
                     [&column](const IndexKey& key) { return key.column == column.name; })) {
      others.push_back(column.name);
    }
  }
  switch (rng.Below(4)) {
    case 0:
      index.unique = !index.unique;
      break;
    case 1:
      if (index.predicate.empty()) {
        SetRandomPredicate(table, rng, index);
      } else {
        index.predicate.clear();
        index.predicate_columns.clear();
      }
      break;
    case 2:
      if (!others.empty()) {
        index.keys.push_back({rng.Pick(others), false, rng.Chance(30)});
        break;
      }
      [[fallthrough]];
    default: {
      IndexKey& key = index.keys[rng.Below(index.keys.size())];
      key.descending = !key.descending;
      break;
    }
  }
  *description = "change " + before + " to " + IndexText(table, index);
  return true;
}

bool EnumAddValue(Model& model, Rng& rng, std::string* description) {
  if (model.enums.empty()) {
    return false;
  }
  Enum& enum_type = model.enums[rng.Below(model.enums.size())];
  std::string label = rng.Pick(kNewLabels);
  for (int suffix = 2; Contains(enum_type.labels, label); ++suffix) {
    label = rng.Pick(kNewLabels) + " " + std::to_string(suffix);
  }
  size_t at = rng.Below(enum_type.labels.size());
  switch (rng.Below(3)) {
    case 0:
      *description = "add value '" + label + "' to enum " + enum_type.name.Text();
      enum_type.labels.push_back(label);
      break;
    case 1:
      *description = "add value '" + label + "' to enum " + enum_type.name.Text() + " before '" +
                     enum_type.labels[at] + "'";
      enum_type.labels.insert(enum_type.labels.begin() + static_cast<std::ptrdiff_t>(at), label);
      break;
    default:
      *description = "add value '" + label + "' to enum " + enum_type.name.Text() + " after '" +
                     enum_type.labels[at] + "'";
      enum_type.labels.insert(enum_type.labels.begin() + static_cast<std::ptrdiff_t>(at) + 1,
                              label);
      break;
  }
  return true;
}

bool EnumRemoveValue(Model& model, Rng& rng, std::string* description) {
  if (model.enums.empty()) {
    return false;
  }
  Enum& enum_type = model.enums[rng.Below(model.enums.size())];
  std::vector<std::string> unused;
  for (const std::string& label : enum_type.labels) {
    bool used = false;
    for (const Table& table : model.tables) {
      for (const Column& column : table.columns) {
        used =
            used || (column.type.kind == Kind::kEnum && column.type.enum_type == enum_type.name &&
                     column.default_value && column.default_value->label == label);
      }
    }
    if (!used) {
      unused.push_back(label);
    }
  }
  if (enum_type.labels.size() < 2 || unused.empty()) {
    return false;
  }
  std::string label = rng.Pick(unused);
  std::erase(enum_type.labels, label);
  *description = "remove value '" + label + "' from enum " + enum_type.name.Text();
  return true;
}

bool AddEnum(Model& model, Rng& rng, std::string* description) {
  model.enums.push_back(RandomEnum(model, rng));
  *description =
      "add enum " + model.enums.back().name.Text() + " (" + Join(model.enums.back().labels) + ")";
  return true;
}

bool DropEnum(Model& model, Rng& rng, std::string* description) {
  std::vector<size_t> unused;
  for (size_t i = 0; i < model.enums.size(); ++i) {
    bool used = false;
    for (const Table& table : model.tables) {
      for (const Column& column : table.columns) {
        used = used ||
               (column.type.kind == Kind::kEnum && column.type.enum_type == model.enums[i].name);
      }
    }
    if (!used) {
      unused.push_back(i);
    }
  }
  if (unused.empty()) {
    return false;
  }
  size_t index = rng.Pick(unused);
  *description = "drop enum " + model.enums[index].name.Text();
  model.enums.erase(model.enums.begin() + static_cast<std::ptrdiff_t>(index));
  return true;
}

// Effective is what PostgreSQL makes of a sequence's options, to tell real changes.
std::vector<int64_t> Effective(const Sequence& sequence) {
  bool integer = sequence.as_type == "integer";
  int64_t min = sequence.min_value.value_or(1);
  return {integer ? 1 : 0,
          sequence.increment,
          min,
          sequence.max_value.value_or(integer ? std::numeric_limits<int32_t>::max()
                                              : std::numeric_limits<int64_t>::max()),
          sequence.start.value_or(min),
          sequence.cache.value_or(1),
          sequence.cycle ? 1 : 0};
}

std::string SequenceText(const Sequence& s) {
  auto value = [](const std::optional<int64_t>& v) { return v ? std::to_string(*v) : "-"; };
  return "as " + (s.as_type.empty() ? std::string("-") : s.as_type) + " start " + value(s.start) +
         " increment " + std::to_string(s.increment) + " min " + value(s.min_value) + " max " +
         value(s.max_value) + " cache " + value(s.cache) + (s.cycle ? " cycle" : " no cycle");
}

bool ChangeSequence(Model& model, Rng& rng, std::string* description) {
  if (model.sequences.empty()) {
    return false;
  }
  Sequence& sequence = model.sequences[rng.Below(model.sequences.size())];
  using Values = std::vector<std::optional<int64_t>>;
  for (int attempt = 0; attempt < 10; ++attempt) {
    Sequence changed = sequence;
    switch (rng.Below(7)) {
      case 0:
        changed.as_type = rng.Pick(std::vector<std::string>{"", "integer", "bigint"});
        break;
      case 1:
        changed.increment = rng.Pick(std::vector<int64_t>{1, 2, 3, 5, 10});
        break;
      case 2:
        changed.start = rng.Pick(Values{std::nullopt, 1, 100, 500, 1000});
        break;
      case 3:
        changed.min_value = rng.Pick(Values{std::nullopt, 1, 10});
        break;
      case 4:
        changed.max_value = rng.Pick(Values{std::nullopt, 5000, 100000, 2147483647});
        break;
      case 5:
        changed.cache = rng.Pick(Values{std::nullopt, 1, 10, 20, 50});
        break;
      default:
        changed.cycle = !changed.cycle;
        break;
    }
    if (ValidSequence(changed) && Effective(changed) != Effective(sequence)) {
      *description = "change sequence " + sequence.name.Text() + " from " + SequenceText(sequence) +
                     " to " + SequenceText(changed);
      sequence = changed;
      return true;
    }
  }
  return false;
}

bool AddSequence(Model& model, Rng& rng, std::string* description) {
  model.sequences.push_back(RandomSequence(model, rng));
  *description = "add sequence " + model.sequences.back().name.Text();
  return true;
}

bool DropSequence(Model& model, Rng& rng, std::string* description) {
  std::vector<size_t> unused;
  for (size_t i = 0; i < model.sequences.size(); ++i) {
    bool used = false;
    for (const Table& table : model.tables) {
      for (const Column& column : table.columns) {
        used = used || (column.default_value && column.default_value->sequence &&
                        *column.default_value->sequence == model.sequences[i].name);
      }
    }
    if (!used) {
      unused.push_back(i);
    }
  }
  if (unused.empty()) {
    return false;
  }
  size_t index = rng.Pick(unused);
  *description = "drop sequence " + model.sequences[index].name.Text();
  model.sequences.erase(model.sequences.begin() + static_cast<std::ptrdiff_t>(index));
  return true;
}

struct CommentSlot {
  std::optional<std::string>* comment;
  std::string object;
};

// CommentSlots lists every object that can have a comment: named constraints and indexes only,
// since COMMENT ON needs the name.
std::vector<CommentSlot> CommentSlots(Model& model) {
  std::vector<CommentSlot> slots;
  for (Schema& schema : model.schemas) {
    slots.push_back({&schema.comment, "schema " + schema.name});
  }
  for (Enum& enum_type : model.enums) {
    slots.push_back({&enum_type.comment, "type " + enum_type.name.Text()});
  }
  for (Sequence& sequence : model.sequences) {
    slots.push_back({&sequence.comment, "sequence " + sequence.name.Text()});
  }
  for (Table& table : model.tables) {
    slots.push_back({&table.comment, "table " + table.name.Text()});
    for (Column& column : table.columns) {
      slots.push_back({&column.comment, "column " + table.name.Text() + "." + column.name});
    }
    for (Constraint& constraint : table.constraints) {
      if (!constraint.name.empty()) {
        slots.push_back({&constraint.comment, "constraint " + ConstraintText(table, constraint)});
      }
    }
    for (Index& index : table.indexes) {
      if (!index.name.empty()) {
        slots.push_back({&index.comment, "index " + table.name.schema + "." + index.name});
      }
    }
  }
  return slots;
}

// ChangeComments sets (`had` false) or changes or removes (`had` true, `remove`) a comment.
bool ChangeComments(Model& model, Rng& rng, std::string* description, bool had, bool remove) {
  std::vector<CommentSlot> slots;
  for (const CommentSlot& slot : CommentSlots(model)) {
    if (slot.comment->has_value() == had) {
      slots.push_back(slot);
    }
  }
  if (slots.empty()) {
    return false;
  }
  const CommentSlot& slot = rng.Pick(slots);
  if (remove) {
    *description = "remove the comment on " + slot.object;
    slot.comment->reset();
    return true;
  }
  std::string comment = RandomComment(rng);
  if (slot.comment->has_value() && **slot.comment == comment) {
    return false;
  }
  *description = (had ? "change the comment on " : "comment on ") + slot.object + ": " + comment;
  *slot.comment = comment;
  return true;
}

bool SetComment(Model& model, Rng& rng, std::string* description) {
  return ChangeComments(model, rng, description, false, false);
}
bool ChangeComment(Model& model, Rng& rng, std::string* description) {
  return ChangeComments(model, rng, description, true, false);
}
bool RemoveComment(Model& model, Rng& rng, std::string* description) {
  return ChangeComments(model, rng, description, true, true);
}

}  // namespace

const std::vector<Mutation>& ObjectMutations() {
  // A mutation listed twice is drawn twice as often.
  static const std::vector<Mutation> mutations = {
      AddPrimaryKey,
      DropPrimaryKey,
      AddUnique,
      DropUnique,
      AddCheck,
      DropCheck,
      AddForeignKeyMutation,
      AddForeignKeyMutation,
      DropForeignKey,
      AddIndex,
      DropIndex,
      ChangeIndex,
      ChangeIndex,
      EnumAddValue,
      EnumAddValue,
      EnumRemoveValue,
      AddEnum,
      DropEnum,
      ChangeSequence,
      ChangeSequence,
      AddSequence,
      DropSequence,
      SetComment,
      ChangeComment,
      RemoveComment,
  };
  return mutations;
}

namespace {

// Grants a privilege on a table, or on one of its columns, to app_user or auditor.
bool AddGrant(Model& model, Rng& rng, std::string* description) {
  if (model.tables.empty()) {
    return false;
  }
  Table& table = model.tables[rng.Below(model.tables.size())];
  TableGrant grant;
  grant.role = rng.Chance(50) ? "app_user" : "auditor";
  if (rng.Chance(35) && !table.columns.empty()) {
    static const std::vector<std::string> kColumnPrivileges = {"SELECT", "INSERT", "UPDATE",
                                                               "REFERENCES"};
    grant.privilege = rng.Pick(kColumnPrivileges);
    grant.column = table.columns[rng.Below(table.columns.size())].name;
  } else {
    static const std::vector<std::string> kPrivileges = {
        "SELECT", "INSERT", "UPDATE", "DELETE", "TRUNCATE", "REFERENCES", "TRIGGER"};
    grant.privilege = rng.Pick(kPrivileges);
  }
  if (std::find(table.grants.begin(), table.grants.end(), grant) != table.grants.end()) {
    return false;
  }
  table.grants.push_back(grant);
  *description = "grant " + grant.privilege +
                 (grant.column.empty() ? "" : " (" + grant.column + ")") + " on " +
                 table.name.Text() + " to " + grant.role;
  return true;
}

bool RevokeGrant(Model& model, Rng& rng, std::string* description) {
  std::vector<Table*> granted;
  for (Table& table : model.tables) {
    if (!table.grants.empty()) {
      granted.push_back(&table);
    }
  }
  if (granted.empty()) {
    return false;
  }
  Table& table = *granted[rng.Below(granted.size())];
  size_t index = rng.Below(table.grants.size());
  const TableGrant& grant = table.grants[index];
  *description = "revoke " + grant.privilege +
                 (grant.column.empty() ? "" : " (" + grant.column + ")") + " on " +
                 table.name.Text() + " from " + grant.role;
  table.grants.erase(table.grants.begin() + static_cast<std::ptrdiff_t>(index));
  return true;
}

}  // namespace

void AddRandomGrants(Model& model, Rng& rng) {
  std::string ignored;
  for (size_t i = 0; i < model.tables.size(); ++i) {
    if (rng.Chance(30)) {
      AddGrant(model, rng, &ignored);
    }
  }
}

bool MutateGrants(Model& model, Rng& rng, std::string* description) {
  return rng.Chance(60) ? AddGrant(model, rng, description) : RevokeGrant(model, rng, description);
}

void AddRandomStatistics(Model& model, Rng& rng) {
  for (Table& table : model.tables) {
    for (Column& column : table.columns) {
      if (rng.Chance(10)) {
        column.statistics = rng.Between(0, 1000);
      }
    }
  }
}

bool MutateStatistics(Model& model, Rng& rng, std::string* description) {
  if (model.tables.empty()) {
    return false;
  }
  Table& table = model.tables[rng.Below(model.tables.size())];
  if (table.columns.empty()) {
    return false;
  }
  Column& column = table.columns[rng.Below(table.columns.size())];
  std::optional<int> target;
  if (!column.statistics || rng.Chance(50)) {
    target = rng.Between(0, 1000);
  }
  if (target == column.statistics) {
    return false;
  }
  *description = "statistics of " + table.name.Text() + "." + column.name + ": " +
                 (target ? std::to_string(*target) : "default");
  column.statistics = target;
  return true;
}

}  // namespace schemac::testing::random_schema

// Functions, triggers and policies of the random schema model: each reads one column of a table,
// so that the mutations of tables and columns move them, drop them or retype what they read.
#include "schemac/base/quote.h"

#include "support/random_schema_model.h"

namespace schemac::testing::random_schema {
namespace {

const std::vector<std::string> kFunctionNames = {"tally", "touch", "stamp", "census", "audit_row"};

std::optional<Routine> RandomRoutine(Model& model, Rng& rng) {
  std::optional<ColumnRef> at =
      PickColumn(model, rng, [](const Table&, const Column&) { return true; });
  if (!at) {
    return std::nullopt;
  }
  const Table& table = model.tables[at->table];
  Routine routine;
  routine.table = table.name;
  routine.column = table.columns[at->column].name;
  routine.trigger = rng.Chance(50);
  routine.policy = !routine.trigger && rng.Chance(40);
  routine.function = {rng.Chance(70) ? table.name.schema : AnySchema(model, rng),
                      NewObjectName(model, rng, kFunctionNames)};
  if (rng.Chance(25)) {
    routine.comment = RandomComment(rng);
  }
  return routine;
}

std::string What(const Routine& routine) {
  return routine.policy ? "policy " : "function ";
}

Routine* PickRoutine(Model& model, Rng& rng) {
  if (model.routines.empty()) {
    return nullptr;
  }
  return &model.routines[rng.Below(model.routines.size())];
}

bool AddRoutine(Model& model, Rng& rng, std::string* description) {
  std::optional<Routine> routine = RandomRoutine(model, rng);
  if (!routine) {
    return false;
  }
  *description = std::string(routine->trigger  ? "add trigger function "
                             : routine->policy ? "add policy "
                                               : "add function ") +
                 routine->function.Text() + " on " + routine->table.Text() + "." + routine->column;
  model.routines.push_back(std::move(*routine));
  return true;
}

bool DropRoutine(Model& model, Rng& rng, std::string* description) {
  Routine* routine = PickRoutine(model, rng);
  if (routine == nullptr) {
    return false;
  }
  *description = "drop " + What(*routine) + routine->function.Text();
  Name dropped = routine->function;
  std::erase_if(model.routines, [&](const Routine& r) { return r.function == dropped; });
  return true;
}

// Moves a function (and its trigger) to another column of its table: the function is replaced
// in place, the trigger dropped and created again.
bool MoveRoutine(Model& model, Rng& rng, std::string* description) {
  Routine* routine = PickRoutine(model, rng);
  if (routine == nullptr) {
    return false;
  }
  for (const Table& table : model.tables) {
    if (table.name == routine->table && table.columns.size() > 1) {
      std::string column = routine->column;
      while (column == routine->column) {
        column = rng.Pick(table.columns).name;
      }
      routine->column = column;
      *description = "move " + What(*routine) + routine->function.Text() + " to column " + column;
      return true;
    }
  }
  return false;
}

bool CommentRoutine(Model& model, Rng& rng, std::string* description) {
  Routine* routine = PickRoutine(model, rng);
  if (routine == nullptr) {
    return false;
  }
  routine->comment =
      routine->comment && rng.Chance(50) ? std::nullopt : std::optional(RandomComment(rng));
  *description = "comment on " + What(*routine) + routine->function.Text();
  return true;
}

}  // namespace

void AddRandomRoutines(Model& model, Rng& rng) {
  for (int i = rng.Between(0, 3); i > 0; --i) {
    if (std::optional<Routine> routine = RandomRoutine(model, rng)) {
      model.routines.push_back(std::move(*routine));
    }
  }
}

bool MutateRoutines(Model& model, Rng& rng, std::string* description) {
  return rng.Pick(RoutineMutations())(model, rng, description);
}

void PruneRoutines(Model& model) {
  std::erase_if(model.routines, [&](const Routine& routine) {
    for (const Table& table : model.tables) {
      if (table.name == routine.table) {
        return FindColumn(table, routine.column) == nullptr;
      }
    }
    return true;
  });
}

std::string RoutinesSql(const Model& model) {
  std::string sql;
  for (const Routine& routine : model.routines) {
    std::string function = routine.function.Quoted();
    std::string column = base::QuoteIdentifier(routine.column);
    if (routine.policy) {
      std::string policy = base::QuoteIdentifier(routine.function.name);
      sql += "ALTER TABLE " + routine.table.Quoted() + " ENABLE ROW LEVEL SECURITY;\n";
      sql += "CREATE POLICY " + policy + " ON " + routine.table.Quoted() + " USING (" + column +
             " IS NOT NULL);\n";
      if (routine.comment) {
        sql += "COMMENT ON POLICY " + policy + " ON " + routine.table.Quoted() + " IS " +
               base::QuoteLiteral(*routine.comment) + ";\n";
      }
      continue;
    }
    if (routine.trigger) {
      sql += "CREATE FUNCTION " + function +
             "() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RETURN NEW; END $$;\n";
      sql += "CREATE TRIGGER " + base::QuoteIdentifier(routine.function.name) +
             " BEFORE UPDATE OF " + column + " ON " + routine.table.Quoted() +
             " FOR EACH ROW EXECUTE FUNCTION " + function + "();\n";
    } else {
      sql += "CREATE FUNCTION " + function +
             "() RETURNS bigint LANGUAGE sql STABLE BEGIN ATOMIC SELECT count(" + column +
             ") FROM " + routine.table.Quoted() + "; END;\n";
    }
    if (routine.comment) {
      sql += "COMMENT ON FUNCTION " + function + "() IS " + base::QuoteLiteral(*routine.comment) +
             ";\n";
    }
  }
  return sql;
}

const std::vector<Mutation>& RoutineMutations() {
  static const std::vector<Mutation> mutations = {AddRoutine, DropRoutine, MoveRoutine,
                                                  CommentRoutine};
  return mutations;
}

}  // namespace schemac::testing::random_schema

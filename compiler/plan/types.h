// What changing a column's type costs: how PostgreSQL converts the values, whether it rewrites
// the table, and what the values may lose.
//
// The planner knows the built-in types below, as format_type() prints them, with their modifiers
// and as arrays of one dimension, and enum types:
//   smallint, integer, bigint, numeric[(p,s)], real, double precision, boolean,
//   text, character varying[(n)], character(n), bpchar,
//   date, time[(p)] without/with time zone, timestamp[(p)] without/with time zone,
//   interval [fields][(p)], json, jsonb, uuid, bytea.
// Any other type (an extension's, or another built-in one) is converted with `USING column::type`
// unless it goes to a string type, and only a length on a string type counts as a loss, since
// the planner cannot know more about it.
#pragma once

#include <string>

namespace schemac::plan {

// ColumnType is a column's type as format_type() prints it, and whether it names an enum type.
struct ColumnType {
  std::string name;
  bool is_enum = false;
};

// Conversion is how ALTER COLUMN ... TYPE converts the values.
enum class Conversion {
  kAssignment,   // PostgreSQL converts by itself (an implicit or assignment cast): no USING
  kCast,         // USING column::type: an explicit cast, or reading a string as the new type
  kThroughText,  // USING column::text::type: an enum type to another, label by label
  kNone,         // PostgreSQL knows no conversion: the schema must give one
};

// Loss is what a conversion may do to values that it does not refuse.
enum class Loss {
  kNone,     // every value comes back unchanged when converted back
  kForm,     // values keep what they hold but may come back written differently (the spelling
             // of a string read as a number, JSON whitespace, trailing spaces): irreversible-down
  kContent,  // values may lose part of what they hold (the time of day, digits beyond the new
             // precision or scale, all but zero or not): deletes-data and irreversible-down
};

struct TypeChange {
  Conversion conversion = Conversion::kCast;
  bool rewrites = true;
  Loss loss = Loss::kNone;
  // What is lost (kContent: "the time of day") or may change (kForm: "the spelling of the
  // values"), for the hazard's reason.
  std::string what;
};

// AnalyzeTypeChange describes the conversion of a column from one type to another (the same type
// when only the collation changes).
TypeChange AnalyzeTypeChange(const ColumnType& from, const ColumnType& to);

}  // namespace schemac::plan

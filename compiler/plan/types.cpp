// The planner's knowledge of the built-in types: which conversions PostgreSQL 15 has between them
// (pg_cast, and reading or writing a string through the types' input and output functions), and
// what each conversion does to the values. The reasoning for each family of conversions is in
// docs/design.md#type-changes; tests/plan/type_change_test.cpp checks every pair, and
// tests/plan/type_change_server_test.cpp checks the claims against a server.
#include "types.h"

#include <algorithm>
#include <cstdlib>
#include <optional>
#include <string_view>
#include <vector>

#include <fmt/format.h>

namespace schemac::plan {
namespace {

// A type as format_type() prints it, taken apart: "character varying(40)[]" has base
// "character varying", modifiers {40} and one array dimension.
struct TypeName {
  std::string base;
  std::vector<long> modifiers;
  bool has_modifiers = false;
  int dimensions = 0;
};

TypeName Split(std::string_view type) {
  TypeName out;
  while (type.size() > 2 && type.substr(type.size() - 2) == "[]") {
    type.remove_suffix(2);
    ++out.dimensions;
  }
  size_t open = type.find('(');
  size_t close = type.find(')', open);
  if (open == std::string_view::npos || close == std::string_view::npos || type[0] == '"') {
    out.base = std::string(type);
    return out;
  }
  out.base = std::string(type.substr(0, open));
  if (close + 1 < type.size()) {
    out.base += type.substr(close + 1);  // "timestamp(3) with time zone"
  }
  out.has_modifiers = true;
  std::string_view list = type.substr(open + 1, close - open - 1);
  while (!list.empty()) {
    size_t comma = list.find(',');
    std::string part(list.substr(0, comma));
    out.modifiers.push_back(std::strtol(part.c_str(), nullptr, 10));
    list = comma == std::string_view::npos ? std::string_view() : list.substr(comma + 1);
  }
  return out;
}

bool IsStringBase(const std::string& base) {
  return base == "text" || base == "character varying" || base == "character";
}

// Whether modifiers `to` admit every value that modifiers `from` admit (a missing modifier list
// admits everything).
bool Wider(const TypeName& from, const TypeName& to) {
  if (!to.has_modifiers) {
    return true;
  }
  if (!from.has_modifiers) {
    return false;
  }
  if (to.base == "numeric" && from.modifiers.size() == 2 && to.modifiers.size() == 2) {
    return to.modifiers[1] == from.modifiers[1] && to.modifiers[0] >= from.modifiers[0];
  }
  return !from.modifiers.empty() && !to.modifiers.empty() && to.modifiers[0] >= from.modifiers[0];
}

// Whether ALTER COLUMN ... TYPE rewrites the table: not for a change PostgreSQL knows to be
// binary compatible and no narrower (a longer varchar, a wider numeric at the same scale).
bool Rewrites(const std::string& from_type, const std::string& to_type) {
  if (from_type == to_type) {
    return false;  // only the collation changes
  }
  TypeName from = Split(from_type);
  TypeName to = Split(to_type);
  if (from.dimensions != to.dimensions) {
    return true;
  }
  if (from.base == to.base) {
    return !(Wider(from, to) && (IsStringBase(from.base) || from.base == "numeric") &&
             from.base != "character");
  }
  if (IsStringBase(to.base)) {
    return !(IsStringBase(from.base) && from.base != "character" && !to.has_modifiers);
  }
  return true;
}

enum class Family {
  kInteger,
  kNumeric,
  kFloat,
  kBoolean,
  kString,
  kDate,
  kTime,
  kTimeTz,
  kTimestamp,
  kTimestampTz,
  kInterval,
  kJson,
  kJsonb,
  kUuid,
  kBytea,
  kEnum,
  kOther,
};

enum class StringKind { kText, kVarchar, kChar };

// How finely an interval type keeps its values: by its last field (PostgreSQL truncates the finer
// ones) and, for seconds, the fractional digits.
enum IntervalField { kYear, kMonth, kDay, kHour, kMinute, kSecond };

// TypeInfo is what the rules need to know of one (element) type.
struct TypeInfo {
  Family family = Family::kOther;
  std::string name;  // as printed, without []
  int dimensions = 0;
  int bits = 0;                   // integers: 16, 32 or 64; floating point: mantissa, 24 or 53
  int digits = 0;                 // floating point: the significant digits numeric gets, 6 or 15
  std::optional<long> precision;  // numeric
  std::optional<long> scale;      // numeric
  StringKind string_kind = StringKind::kText;
  std::optional<long> length;  // character varying(n), character(n)
  int fraction = 6;            // time, timestamp, interval: fractional digits of seconds
  IntervalField last_field = kSecond;
};

std::optional<IntervalField> ParseIntervalFields(std::string_view fields) {
  if (fields.empty()) {
    return kSecond;
  }
  if (fields[0] != ' ') {
    return std::nullopt;
  }
  fields.remove_prefix(1);
  size_t to = fields.rfind(" to ");
  std::string_view last = to == std::string_view::npos ? fields : fields.substr(to + 4);
  static const std::pair<std::string_view, IntervalField> kFields[] = {
      {"year", kYear}, {"month", kMonth},   {"day", kDay},
      {"hour", kHour}, {"minute", kMinute}, {"second", kSecond}};
  for (const auto& [word, field] : kFields) {
    if (last == word) {
      return field;
    }
  }
  return std::nullopt;
}

TypeInfo Describe(const ColumnType& type) {
  TypeName split = Split(type.name);
  TypeInfo info;
  info.dimensions = split.dimensions;
  info.name = type.name.substr(0, type.name.size() - 2 * static_cast<size_t>(split.dimensions));
  if (type.is_enum) {
    info.family = Family::kEnum;
    return info;
  }
  const std::string& base = split.base;
  const std::vector<long>& mods = split.modifiers;
  auto first = [&]() -> std::optional<long> {
    return mods.empty() ? std::nullopt : std::optional<long>(mods[0]);
  };
  if (base == "smallint" || base == "integer" || base == "bigint") {
    info.family = Family::kInteger;
    info.bits = base == "smallint" ? 16 : base == "integer" ? 32 : 64;
  } else if (base == "numeric") {
    info.family = Family::kNumeric;
    if (mods.size() == 2) {
      info.precision = mods[0];
      info.scale = mods[1];
    }
  } else if (base == "real" || base == "double precision") {
    info.family = Family::kFloat;
    info.bits = base == "real" ? 24 : 53;
    info.digits = base == "real" ? 6 : 15;
  } else if (base == "boolean") {
    info.family = Family::kBoolean;
  } else if (base == "text" || base == "character varying" || base == "character" ||
             base == "bpchar") {
    info.family = Family::kString;
    info.string_kind = base == "text"                ? StringKind::kText
                       : base == "character varying" ? StringKind::kVarchar
                                                     : StringKind::kChar;
    info.length = first();
  } else if (base == "date") {
    info.family = Family::kDate;
  } else if (base == "time without time zone" || base == "time with time zone") {
    info.family = base == "time with time zone" ? Family::kTimeTz : Family::kTime;
    info.fraction = static_cast<int>(first().value_or(6));
  } else if (base == "timestamp without time zone" || base == "timestamp with time zone") {
    info.family = base == "timestamp with time zone" ? Family::kTimestampTz : Family::kTimestamp;
    info.fraction = static_cast<int>(first().value_or(6));
  } else if (base.rfind("interval", 0) == 0) {
    std::optional<IntervalField> field = ParseIntervalFields(std::string_view(base).substr(8));
    if (field) {
      info.family = Family::kInterval;
      info.last_field = *field;
      info.fraction = *field == kSecond ? static_cast<int>(first().value_or(6)) : 0;
    }
  } else if (base == "json") {
    info.family = Family::kJson;
  } else if (base == "jsonb") {
    info.family = Family::kJsonb;
  } else if (base == "uuid") {
    info.family = Family::kUuid;
  } else if (base == "bytea") {
    info.family = Family::kBytea;
  }
  return info;
}

// Rule is the conversion of one value (an element, for arrays) and what it may lose.
struct Rule {
  Conversion conversion = Conversion::kAssignment;
  Loss loss = Loss::kNone;
  std::string what;
};

Rule None(Conversion conversion = Conversion::kAssignment) {
  return {conversion, Loss::kNone, ""};
}
Rule Form(Conversion conversion, std::string what) {
  return {conversion, Loss::kForm, std::move(what)};
}
Rule Content(Conversion conversion, std::string what) {
  return {conversion, Loss::kContent, std::move(what)};
}
Rule NoConversion() {
  return {Conversion::kNone, Loss::kNone, ""};
}

std::string SecondsBeyond(const TypeInfo& to) {
  return fmt::format("fractional seconds beyond the precision of {}", to.name);
}

std::string ScaleOf(const TypeInfo& to) {
  return fmt::format("digits beyond the scale of {}", to.name);
}

// A value written into a string type. PostgreSQL refuses a value longer than the length unless
// the excess is spaces, which it cuts, and a character(n) gives its value back without trailing
// spaces: only the values of string types and of json, which are texts that may end in spaces,
// can lose them.
Rule IntoString(const TypeInfo& from, const TypeInfo& to) {
  bool from_char = from.family == Family::kString && from.string_kind == StringKind::kChar;
  bool textual = from.family == Family::kString || from.family == Family::kJson;
  if (from_char) {
    return None();  // its padding is not part of its value: it gets it back
  }
  if (to.string_kind == StringKind::kChar) {
    if (from.family == Family::kEnum) {
      // A label reads back without padding only.
      return Form(Conversion::kAssignment,
                  fmt::format("the labels, which come back padded by {}", to.name));
    }
    return textual ? Form(Conversion::kAssignment, "trailing spaces of the values") : None();
  }
  bool longer = !to.length
                    ? false
                    : from.family != Family::kString || !from.length || *from.length > *to.length;
  return longer && textual ? Form(Conversion::kAssignment,
                                  fmt::format("trailing spaces beyond the length of {}", to.name))
                           : None();
}

// A string read as a value of another type (an explicit conversion through the type's input
// function): the text is replaced by the value read from it, which the down conversion writes in
// its own spelling; types that round also lose what their precision cannot hold.
Rule FromString(const TypeInfo& to) {
  const Conversion cast = Conversion::kCast;
  switch (to.family) {
    case Family::kJson:
    case Family::kEnum:
      return None(cast);  // json keeps the text as written; a label is its text
    case Family::kNumeric:
      if (to.scale) {
        return Content(cast, ScaleOf(to));
      }
      return Form(cast, "the spelling of the values");
    case Family::kFloat:
      return Content(cast, fmt::format("digits beyond the precision of {}", to.name));
    case Family::kDate:
      return Content(cast, "a time of day written after a date");
    case Family::kTime:
    case Family::kTimeTz:
    case Family::kTimestamp:
    case Family::kTimestampTz:
    case Family::kInterval:
      return Content(cast, SecondsBeyond(to));
    case Family::kJsonb:
      return Form(cast, "the whitespace, key order and duplicate keys of the JSON values");
    case Family::kInteger:
    case Family::kBoolean:
    case Family::kUuid:
    case Family::kBytea:
      return Form(cast, "the spelling of the values");
    case Family::kString:
    case Family::kOther:
      break;
  }
  return None(cast);
}

// The precision of a time type, or of an interval's seconds, getting smaller.
Rule Seconds(const TypeInfo& from, const TypeInfo& to, Rule same) {
  if (to.fraction < from.fraction) {
    return Content(same.conversion, SecondsBeyond(to));
  }
  return same;
}

Rule Scalar(const TypeInfo& from, const TypeInfo& to) {
  const Conversion kAssign = Conversion::kAssignment;
  const Conversion kCast = Conversion::kCast;
  if (to.family == Family::kString) {
    // Every type is written into a string type by its output function, and read back unchanged
    // (float output is exact since PostgreSQL 12).
    return IntoString(from, to);
  }
  if (from.family == Family::kString) {
    return FromString(to);
  }
  switch (from.family) {
    case Family::kInteger:
      switch (to.family) {
        case Family::kInteger:
          return None();  // a smaller type refuses the values it cannot hold
        case Family::kNumeric:
          return to.scale && *to.scale < 0 ? Content(kAssign, ScaleOf(to)) : None();
        case Family::kFloat:
          return from.bits - 1 > to.bits
                     ? Content(kAssign, fmt::format("digits beyond the precision of {}", to.name))
                     : None();
        case Family::kBoolean:
          if (from.bits == 32) {
            return Content(kCast, "every value but whether it is zero");
          }
          return NoConversion();
        default:
          return NoConversion();
      }
    case Family::kNumeric:
      switch (to.family) {
        case Family::kInteger:
          return !from.scale || *from.scale > 0 ? Content(kAssign, "the fractional digits")
                                                : None();
        case Family::kNumeric:
          if (!to.scale) {
            return None();
          }
          return !from.scale || *to.scale < *from.scale ? Content(kAssign, ScaleOf(to)) : None();
        case Family::kFloat:
          // float4 and float8 give numeric 6 and 15 significant digits back (FLT_DIG, DBL_DIG):
          // a numeric with no more digits than that comes back exactly.
          return from.precision && *from.precision <= to.digits
                     ? None()
                     : Content(kAssign, fmt::format("digits beyond the precision of {}", to.name));
        default:
          return NoConversion();
      }
    case Family::kFloat:
      switch (to.family) {
        case Family::kInteger:
          return Content(kAssign, "the fractional digits");
        case Family::kNumeric:
          return Content(kAssign, fmt::format("digits beyond the {} significant digits that {} "
                                              "gives numeric",
                                              from.digits, from.name));
        case Family::kFloat:
          return to.bits < from.bits
                     ? Content(kAssign, fmt::format("digits beyond the precision of {}", to.name))
                     : None();
        default:
          return NoConversion();
      }
    case Family::kBoolean:
      return to.family == Family::kInteger && to.bits == 32 ? None(kCast) : NoConversion();
    case Family::kDate:
      return to.family == Family::kTimestamp || to.family == Family::kTimestampTz ? None()
                                                                                  : NoConversion();
    case Family::kTime:
      switch (to.family) {
        case Family::kTime:
        case Family::kTimeTz:  // takes the session's offset, which going back drops
          return Seconds(from, to, None());
        case Family::kInterval:
          if (to.last_field < kSecond) {
            return Content(kAssign, fmt::format("parts finer than {} allows", to.name));
          }
          // An interval converts back modulo a day: 24:00:00 comes back as 00:00:00.
          return Seconds(from, to, Content(kAssign, "the time 24:00:00"));
        default:
          return NoConversion();
      }
    case Family::kTimeTz:
      switch (to.family) {
        case Family::kTime:
          return Content(kAssign, "the time zone offset");
        case Family::kTimeTz:
          return Seconds(from, to, None());
        default:
          return NoConversion();
      }
    case Family::kTimestamp:
    case Family::kTimestampTz:
      switch (to.family) {
        case Family::kDate:
          return Content(kAssign, "the time of day");
        case Family::kTime:
          return Content(kAssign, from.family == Family::kTimestamp
                                      ? "the date"
                                      : "the date and the time zone offset");
        case Family::kTimeTz:
          if (from.family == Family::kTimestamp) {
            return NoConversion();
          }
          return Content(kAssign, "the date");
        case Family::kTimestamp:
        case Family::kTimestampTz:
          if (to.family != from.family) {
            // Local times are read and written in the session's time zone (TimeZone): exact
            // where the zone has no daylight saving time.
            return Seconds(from, to,
                           Form(kAssign,
                                "times that daylight saving time skips or repeats in the "
                                "session's time zone"));
          }
          return Seconds(from, to, None());
        default:
          return NoConversion();
      }
    case Family::kInterval:
      switch (to.family) {
        case Family::kInterval:
          if (to.last_field < from.last_field) {
            return Content(kAssign, fmt::format("parts finer than {} allows", to.name));
          }
          return Seconds(from, to, None());
        case Family::kTime:
          return Content(kAssign, "whole days and months");
        default:
          return NoConversion();
      }
    case Family::kJson:
      return to.family == Family::kJsonb
                 ? Form(kAssign, "the whitespace, key order and duplicate keys of the JSON values")
                 : NoConversion();
    case Family::kJsonb:
      switch (to.family) {
        case Family::kJson:
          return None();
        case Family::kBoolean:
          return None(kCast);
        case Family::kInteger:
          return Content(kCast, "the fractional digits");
        case Family::kNumeric:
          return to.scale ? Content(kCast, ScaleOf(to)) : None(kCast);
        case Family::kFloat:
          return Content(kCast, fmt::format("digits beyond the precision of {}", to.name));
        default:
          return NoConversion();
      }
    case Family::kEnum:
      return to.family == Family::kEnum ? None(Conversion::kThroughText) : NoConversion();
    case Family::kUuid:
    case Family::kBytea:
    case Family::kString:
    case Family::kOther:
      break;
  }
  return NoConversion();
}

// An array from or to a scalar: only strings convert, through the array's text.
Rule ArrayAndScalar(const TypeInfo& from, const TypeInfo& to) {
  if (to.dimensions == 0 && to.family == Family::kString) {
    TypeInfo text = from;
    text.family = Family::kOther;  // an array's text ends with "}": no trailing spaces to lose
    return IntoString(text, to);
  }
  if (from.dimensions == 0 && from.family == Family::kString) {
    Rule rule = FromString(to);
    if (rule.loss == Loss::kNone) {
      rule = Form(Conversion::kCast, "the spelling of the values");
    }
    return rule;
  }
  return NoConversion();
}

}  // namespace

TypeChange AnalyzeTypeChange(const ColumnType& from, const ColumnType& to) {
  TypeChange change;
  change.rewrites = Rewrites(from.name, to.name);
  if (from.name == to.name) {
    change.conversion = Conversion::kAssignment;
    return change;
  }
  TypeInfo from_info = Describe(from);
  TypeInfo to_info = Describe(to);
  if (from_info.family == Family::kOther || to_info.family == Family::kOther) {
    // A type the planner does not know: let the server convert, and count only a length on a
    // string type as a loss.
    TypeName from_name = Split(from.name);
    TypeName to_name = Split(to.name);
    bool into_string = to_info.family == Family::kString && to_info.dimensions == 0;
    if (from_name.base == to_name.base && from_name.dimensions == to_name.dimensions) {
      change.conversion = Conversion::kAssignment;
      if (!Wider(from_name, to_name)) {
        change.loss = Loss::kForm;
        change.what = fmt::format("values that {} cannot hold", to.name);
      }
    } else {
      change.conversion = into_string ? Conversion::kAssignment : Conversion::kCast;
      if (into_string && to_info.length) {
        change.loss = Loss::kForm;
        change.what = fmt::format("values that {} cannot hold", to.name);
      }
    }
    return change;
  }
  Rule rule = from_info.dimensions == to_info.dimensions ? Scalar(from_info, to_info)
                                                         : ArrayAndScalar(from_info, to_info);
  change.conversion = rule.conversion;
  change.loss = rule.loss;
  change.what = std::move(rule.what);
  return change;
}

}  // namespace schemac::plan

#include "types.h"

#include <algorithm>
#include <array>
#include <charconv>
#include <cstdint>
#include <limits>

#include <fmt/format.h>

#include "schemac/base/quote.h"

namespace schemac::sema {
namespace {

struct Alias {
  std::string_view name;
  std::string_view canonical;
};

// The pg_catalog types of PostgreSQL 15 that a column can have, by every name they can be
// written with, and how format_type() prints them without a modifier. Sorted by name.
constexpr std::array kBuiltinTypes = {
    Alias{"aclitem", "aclitem"},
    Alias{"bigint", "bigint"},
    Alias{"bit", "bit"},
    Alias{"bool", "boolean"},
    Alias{"boolean", "boolean"},
    Alias{"box", "box"},
    Alias{"bpchar", "bpchar"},
    Alias{"bytea", "bytea"},
    Alias{"char", "\"char\""},
    Alias{"cid", "cid"},
    Alias{"cidr", "cidr"},
    Alias{"circle", "circle"},
    Alias{"date", "date"},
    Alias{"datemultirange", "datemultirange"},
    Alias{"daterange", "daterange"},
    Alias{"dec", "numeric"},
    Alias{"decimal", "numeric"},
    Alias{"float", "double precision"},
    Alias{"float4", "real"},
    Alias{"float8", "double precision"},
    Alias{"inet", "inet"},
    Alias{"int", "integer"},
    Alias{"int2", "smallint"},
    Alias{"int2vector", "int2vector"},
    Alias{"int4", "integer"},
    Alias{"int4multirange", "int4multirange"},
    Alias{"int4range", "int4range"},
    Alias{"int8", "bigint"},
    Alias{"int8multirange", "int8multirange"},
    Alias{"int8range", "int8range"},
    Alias{"integer", "integer"},
    Alias{"interval", "interval"},
    Alias{"json", "json"},
    Alias{"jsonb", "jsonb"},
    Alias{"jsonpath", "jsonpath"},
    Alias{"line", "line"},
    Alias{"lseg", "lseg"},
    Alias{"macaddr", "macaddr"},
    Alias{"macaddr8", "macaddr8"},
    Alias{"money", "money"},
    Alias{"name", "name"},
    Alias{"numeric", "numeric"},
    Alias{"nummultirange", "nummultirange"},
    Alias{"numrange", "numrange"},
    Alias{"oid", "oid"},
    Alias{"oidvector", "oidvector"},
    Alias{"path", "path"},
    Alias{"pg_lsn", "pg_lsn"},
    Alias{"pg_snapshot", "pg_snapshot"},
    Alias{"point", "point"},
    Alias{"polygon", "polygon"},
    Alias{"real", "real"},
    Alias{"refcursor", "refcursor"},
    Alias{"regclass", "regclass"},
    Alias{"regcollation", "regcollation"},
    Alias{"regconfig", "regconfig"},
    Alias{"regdictionary", "regdictionary"},
    Alias{"regnamespace", "regnamespace"},
    Alias{"regoper", "regoper"},
    Alias{"regoperator", "regoperator"},
    Alias{"regproc", "regproc"},
    Alias{"regprocedure", "regprocedure"},
    Alias{"regrole", "regrole"},
    Alias{"regtype", "regtype"},
    Alias{"smallint", "smallint"},
    Alias{"text", "text"},
    Alias{"tid", "tid"},
    Alias{"time", "time without time zone"},
    Alias{"timestamp", "timestamp without time zone"},
    Alias{"timestamptz", "timestamp with time zone"},
    Alias{"timetz", "time with time zone"},
    Alias{"tsmultirange", "tsmultirange"},
    Alias{"tsquery", "tsquery"},
    Alias{"tsrange", "tsrange"},
    Alias{"tstzmultirange", "tstzmultirange"},
    Alias{"tstzrange", "tstzrange"},
    Alias{"tsvector", "tsvector"},
    Alias{"txid_snapshot", "txid_snapshot"},
    Alias{"uuid", "uuid"},
    Alias{"varbit", "bit varying"},
    Alias{"varchar", "character varying"},
    Alias{"xid", "xid"},
    Alias{"xid8", "xid8"},
    Alias{"xml", "xml"},
};

std::optional<int64_t> ParseInteger(std::string_view text) {
  int64_t value = 0;
  auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
  if (error != std::errc() || end != text.data() + text.size()) {
    return std::nullopt;
  }
  return value;
}

std::string WithArray(std::string text, const ast::TypeName& type) {
  // format_type() prints one pair of brackets whatever the declared dimensions.
  return type.array_dimensions > 0 ? text + "[]" : text;
}

// Formats a type that takes one length modifier within [min, max], such as varchar(n).
FormattedType LengthType(const std::string& base, const ast::TypeName& type, int64_t max,
                         std::optional<int64_t> default_length) {
  if (type.modifiers.empty()) {
    return {default_length ? fmt::format("{}({})", base, *default_length) : base, ""};
  }
  std::optional<int64_t> length =
      type.modifiers.size() == 1 ? ParseInteger(type.modifiers[0]) : std::nullopt;
  if (!length || *length < 1 || *length > max) {
    return {"", fmt::format("length for type {} must be between 1 and {}", base, max)};
  }
  return {fmt::format("{}({})", base, *length), ""};
}

// Formats the time types, whose precision goes between the name and "with/without time zone".
FormattedType PrecisionType(const std::string& base, const ast::TypeName& type) {
  if (type.modifiers.empty()) {
    return {base, ""};
  }
  std::optional<int64_t> precision =
      type.modifiers.size() == 1 ? ParseInteger(type.modifiers[0]) : std::nullopt;
  if (!precision || *precision < 0 || *precision > 6) {
    return {"", fmt::format("precision for type {} must be between 0 and 6", base)};
  }
  size_t space = base.find(' ');
  if (space == std::string::npos) {
    return {fmt::format("{}({})", base, *precision), ""};
  }
  return {fmt::format("{}({}){}", base.substr(0, space), *precision, base.substr(space)), ""};
}

FormattedType NumericType(const ast::TypeName& type) {
  if (type.modifiers.empty()) {
    return {"numeric", ""};
  }
  if (type.modifiers.size() > 2) {
    return {"", "type numeric takes at most a precision and a scale"};
  }
  std::optional<int64_t> precision = ParseInteger(type.modifiers[0]);
  std::optional<int64_t> scale =
      type.modifiers.size() == 2 ? ParseInteger(type.modifiers[1]) : std::optional<int64_t>(0);
  if (!precision || *precision < 1 || *precision > 1000) {
    return {"", "numeric precision must be between 1 and 1000"};
  }
  if (!scale || *scale < -1000 || *scale > 1000) {
    return {"", "numeric scale must be between -1000 and 1000"};
  }
  return {fmt::format("numeric({},{})", *precision, *scale), ""};
}

}  // namespace

std::optional<std::string> BuiltinTypeName(std::string_view name) {
  auto it = std::lower_bound(kBuiltinTypes.begin(), kBuiltinTypes.end(), name,
                             [](const Alias& alias, std::string_view n) { return alias.name < n; });
  if (it == kBuiltinTypes.end() || it->name != name) {
    return std::nullopt;
  }
  return std::string(it->canonical);
}

std::optional<std::string> SerialType(std::string_view name) {
  if (name == "serial" || name == "serial4") {
    return "integer";
  }
  if (name == "bigserial" || name == "serial8") {
    return "bigint";
  }
  if (name == "smallserial" || name == "serial2") {
    return "smallint";
  }
  return std::nullopt;
}

FormattedType FormatBuiltinType(const std::string& base, const ast::TypeName& type) {
  FormattedType out;
  bool is_float = !type.sql_standard && type.name.back() == "float";
  if (base == "character varying" || base == "bit varying") {
    out = LengthType(base, type, base == "bit varying" ? 83886080 : 10485760, std::nullopt);
  } else if (base == "character" || base == "bit") {
    out = LengthType(base, type, base == "bit" ? 83886080 : 10485760, 1);
  } else if (base == "bpchar") {
    out = type.modifiers.empty() ? FormattedType{"bpchar", ""}
                                 : LengthType("character", type, 10485760, 1);
  } else if (base == "numeric") {
    out = NumericType(type);
  } else if (base.starts_with("timestamp ") || base.starts_with("time ")) {
    out = PrecisionType(base, type);
  } else if (base == "interval") {
    std::string name =
        type.interval_fields.empty() ? "interval" : "interval " + type.interval_fields;
    out = PrecisionType(name, type);
    if (out.error.empty() && !type.modifiers.empty() && !type.interval_fields.empty()) {
      out.text = fmt::format("{}({})", name, type.modifiers[0]);
    }
  } else if (is_float && !type.modifiers.empty()) {
    std::optional<int64_t> bits =
        type.modifiers.size() == 1 ? ParseInteger(type.modifiers[0]) : std::nullopt;
    if (!bits || *bits < 1 || *bits > 53) {
      out.error = "precision for type float must be between 1 and 53";
    } else {
      out.text = *bits <= 24 ? "real" : "double precision";
    }
  } else if (!type.modifiers.empty()) {
    out.error = fmt::format("type {} does not take modifiers", base);
  } else {
    out.text = base;
  }
  if (out.error.empty()) {
    out.text = WithArray(std::move(out.text), type);
  }
  return out;
}

std::string FormatUserType(const std::string& quoted_name, const ast::TypeName& type) {
  std::string text = quoted_name;
  if (!type.modifiers.empty()) {
    text += "(";
    for (size_t i = 0; i < type.modifiers.size(); ++i) {
      text += (i == 0 ? "" : ",") + type.modifiers[i];
    }
    text += ")";
  }
  return WithArray(std::move(text), type);
}

std::optional<std::pair<int64_t, int64_t>> SequenceTypeRange(std::string_view type) {
  if (type == "smallint") {
    return std::make_pair<int64_t, int64_t>(INT16_MIN, INT16_MAX);
  }
  if (type == "integer") {
    return std::make_pair<int64_t, int64_t>(INT32_MIN, INT32_MAX);
  }
  if (type == "bigint") {
    return std::make_pair<int64_t, int64_t>(INT64_MIN, INT64_MAX);
  }
  return std::nullopt;
}

}  // namespace schemac::sema

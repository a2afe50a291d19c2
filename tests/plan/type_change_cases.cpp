#include "plan/type_change_cases.h"

#include <algorithm>
#include <memory>
#include <stdexcept>

namespace schemac::testing {
namespace {

// Rows are the types converted from, columns the types converted to, in the order of the list;
// spaces are for reading only.
struct Table {
  std::vector<std::string> types;
  std::vector<std::string> rows;
};

Table Scalars() {
  return {
      {"smallint",
       "integer",
       "bigint",
       "numeric",
       "numeric(10,2)",
       "numeric(12,4)",
       "real",
       "double precision",
       "boolean",
       "text",
       "character varying",
       "character varying(20)",
       "character(10)",
       "date",
       "time without time zone",
       "time(3) without time zone",
       "time with time zone",
       "timestamp without time zone",
       "timestamp(3) without time zone",
       "timestamp with time zone",
       "interval",
       "interval year to month",
       "json",
       "jsonb",
       "uuid",
       "bytea",
       "public.mood",
       "public.size"},
      {
          // sm in bi nu n2 n4 re do bo te vc v2 ch da ti t3 tz ts s3 tt iv ym js jb uu by mo si
          " . - - - - - - - x - - - - x x x x x x x x x x x x x x x",  // smallint
          " - . - - - - d - D - - - - x x x x x x x x x x x x x x x",  // integer
          " - - . - - - d d x - - - - x x x x x x x x x x x x x x x",  // bigint
          " d d d . d d d d x - - - - x x x x x x x x x x x x x x x",  // numeric
          " d d d - . - d - x - - - - x x x x x x x x x x x x x x x",  // numeric(10,2)
          " d d d - d . d - x - - - - x x x x x x x x x x x x x x x",  // numeric(12,4)
          " d d d d d d . - x - - - - x x x x x x x x x x x x x x x",  // real
          " d d d d d d d . x - - - - x x x x x x x x x x x x x x x",  // double precision
          " x c x x x x x x . - - - - x x x x x x x x x x x x x x x",  // boolean
          " F F F F D D D D F . - f f D D D D D D D D D c F F F c c",  // text
          " F F F F D D D D F - . f f D D D D D D D D D c F F F c c",  // character varying
          " F F F F D D D D F - - . f D D D D D D D D D c F F F c c",  // character varying(20)
          " F F F F D D D D F - - - . D D D D D D D D D c F F F c c",  // character(10)
          " x x x x x x x x x - - - - . x x x - - - x x x x x x x x",  // date
          " x x x x x x x x x - - - - x . d - x x x d d x x x x x x",  // time
          " x x x x x x x x x - - - - x - . - x x x d d x x x x x x",  // time(3)
          " x x x x x x x x x - - - - x d d . x x x x x x x x x x x",  // time with time zone
          " x x x x x x x x x - - - - d d d x . d f x x x x x x x x",  // timestamp
          " x x x x x x x x x - - - - d d d x - . f x x x x x x x x",  // timestamp(3)
          " x x x x x x x x x - - - - d d d d f d . x x x x x x x x",  // timestamp with time zone
          " x x x x x x x x x - - - - x d d x x x x . d x x x x x x",  // interval
          " x x x x x x x x x - - - - x d d x x x x - . x x x x x x",  // interval year to month
          " x x x x x x x x x - - f f x x x x x x x x x . f x x x x",  // json
          " D D D c D D D D c - - - - x x x x x x x x x - . x x x x",  // jsonb
          " x x x x x x x x x - - - - x x x x x x x x x x x . x x x",  // uuid
          " x x x x x x x x x - - - - x x x x x x x x x x x x . x x",  // bytea
          " x x x x x x x x x - - - f x x x x x x x x x x x x x . t",  // public.mood
          " x x x x x x x x x - - - f x x x x x x x x x x x x x t .",  // public.size
      }};
}

Table Arrays() {
  return {{"integer[]", "numeric[]", "text[]", "character varying(20)[]", "public.mood[]",
           "public.size[]", "jsonb[]", "text", "character varying(20)", "integer", "jsonb"},
          {
              // ia na ta va ma sa ja te v2 in jb
              " . - - - x x x - - x x",  // integer[]
              " d . - - x x x - - x x",  // numeric[]
              " F F . f c c F - - x x",  // text[]
              " F F - . c c F - - x x",  // character varying(20)[]
              " x x - - . t x - - x x",  // public.mood[]
              " x x - - t . x - - x x",  // public.size[]
              " D c - - x x . - - x x",  // jsonb[]
              " F F F F F F F . f F F",  // text
              " F F F F F F F - . F F",  // character varying(20)
              " x x x x x x x - - . x",  // integer
              " x x x x x x x - - D .",  // jsonb
          }};
}

void AddCases(const Table& table, std::vector<TypeChangeCase>& out) {
  for (size_t row = 0; row < table.rows.size(); ++row) {
    std::string letters = table.rows[row];
    letters.erase(std::remove(letters.begin(), letters.end(), ' '), letters.end());
    if (letters.size() != table.types.size()) {
      throw std::logic_error("row " + table.types[row] + " has a letter too many or too few");
    }
    for (size_t column = 0; column < letters.size(); ++column) {
      if (row != column) {
        out.push_back({table.types[row], table.types[column], letters[column]});
      }
    }
  }
}

}  // namespace

bool IsCaseEnum(const std::string& type) {
  return type.rfind("public.mood", 0) == 0 || type.rfind("public.size", 0) == 0;
}

std::vector<TypeChangeCase> TypeChangeCases() {
  std::vector<TypeChangeCase> out;
  AddCases(Scalars(), out);
  AddCases(Arrays(), out);
  // The scalars of the array table are in the scalar table too: each pair once, the same in both.
  std::vector<TypeChangeCase> unique;
  for (const TypeChangeCase& c : out) {
    auto seen = std::find_if(unique.begin(), unique.end(), [&](const TypeChangeCase& u) {
      return u.from == c.from && u.to == c.to;
    });
    if (seen == unique.end()) {
      unique.push_back(c);
    } else if (seen->expected != c.expected) {
      throw std::logic_error("the tables disagree on " + c.from + " to " + c.to);
    }
  }
  return unique;
}

catalog::Catalog CatalogWithColumn(const std::string& type, const catalog::ColumnHints& hints,
                                   int line) {
  catalog::Catalog catalog;
  catalog.schemas["public"].name = "public";
  catalog.enums[{"public", "mood"}].name = {"public", "mood"};
  catalog.enums[{"public", "mood"}].labels = {"sad", "ok", "happy"};
  catalog.enums[{"public", "size"}].name = {"public", "size"};
  catalog.enums[{"public", "size"}].labels = {"ok", "happy", "large"};
  catalog::Table& table = catalog.tables[{"public", "t"}];
  table.name = {"public", "t"};
  catalog::Column column;
  column.name = "c";
  column.type = type;
  column.hints = hints;
  if (line > 0) {
    auto file = std::make_shared<base::SourceFile>("t.sql", std::string(line - 1, '\n') + "c\n");
    column.origin.range = {file, static_cast<uint32_t>(line), 1, 1};
  }
  table.columns.push_back(column);
  return catalog;
}

char Letter(const plan::TypeChange& change) {
  using plan::Conversion;
  using plan::Loss;
  switch (change.conversion) {
    case Conversion::kNone:
      return 'x';
    case Conversion::kThroughText:
      return change.loss == Loss::kNone ? 't' : '?';
    case Conversion::kAssignment:
      return change.loss == Loss::kNone ? '-' : change.loss == Loss::kForm ? 'f' : 'd';
    case Conversion::kCast:
      return change.loss == Loss::kNone ? 'c' : change.loss == Loss::kForm ? 'F' : 'D';
  }
  return '?';
}

}  // namespace schemac::testing

#include "plan/volatility_cases.h"

namespace schemac::testing {

// PL/pgSQL, because the server inlines a one-line SQL function into its body, whose volatility
// is then what counts (a volatile "SELECT 1" adds a column as a constant would). Introspection
// reads the volatility of the functions a default calls, so for such a function it reports a
// rewrite that does not happen: the safe side.
const char* const kVolatilityFunctions =
    "CREATE SEQUENCE public.counter;\n"
    "CREATE FUNCTION public.next_code() RETURNS integer LANGUAGE plpgsql VOLATILE\n"
    "  AS 'BEGIN RETURN 1; END';\n"
    "CREATE FUNCTION public.today_code() RETURNS integer LANGUAGE plpgsql STABLE\n"
    "  AS 'BEGIN RETURN 1; END';\n"
    "CREATE FUNCTION public.plus(integer, integer) RETURNS integer LANGUAGE plpgsql VOLATILE\n"
    "  AS 'BEGIN RETURN $1 + $2; END';\n"
    "CREATE OPERATOR public.### (LEFTARG = integer, RIGHTARG = integer, FUNCTION = public.plus);\n";

std::vector<VolatilityCase> VolatilityCases() {
  return {
      // Constants and stable functions: evaluated once, stored as the column's missing value.
      {"constant", "integer", "0", false},
      {"typed_constant", "bigint", "'2'::bigint", false},
      {"text_naming_a_volatile_function", "text", "'random()'", false},
      {"now", "timestamp with time zone", "now()", false},
      {"current_timestamp", "timestamp with time zone", "CURRENT_TIMESTAMP", false},
      {"stable_function_of_the_schema", "integer", "public.today_code()", false},
      {"immutable_arithmetic", "integer", "(1 + 2) * 3", false},
      {"stable_cast", "date", "'today'::text::date", false},
      // Volatile: a value per row.
      {"random", "double precision", "random()", true},
      {"random_in_an_expression", "double precision", "2 * random() + 1", true},
      {"nextval", "bigint", "nextval('public.counter'::regclass)", true},
      {"gen_random_uuid", "uuid", "gen_random_uuid()", true},
      {"clock_timestamp", "timestamp with time zone", "clock_timestamp()", true},
      {"timeofday", "text", "timeofday()", true},
      {"volatile_function_of_the_schema", "integer", "public.next_code()", true},
      {"volatile_function_as_an_argument", "integer", "abs(public.next_code())", true},
      {"volatile_operator_of_the_schema", "integer", "1 OPERATOR(public.###) 2", true},
      {"volatile_in_a_case", "integer", "CASE WHEN random() < 0.5 THEN 1 ELSE 2 END", true},
      {"volatile_in_an_array", "integer[]", "ARRAY[public.next_code()]", true},
  };
}

}  // namespace schemac::testing

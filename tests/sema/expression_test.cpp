#include "expression.h"

#include <memory>
#include <random>
#include <string>
#include <vector>

#include <gtest/gtest.h>

#include "schemac/parse/parser.h"
#include "schemac/pgserver/server.h"

namespace schemac::sema {
namespace {

// The columns of the table the expressions below belong to (kTableSql), as format_type() prints
// their types.
const ColumnTypes& ShopColumns() {
  static const ColumnTypes columns = {
      {"amount", "numeric"},
      {"big", "bigint"},
      {"code", "text"},
      {"created_at", "timestamp with time zone"},
      {"currency", "character(3)"},
      {"digits", "text"},
      {"email", "character varying(320)"},
      {"flag", "boolean"},
      {"label", "character varying(20)"},
      {"method", "text"},
      {"minor_units", "smallint"},
      {"name", "character varying(40)"},
      {"note", "text"},
      {"placed_at", "timestamp with time zone"},
      {"price", "numeric(12,2)"},
      {"quantity", "integer"},
      {"ratio", "double precision"},
      {"sale_price", "numeric(12,2)"},
      {"starts", "date"},
      {"state", "sales.order_status"},
      {"status", "billing.invoice_status"},
      {"subtotal", "numeric(12,2)"},
      {"tags", "text[]"},
      {"tax_rate", "numeric(5,4)"},
      {"tax_total", "numeric(12,2)"},
      {"total", "numeric(12,2)"},
      {"unit_price", "numeric(12,2)"},
      {"x", "integer"},
      {"y", "integer"},
  };
  return columns;
}

constexpr const char* kTableSql = R"(
CREATE SCHEMA billing;
CREATE SCHEMA sales;
CREATE TYPE billing.invoice_status AS ENUM ('draft', 'issued', 'overdue', 'paid');
CREATE TYPE sales.order_status AS ENUM ('pending', 'placed', 'shipped');
CREATE TABLE shop (
  code text, minor_units smallint, quantity integer, unit_price numeric(12,2),
  tax_rate numeric(5,4), total numeric(12,2), subtotal numeric(12,2), tax_total numeric(12,2),
  method text, status billing.invoice_status, state sales.order_status,
  sale_price numeric(12,2), price numeric(12,2), email character varying(320),
  placed_at timestamp with time zone, name character varying(40), currency character(3),
  label character varying(20), tags text[], x integer, y integer, amount numeric, note text,
  flag boolean, created_at timestamp with time zone, starts date, big bigint,
  ratio double precision, digits text);
INSERT INTO shop VALUES
  ('EUR', 2, 3, 9.99, 0.2, 35.96, 29.97, 5.99, 'card', 'issued', 'pending', NULL, 9.99,
   'a@example.com', NULL, 'Ann', 'EUR', 'home', '{a,b}', 1, 2, 0, 'it''s', true,
   '2024-01-01 10:00+00', '2024-01-01', 5000000001, 0.5, '12'),
  ('usd', 5, -1, 0, 1, 0, 0, 0, 'cash', 'draft', 'placed', 5, 4, 'b@x', now(), 'a', 'US ',
   'work', '{}', -1, -1, -3.5, 'a!%', false, now(), '2030-06-30', 7, 0.25, '-3'),
  (NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL,
   NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL),
  ('ABC', 4, 0, 1.5, 0.9999, 1, 1, 0, 'paypal', 'overdue', 'shipped', 1.5, 1.5, ' a b',
   now(), 'b', 'ABC', 'home', '{a}', 3, 0, 12.25, 'x y', NULL, now(), NULL, -2, -1e10, '0');
)";

// The tokens of `expression` as the parser keeps them for a CHECK constraint.
std::vector<ast::ExpressionToken> Tokens(const std::string& expression) {
  base::DiagnosticSink sink;
  ast::File file =
      parse::ParseFile(std::make_shared<const base::SourceFile>(
                           "t.sql", "CREATE TABLE t (c int, CHECK (" + expression + "));"),
                       sink);
  EXPECT_FALSE(sink.has_errors()) << expression;
  if (file.statements.empty()) {
    return {};
  }
  const auto* table = std::get_if<ast::CreateTable>(&file.statements[0].body);
  if (table == nullptr || table->constraints.empty()) {
    ADD_FAILURE() << "no check constraint in: " << expression;
    return {};
  }
  return table->constraints[0].expression.tokens;
}

constexpr const char* kFallback = "<fallback>";

std::string Canonical(const std::string& expression) {
  return CanonicalExpression(Tokens(expression), ShopColumns(), kFallback);
}

struct Case {
  std::string name;
  std::string handwritten;
  std::string from_pg_dump;  // pg_get_constraintdef() or pg_get_expr() of PostgreSQL 15.18
  std::string want;
  bool check = true;  // a boolean CHECK expression (else a default), run on the server
};

const std::vector<Case>& Cases() {
  static const std::vector<Case> cases = {
      // The examples of a schema written by hand and its pg_dump.
      {"regex", "code ~ '^[A-Z]{3}$'", "(code ~ '^[A-Z]{3}$'::text)", "code ~ '^[A-Z]{3}$'"},
      {"between", "minor_units between 0 and 4", "((minor_units >= 0) AND (minor_units <= 4))",
       "minor_units >= 0 and minor_units <= 4"},
      {"numeric_constant", "quantity > 0", "(quantity > 0)", "quantity > 0"},
      {"numeric_column", "tax_rate >= 0 and tax_rate < 1",
       "((tax_rate >= (0)::numeric) AND (tax_rate < (1)::numeric))",
       "tax_rate >= 0 and tax_rate < 1"},
      {"sum", "total = subtotal + tax_total", "(total = (subtotal + tax_total))",
       "total = subtotal + tax_total"},
      {"in_text", "method in ('card', 'paypal')",
       "(method = ANY (ARRAY['card'::text, 'paypal'::text]))", "method in ('card', 'paypal')"},
      {"in_enum", "status in ('issued', 'overdue')",
       "(status = ANY (ARRAY['issued'::billing.invoice_status, "
       "'overdue'::billing.invoice_status]))",
       "status in ('issued', 'overdue')"},
      {"in_varchar", "name in ('a', 'b')",
       "((name)::text = ANY ((ARRAY['a'::character varying, 'b'::character varying])::text[]))",
       "name in ('a', 'b')"},
      {"not_in", "x not in (1, 2)", "(x <> ALL (ARRAY[1, 2]))", "x not in (1, 2)"},
      {"in_single", "method in ('card')", "(method = 'card'::text)", "method = 'card'"},
      {"in_with_column", "x in (y, 1)", "((x = y) OR (x = 1))", "x = y or x = 1"},
      {"not_in_with_column", "x not in (y, 1, 2)", "((x <> ALL (ARRAY[1, 2])) AND (x <> y))",
       "x not in (1, 2) and x <> y"},
      {"is_null_or", "sale_price is null or sale_price <= price",
       "((sale_price IS NULL) OR (sale_price <= price))",
       "sale_price is null or sale_price <= price"},
      {"like", "email like '%_@_%'", "((email)::text ~~ '%_@_%'::text)", "email like '%_@_%'"},
      {"ilike", "email ilike '%@example.com'", "((email)::text ~~* '%@example.com'::text)",
       "email ilike '%@example.com'"},
      {"not_like", "email not like '% %'", "((email)::text !~~ '% %'::text)",
       "email not like '% %'"},
      {"not_ilike", "note not ilike 'x%'", "(note !~~* 'x%'::text)", "note not ilike 'x%'"},
      {"enum_or_not_null", "state = 'pending' or placed_at is not null",
       "((state = 'pending'::sales.order_status) OR (placed_at IS NOT NULL))",
       "state = 'pending' or placed_at is not null"},
      {"implicit_numeric", "quantity * unit_price > 0",
       "(((quantity)::numeric * unit_price) > (0)::numeric)", "quantity * unit_price > 0"},
      {"function_argument", "lower(name) <> ''", "(lower((name)::text) <> ''::text)",
       "lower(name) <> ''"},
      {"date_trunc", "date_trunc('day', created_at) = created_at",
       "(date_trunc('day'::text, created_at) = created_at)",
       "date_trunc('day', created_at) = created_at"},
      {"character_constant", "currency = 'EUR'", "(currency = 'EUR'::bpchar)", "currency = 'EUR'"},
      {"varchar_constant", "label <> 'home'", "((label)::text <> 'home'::text)", "label <> 'home'"},
      {"array_constant", "tags <> '{}'", "(tags <> '{}'::text[])", "tags <> '{}'"},
      {"bigint_constant", "big > 5000000000", "(big > '5000000000'::bigint)", "big > 5000000000"},
      {"double_constant", "ratio > 0.5", "(ratio > (0.5)::double precision)", "ratio > 0.5"},
      {"negative", "x > -1", "(x > '-1'::integer)", "x > -1"},
      {"minus_negative", "x - -1 > 0", "((x - '-1'::integer) > 0)", "x - -1 > 0"},
      {"unary_minus_spaced", "x > - 1", "(x > '-1'::integer)", "x > -1"},
      // Structure and precedence.
      {"nested_parentheses", "((flag))", "flag", "flag"},
      {"not_and", "not (x > 0 and y > 0)", "(NOT ((x > 0) AND (y > 0)))", "not (x > 0 and y > 0)"},
      {"or_and", "x > 0 or y > 0 and flag", "((x > 0) OR ((y > 0) AND flag))",
       "x > 0 or y > 0 and flag"},
      {"or_then_and", "(x > 0 or y > 0) and flag", "(((x > 0) OR (y > 0)) AND flag)",
       "(x > 0 or y > 0) and flag"},
      {"and_chain", "flag and (x > 0 and y > 0)", "(flag AND ((x > 0) AND (y > 0)))",
       "flag and x > 0 and y > 0"},
      {"is_true", "x > 0 is true", "((x > 0) IS TRUE)", "x > 0 is true"},
      {"quote_in_string", "note <> 'it''s'", "(note <> 'it''s'::text)", "note <> 'it''s'"},
      {"escape_string", "E'a\\\\b' <> note", "('a\\b'::text <> note)", "E'a\\\\b' <> note"},
      {"dollar_string", "$$it's$$ <> note", "('it''s'::text <> note)", "'it''s' <> note"},
      // Casts kept and dropped.
      {"cast_kept_text_to_int", "digits::int > 0", "((digits)::integer > 0)",
       "digits::integer > 0"},
      {"cast_kept_int_to_text", "x::text = note", "((x)::text = note)", "x::text = note"},
      {"cast_function", "cast(x as bigint) > 0", "((x)::bigint > 0)", "x::bigint > 0"},
      {"cast_modifiers", "amount::numeric(10,2) > 0", "((amount)::numeric(10,2) > (0)::numeric)",
       "amount::numeric(10,2) > 0"},
      {"cast_placed", "quantity::numeric / x > 1",
       "(((quantity)::numeric / (x)::numeric) > (1)::numeric)",
       "quantity::numeric / x::numeric > 1"},
      {"cast_own_type", "price::numeric > 0", "(price > (0)::numeric)", "price > 0"},
      // Functions, case, arrays.
      {"coalesce", "coalesce(amount, 0) > 0", "(COALESCE(amount, (0)::numeric) > (0)::numeric)",
       "coalesce(amount, 0) > 0"},
      {"case", "case when amount > 0 then 'p' else 'n' end = note",
       "(\nCASE\n    WHEN (amount > (0)::numeric) THEN 'p'::text\n    ELSE 'n'::text\nEND = note)",
       "case when amount > 0 then 'p' else 'n' end = note"},
      {"simple_case", "case x when 1 then 'a' end = note",
       "(\nCASE x\n    WHEN 1 THEN 'a'::text\n    ELSE NULL::text\nEND = note)",
       "case x when 1 then 'a' end = note"},
      {"array", "array['a', 'b'] @> tags", "(ARRAY['a'::text, 'b'::text] @> tags)",
       "array['a', 'b'] @> tags"},
      {"any_array", "x = any(array[1, 2])", "(x = ANY (ARRAY[1, 2]))", "x in (1, 2)"},
      {"subscript", "tags[1] = 'a'", "(tags[1] = 'a'::text)", "tags[1] = 'a'"},
      {"lower_like", "lower(email) like '%@%'", "(lower((email)::text) ~~ '%@%'::text)",
       "lower(email) like '%@%'"},
      // Operators PostgreSQL rewrites.
      {"is_distinct", "x is distinct from y", "(x IS DISTINCT FROM y)", "x is distinct from y"},
      {"is_not_distinct", "x is not distinct from y", "(NOT (x IS DISTINCT FROM y))",
       "x is not distinct from y"},
      {"interval", "created_at < now() + interval '1 day'",
       "(created_at < (now() + '1 day'::interval))", "created_at < now() + '1 day'::interval"},
      {"similar_to", "note similar to 'a%'", "(note ~ similar_to_escape('a%'::text))",
       "note similar to 'a%'"},
      {"like_escape", "note like 'a!%' escape '!'", "(note ~~ like_escape('a!%'::text, '!'::text))",
       "note like 'a!%' escape '!'"},
      {"row_equality", "(x, y) = (1, 2)", "((x = 1) AND (y = 2))", "x = 1 and y = 2"},
      {"at_time_zone", "created_at at time zone 'utc' > now()",
       "((created_at AT TIME ZONE 'utc'::text) > now())", "created_at at time zone 'utc' > now()"},
      {"collate", "note collate \"C\" > 'a'", "((note COLLATE \"C\") > 'a'::text)",
       "note collate \"C\" > 'a'"},
      {"date_timestamp", "starts < created_at", "(starts < created_at)", "starts < created_at"},
      // Defaults.
      {"default_nextval", "nextval('billing.invoice_seq')",
       "nextval('billing.invoice_seq'::regclass)", "nextval('billing.invoice_seq')", false},
      {"default_nextval_unqualified", "nextval('Invoice_Seq')",
       "nextval('public.invoice_seq'::regclass)", "nextval('public.invoice_seq')", false},
      {"default_text_array", "'{}'", "'{}'::text[]", "'{}'", false},
      {"default_enum", "'draft'", "'draft'::billing.invoice_status", "'draft'", false},
      {"default_character", "'EUR'", "'EUR'::bpchar", "'EUR'", false},
      {"default_varchar", "'home'", "'home'::character varying", "'home'", false},
      {"default_decimal", "0.00", "0.00", "0.00", false},
      {"default_zero", "0", "0", "0", false},
      {"default_true", "true", "true", "true", false},
      {"default_now", "now()", "now()", "now()", false},
      {"default_current_timestamp", "current_timestamp", "CURRENT_TIMESTAMP", "current_timestamp",
       false},
      {"default_uuid", "gen_random_uuid()", "gen_random_uuid()", "gen_random_uuid()", false},
      {"default_negative", "-1", "'-1'::integer", "-1", false},
      {"default_interval", "now() + interval '1 day'", "(now() + '1 day'::interval)",
       "now() + '1 day'::interval", false},
      {"default_typed_literal", "interval '1 day'", "'1 day'::interval", "'1 day'", false},
      {"default_array", "array['a']", "ARRAY['a'::text]", "array['a']", false},
      {"default_coalesce", "coalesce(null, 'a')", "COALESCE(NULL::text, 'a'::text)",
       "coalesce(null, 'a')", false},
  };
  return cases;
}

TEST(CanonicalExpressionTest, HandWrittenAndDumpAgree) {
  for (const Case& c : Cases()) {
    EXPECT_EQ(Canonical(c.handwritten), c.want) << c.name << " (written by hand)";
    EXPECT_EQ(Canonical(c.from_pg_dump), c.want) << c.name << " (from pg_dump)";
    EXPECT_EQ(Canonical(c.want), c.want) << c.name << " (canonical text again)";
  }
}

TEST(CanonicalExpressionTest, KeepsDifferentMeaningsApart) {
  struct Pair {
    std::string first;
    std::string second;
  };
  const Pair pairs[] = {
      {"x > 0 or y > 0 and flag", "(x > 0 or y > 0) and flag"},
      {"x - (y - 1) > 0", "x - y - 1 > 0"},
      {"x::numeric / y > 0", "x / y > 0"},
      {"now() - interval '1 day' < created_at", "now() - '1 day' < created_at"},
      {"note::int > 0", "note > '0'"},
      {"x::bigint * y > 0", "x * y > 0"},
      {"currency::text = 'EUR'", "currency = 'EUR'"},
      {"not x > 0 and flag", "not (x > 0 and flag)"},
  };
  for (const Pair& pair : pairs) {
    EXPECT_NE(Canonical(pair.first), Canonical(pair.second)) << pair.first;
  }
}

TEST(CanonicalExpressionTest, SpellsAndParenthesizesCanonically) {
  struct Want {
    std::string input;
    std::string want;
  };
  const Want cases[] = {
      {"(x + y) * 2 > 0", "(x + y) * 2 > 0"},
      {"x + (y * 2) > 0", "x + y * 2 > 0"},
      {"-(x + y) > 0", "-(x + y) > 0"},
      {"- (-x) > 0", "-(-x) > 0"},
      {"(x > 0) = (y > 0)", "(x > 0) = (y > 0)"},
      {"(x > 0) is null", "x > 0 is null"},
      {"not (flag) is null", "not flag is null"},
      {"(x::text)::int > 0", "x::text::integer > 0"},
      {"(-1)::numeric < amount", "-1 < amount"},
      {"(x + 1)::bigint > 0", "(x + 1)::bigint > 0"},
      {"(tags)[1] = 'a'", "tags[1] = 'a'"},
      {"(array['a'])[1] = note", "(array['a'])[1] = note"},
      {"2 ^ -1 > 0", "2 ^ -1 > 0"},
      {"x & (y | 1) > 0", "x & (y | 1) > 0"},
      {"note || (code || 'a') = ''", "note || (code || 'a') = ''"},
      {"x between y and y + 1", "x >= y and x <= y + 1"},
      {"not x between 0 and 1", "not (x >= 0 and x <= 1)"},
      {"x not between 0 and 1 and flag", "(x < 0 or x > 1) and flag"},
      {"x isnull", "x is null"},
      {"x notnull", "x is not null"},
      {"x != y", "x <> y"},
      {"x <>-1", "x <> -1"},
      {"\"X\" > 0", "\"X\" > 0"},
      {"shop.x > 0", "x > 0"},
      {"\"left\"(note, 2) = left(note, 2)", "\"left\"(note, 2) = \"left\"(note, 2)"},
      {"pg_catalog.lower(note) = ''", "lower(note) = ''"},
      {"substring(note, 1, 2) = 'a'", "\"substring\"(note, 1, 2) = 'a'"},
      {"trim(note) = 'a'", "trim(note) = 'a'"},
      {"count(*) > 0", "count(*) > 0"},
      {"x = all(array[1, 2])", "x = all (array[1, 2])"},
      {"x <> all(array[1, 2])", "x not in (1, 2)"},
      {"note like any(array['a', 'b'])", "note like any (array['a', 'b'])"},
      {"array[[1, 2], [3, 4]] is not null", "array[array[1, 2], array[3, 4]] is not null"},
      {"row(x, y) is not null", "row(x, y) is not null"},
      {"created_at::timestamptz(3) < now()", "created_at::timestamp(3) with time zone < now()"},
      {"note::varchar(5) = 'a'", "note::character varying(5) = 'a'"},
      {"x::int4::float8 > 0", "x::double precision > 0"},
      {"note::\"char\" = 'a'", "note::\"char\" = 'a'"},
      {"timestamp '2024-01-01' < created_at",
       "'2024-01-01'::timestamp without time zone < "
       "created_at"},
      {"date '2024-01-01' = starts", "'2024-01-01' = starts"},
      {"'t'::boolean = flag", "true = flag"},
      {"E'a\\'b' = note", "'a''b' = note"},
      {"current_date > starts", "current_date > starts"},
      {"current_schema() = 'public'", "\"current_schema\"() = 'public'"},
      {"status = 'paid'::invoice_status", "status = 'paid'"},
      {"status::text = 'paid'", "status::text = 'paid'"},
  };
  for (const Want& c : cases) {
    EXPECT_EQ(Canonical(c.input), c.want) << c.input;
    EXPECT_EQ(Canonical(c.want), c.want) << c.input << " (canonical text again)";
  }
}

TEST(CanonicalExpressionTest, FallsBackOutsideTheGrammar) {
  const std::string inputs[] = {
      "exists (select 1)",
      "x in (select 1)",
      "x = any (select 1)",
      "array(select 1) is not null",
      "extract(year from created_at) > 2000",
      "position('a' in note) > 0",
      "substring(note from 1 for 2) = 'a'",
      "trim(both 'x' from note) = ''",
      "rank() over () > 0",
      "count(distinct x) > 0",
      "sum(x) filter (where y > 0) > 0",
      "make_interval(days => 1) > interval '0'",
      "x between symmetric 0 and 1",
      "(x, y) overlaps (x, y)",
      "interval '1' day > interval '0'",
      "x = y = flag",
      "flag is document",
      "(shop).x > 0",
  };
  for (const std::string& input : inputs) {
    EXPECT_EQ(Canonical(input), kFallback) << input;
  }
  EXPECT_EQ(CanonicalExpression({}, ShopColumns(), "empty"), "empty");
}

TEST(CanonicalExpressionTest, BoundsNesting) {
  std::string nested = "x > 0";
  for (int i = 0; i < 150; ++i) {
    nested = "(" + nested + ")";
  }
  EXPECT_EQ(Canonical(nested), "x > 0");
  for (int i = 0; i < 500; ++i) {
    nested = "not (" + nested + ")";
  }
  EXPECT_EQ(Canonical(nested), kFallback);
  std::string chain = "x";
  for (int i = 0; i < 5000; ++i) {
    chain += " + x";
  }
  EXPECT_EQ(Canonical(chain + " > 0"), kFallback);
  std::string conditions = "x > 0";
  for (int i = 0; i < 5000; ++i) {
    conditions += " and x > 0";
  }
  EXPECT_NE(Canonical(conditions), kFallback);  // and/or chains are flat
}

// Random token sequences: never a crash, and whatever is understood is stable.
TEST(CanonicalExpressionTest, SurvivesRandomTokens) {
  using Kind = ast::ExpressionToken::Kind;
  const std::vector<ast::ExpressionToken> vocabulary = {
      {Kind::kIdentifier, "x"},      {Kind::kIdentifier, "note"},    {Kind::kIdentifier, "lower"},
      {Kind::kIdentifier, "amount"}, {Kind::kKeyword, "and"},        {Kind::kKeyword, "or"},
      {Kind::kKeyword, "not"},       {Kind::kKeyword, "is"},         {Kind::kKeyword, "null"},
      {Kind::kKeyword, "in"},        {Kind::kKeyword, "between"},    {Kind::kKeyword, "like"},
      {Kind::kKeyword, "case"},      {Kind::kKeyword, "when"},       {Kind::kKeyword, "then"},
      {Kind::kKeyword, "end"},       {Kind::kKeyword, "array"},      {Kind::kKeyword, "any"},
      {Kind::kKeyword, "interval"},  {Kind::kKeyword, "timestamp"},  {Kind::kKeyword, "cast"},
      {Kind::kKeyword, "as"},        {Kind::kQuotedIdentifier, "C"}, {Kind::kString, "'a'"},
      {Kind::kString, "E'\\x41'"},   {Kind::kString, "$$q$$"},       {Kind::kString, "'-1'"},
      {Kind::kNumber, "0"},          {Kind::kNumber, "1.5"},         {Kind::kPunctuation, "("},
      {Kind::kPunctuation, ")"},     {Kind::kPunctuation, "["},      {Kind::kPunctuation, "]"},
      {Kind::kPunctuation, ","},     {Kind::kPunctuation, "."},      {Kind::kPunctuation, "::"},
      {Kind::kPunctuation, ":"},     {Kind::kOperator, "="},         {Kind::kOperator, "-"},
      {Kind::kOperator, "*"},        {Kind::kOperator, ">=-"},       {Kind::kOperator, "||"},
      {Kind::kOperator, "~~"},       {Kind::kOperator, "@"},         {Kind::kIdentifier, "numeric"},
  };
  std::mt19937 random(20240601);
  int understood = 0;
  for (int i = 0; i < 20000; ++i) {
    std::vector<ast::ExpressionToken> tokens;
    for (size_t n = 1 + random() % 12; n > 0; --n) {
      tokens.push_back(vocabulary[random() % vocabulary.size()]);
    }
    std::string text = CanonicalExpression(tokens, ShopColumns(), kFallback);
    if (text != kFallback) {
      ++understood;
      ASSERT_EQ(Canonical(text), text);
    }
  }
  EXPECT_GT(understood, 100);
}

// The canonical text is valid SQL that means what both inputs mean: it loads as a CHECK
// constraint, and gives the same answer as the input on every row of a small table.
TEST(CanonicalExpressionServerTest, MeansTheSameOnPostgres) {
  std::string error;
  std::unique_ptr<pgserver::EphemeralServer> server = pgserver::EphemeralServer::Start({}, &error);
  ASSERT_NE(server, nullptr) << "cannot start a PostgreSQL server: " << error;
  pgserver::PsqlResult setup = server->RunPsql(kTableSql);
  ASSERT_EQ(setup.exit_code, 0) << setup.errors;
  for (const Case& c : Cases()) {
    if (!c.check) {
      continue;
    }
    std::string sql = "\\pset tuples_only on\n\\pset format unaligned\nBEGIN;\n";
    sql += "ALTER TABLE shop ADD CONSTRAINT c CHECK (" + c.want + ") NOT VALID;\n";
    for (const std::string& input : {c.handwritten, c.from_pg_dump}) {
      sql += "SELECT count(*) FROM shop WHERE (" + input + ") IS DISTINCT FROM (" + c.want + ");\n";
    }
    sql += "ROLLBACK;\n";
    pgserver::PsqlResult result = server->RunPsql(sql);
    EXPECT_EQ(result.exit_code, 0) << c.name << ": " << result.errors;
    EXPECT_EQ(result.output, "0\n0\n") << c.name;
  }
}

}  // namespace
}  // namespace schemac::sema

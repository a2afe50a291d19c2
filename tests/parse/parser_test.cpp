#include "schemac/parse/parser.h"

#include <optional>
#include <string>

#include <gtest/gtest.h>

#include "parsed.h"

namespace schemac::parse {
namespace {

template <typename T>
const T& Only(const Parsed& parsed) {
  EXPECT_EQ(parsed.file.statements.size(), 1u);
  EXPECT_FALSE(parsed.sink.has_errors());
  return std::get<T>(parsed.file.statements.at(0).body);
}

TEST(LexerTest, FoldsUnquotedIdentifiersAndKeepsQuotedOnes) {
  auto parsed =
      Parse("CREATE TABLE Sales.\"Order Items\" (\"Qty\" INT, \"a\"\"b\" Text, Key int);");
  const auto& table = Only<ast::CreateTable>(*parsed);
  EXPECT_EQ(table.name.parts[0].name, "sales");
  EXPECT_EQ(table.name.parts[1].name, "Order Items");
  EXPECT_EQ(table.columns[0].name.name, "Qty");
  EXPECT_EQ(table.columns[1].name.name, "a\"b");
  EXPECT_EQ(table.columns[2].name.name, "key");
  EXPECT_EQ(table.columns[0].type.name, std::vector<std::string>{"int"});
}

TEST(LexerTest, TruncatesIdentifiersTo63BytesOnCharacterBoundaries) {
  std::string long_name(70, 'x');
  std::string accented = std::string(62, 'a') + "\xc3\xa9";  // 64 bytes, é would be split
  auto parsed = Parse("CREATE TABLE " + long_name + " (\"" + accented + "\" int);");
  const auto& table = Only<ast::CreateTable>(*parsed);
  EXPECT_EQ(table.name.last(), std::string(63, 'x'));
  EXPECT_EQ(table.columns[0].name.name, std::string(62, 'a'));
}

TEST(LexerTest, NestedCommentsAndDollarQuotes) {
  auto parsed = Parse(
      "/* a /* nested */ comment; */ -- line ; comment\n"
      "COMMENT ON TABLE t IS $x$has $$ and ; inside$x$;\n"
      "COMMENT ON TABLE u IS $$plain$$;");
  ASSERT_EQ(parsed->file.statements.size(), 2u);
  EXPECT_FALSE(parsed->sink.has_errors());
  EXPECT_EQ(*std::get<ast::Comment>(parsed->file.statements[0].body).text, "has $$ and ; inside");
  EXPECT_EQ(*std::get<ast::Comment>(parsed->file.statements[1].body).text, "plain");
}

TEST(LexerTest, StringLiterals) {
  struct Case {
    std::string literal;
    std::string value;
  };
  const Case cases[] = {
      {"'it''s'", "it's"},
      {"'back\\slash'", "back\\slash"},
      {"E'tab\\there'", "tab\there"},
      {"e'quote\\'s'", "quote's"},
      {"E'\\x41\\101\\u00e9'", "AA\xc3\xa9"},
      {"$$x$$", "x"},
      {"$tag_1$a$b$tag_1$", "a$b"},
  };
  for (const Case& c : cases) {
    auto parsed = Parse("COMMENT ON SCHEMA s IS " + c.literal + ";");
    EXPECT_EQ(*Only<ast::Comment>(*parsed).text, c.value) << c.literal;
  }
}

TEST(ParserTest, KeepsExpressionsAsTokenSpans) {
  auto parsed = Parse(
      "CREATE TABLE t (a numeric DEFAULT (1 + 2)::numeric NOT NULL,\n"
      "  b int CHECK (b > 0 /* why */ AND b < 10),\n"
      "  c text DEFAULT NOW ( ) COLLATE \"C\");");
  const auto& table = Only<ast::CreateTable>(*parsed);
  const ast::Constraint& a_default = table.columns[0].constraints[0];
  EXPECT_EQ(a_default.kind, ast::ConstraintKind::kDefault);
  EXPECT_EQ(a_default.expression.text, "(1 + 2)::numeric");
  EXPECT_EQ(a_default.expression.normalized, "(1 + 2)::numeric");
  EXPECT_EQ(table.columns[0].constraints[1].kind, ast::ConstraintKind::kNotNull);
  const ast::Constraint& check = table.columns[1].constraints[0];
  EXPECT_EQ(check.expression.text, "b > 0 /* why */ AND b < 10");
  EXPECT_EQ(check.expression.normalized, "b > 0 and b < 10");
  EXPECT_EQ(table.columns[2].constraints[0].expression.normalized, "now ()");
  ASSERT_TRUE(table.columns[2].collation.has_value());
  EXPECT_EQ(table.columns[2].collation->last(), "C");
}

TEST(ParserTest, MultiWordTypeNames) {
  struct Case {
    std::string written;
    std::string name;
    std::vector<std::string> modifiers;
    int dimensions;
  };
  const Case cases[] = {
      {"double precision", "double precision", {}, 0},
      {"character varying(40)", "character varying", {"40"}, 0},
      {"char(3)", "character", {"3"}, 0},
      {"timestamp(3) with time zone", "timestamp with time zone", {"3"}, 0},
      {"time without time zone", "time without time zone", {}, 0},
      {"bit varying(5)[]", "bit varying", {"5"}, 1},
      {"numeric(12, 2)", "numeric", {"12", "2"}, 0},
      {"int[][]", "int", {}, 2},
      {"text array", "text", {}, 1},
  };
  for (const Case& c : cases) {
    auto parsed = Parse("CREATE TABLE t (c " + c.written + ");");
    const ast::TypeName& type = Only<ast::CreateTable>(*parsed).columns[0].type;
    EXPECT_EQ(type.name.back(), c.name) << c.written;
    EXPECT_EQ(type.modifiers, c.modifiers) << c.written;
    EXPECT_EQ(type.array_dimensions, c.dimensions) << c.written;
  }
}

TEST(ParserTest, AcceptsPgDumpSessionSettingsAndMetaCommands) {
  auto parsed = Parse(
      "\\restrict abc\nSET statement_timeout = 0;\n"
      "SELECT pg_catalog.set_config('search_path', '', false);\n\\unrestrict abc\n");
  EXPECT_FALSE(parsed->sink.has_errors());
  ASSERT_EQ(parsed->file.statements.size(), 4u);
  for (const ast::Statement& statement : parsed->file.statements) {
    EXPECT_TRUE(std::holds_alternative<ast::Setting>(statement.body));
  }
}

TEST(ParserTest, ReportsEachBrokenStatementOnceAndKeepsTheOthers) {
  auto parsed = Parse(
      "CREATE TABLE a (id int,);\nCREATE TABLE b (id int);\nCREATE TABLE c (id int int int);\n");
  ASSERT_EQ(parsed->file.statements.size(), 1u);
  ASSERT_EQ(parsed->sink.diagnostics().size(), 2u);
  EXPECT_EQ(parsed->sink.diagnostics()[0].range.line, 1u);
  EXPECT_EQ(parsed->sink.diagnostics()[0].range.column, 24u);
  EXPECT_EQ(parsed->sink.diagnostics()[1].range.line, 3u);
}

TEST(ParserTest, ColumnsCountBytesForNonAsciiLines) {
  auto parsed = Parse("CREATE TABLE café (id int,);");
  ASSERT_EQ(parsed->sink.diagnostics().size(), 1u);
  // "CREATE TABLE café (id int," is 27 bytes, so ")" is byte column 28.
  EXPECT_EQ(parsed->sink.diagnostics()[0].range.column, 28u);
}

TEST(ParserTest, ReportsUnsupportedStatementsByName) {
  auto parsed = Parse(
      "CREATE TABLESPACE fast LOCATION '/srv/fast';\n"
      "DROP TABLE t;\n");
  ASSERT_EQ(parsed->sink.diagnostics().size(), 2u);
  EXPECT_EQ(parsed->sink.diagnostics()[0].code, "unsupported-statement");
  EXPECT_EQ(parsed->sink.diagnostics()[0].message.substr(0, 17), "CREATE TABLESPACE");
  EXPECT_EQ(parsed->sink.diagnostics()[1].message.substr(0, 10), "DROP TABLE");
}

TEST(ParserTest, EnumValueChangesAreParsed) {
  auto parsed = Parse(
      "ALTER TYPE mood ADD VALUE IF NOT EXISTS 'y' BEFORE 'a';\n"
      "ALTER TYPE mood RENAME VALUE 'a' TO 'b';\n");
  EXPECT_TRUE(parsed->sink.diagnostics().empty());
  ASSERT_EQ(parsed->file.statements.size(), 2u);
  const auto& add = std::get<ast::AlterEnum>(parsed->file.statements[0].body);
  EXPECT_FALSE(add.rename);
  EXPECT_TRUE(add.if_not_exists);
  EXPECT_EQ(add.value, "y");
  EXPECT_EQ(add.neighbor, std::optional<std::string>("a"));
  EXPECT_TRUE(add.before);
  const auto& rename = std::get<ast::AlterEnum>(parsed->file.statements[1].body);
  EXPECT_TRUE(rename.rename);
  EXPECT_EQ(rename.value, "a");
  EXPECT_EQ(rename.new_value, "b");
}

TEST(ParserTest, GrantsAndRevokesNameTheirObjectsAndRoles) {
  struct Case {
    std::string sql;
    bool revoke;
    ast::GrantTarget target;
    std::vector<std::string> objects;  // names, or routine names
    std::vector<std::string> columns;
    std::vector<std::string> roles;
  };
  using T = ast::GrantTarget;
  const std::vector<Case> cases = {
      {"GRANT SELECT, INSERT ON s.t, u TO a, \"B\" WITH GRANT OPTION",
       false,
       T::kRelations,
       {"s.t", "u"},
       {},
       {"a", "B"}},
      {"GRANT SELECT (x, y), UPDATE (y) ON TABLE t TO PUBLIC",
       false,
       T::kRelations,
       {"t"},
       {"x", "y", "y"},
       {"public"}},
      // Key words that are also names: the kind they announce is taken.
      {"REVOKE USAGE ON TYPE mood FROM PUBLIC", true, T::kTypes, {"mood"}, {}, {"public"}},
      {"REVOKE ALL ON SCHEMA app FROM app_user CASCADE",
       true,
       T::kSchemas,
       {"app"},
       {},
       {"app_user"}},
      {"REVOKE EXECUTE ON FUNCTION f FROM PUBLIC", true, T::kRoutines, {"f"}, {}, {"public"}},
      {"REVOKE ALL ON SEQUENCE q FROM r GRANTED BY CURRENT_USER",
       true,
       T::kSequences,
       {"q"},
       {},
       {"r"}},
      {"REVOKE GRANT OPTION FOR SELECT ON type FROM r", true, T::kRelations, {"type"}, {}, {"r"}},
      {"GRANT ALL PRIVILEGES ON ROUTINE s.f(integer), g TO r",
       false,
       T::kRoutines,
       {"s.f", "g"},
       {},
       {"r"}},
      {"GRANT USAGE ON DOMAIN d TO r", false, T::kTypes, {"d"}, {}, {"r"}},
      {"GRANT SELECT ON ALL TABLES IN SCHEMA a, b TO r",
       false,
       T::kAllInSchema,
       {"a", "b"},
       {},
       {"r"}},
  };
  for (const Case& c : cases) {
    SCOPED_TRACE(c.sql);
    auto parsed = Parse(c.sql + ";");
    const auto& grant = Only<ast::Grant>(*parsed);
    EXPECT_EQ(grant.revoke, c.revoke);
    EXPECT_EQ(grant.target, c.target);
    std::vector<std::string> objects;
    for (const ast::QualifiedName& name : grant.names) {
      objects.push_back(name.Text());
    }
    for (const ast::RoutineSignature& routine : grant.routines) {
      objects.push_back(routine.name.Text());
    }
    EXPECT_EQ(objects, c.objects);
    std::vector<std::string> columns;
    for (const ast::Identifier& column : grant.columns) {
      columns.push_back(column.name);
    }
    EXPECT_EQ(columns, c.columns);
    std::vector<std::string> roles;
    for (const ast::Identifier& role : grant.roles) {
      roles.push_back(role.name);
    }
    EXPECT_EQ(roles, c.roles);
    EXPECT_EQ(grant.statement.text, c.sql);
  }
}

TEST(ParserTest, PartitionsKeepTheirKeysAndBoundsAsWritten) {
  auto parsed = Parse(
      "CREATE TABLE e (id int, at date) PARTITION BY RANGE (at, (id + 1));\n"
      "CREATE TABLE e_1 PARTITION OF e (CHECK (id > 0), id WITH OPTIONS NOT NULL DEFAULT 1)\n"
      "  FOR VALUES FROM (MINVALUE, 0) TO ('2024-01-01', MAXVALUE) PARTITION BY HASH (id);\n"
      "CREATE TABLE e_2 PARTITION OF e DEFAULT;\n"
      "ALTER TABLE ONLY e ATTACH PARTITION e_3 FOR VALUES IN (1, 2), OWNER TO joe;\n"
      "ALTER INDEX IF EXISTS e_pkey ATTACH PARTITION s.e_3_pkey;\n");
  ASSERT_FALSE(parsed->sink.has_errors());
  ASSERT_EQ(parsed->file.statements.size(), 5u);
  const auto& table = std::get<ast::CreateTable>(parsed->file.statements[0].body);
  EXPECT_EQ(table.partition_by->text, "RANGE (at, (id + 1))");
  const auto& partition = std::get<ast::CreateTable>(parsed->file.statements[1].body);
  EXPECT_EQ(partition.partition_of->Text(), "e");
  EXPECT_EQ(partition.partition_bound->text,
            "FOR VALUES FROM (MINVALUE, 0) TO ('2024-01-01', MAXVALUE)");
  EXPECT_EQ(partition.partition_by->text, "HASH (id)");
  ASSERT_EQ(partition.constraints.size(), 1u);
  ASSERT_EQ(partition.columns.size(), 1u);
  EXPECT_EQ(partition.columns[0].constraints.size(), 2u);
  EXPECT_EQ(std::get<ast::CreateTable>(parsed->file.statements[2].body).partition_bound->text,
            "DEFAULT");
  const auto& attach = std::get<ast::AlterTable>(parsed->file.statements[3].body);
  ASSERT_EQ(attach.actions.size(), 2u);
  EXPECT_EQ(attach.actions[0].kind, ast::AlterTableActionKind::kAttachPartition);
  EXPECT_EQ(attach.actions[0].partition.Text(), "e_3");
  EXPECT_EQ(attach.actions[0].bound.text, "FOR VALUES IN (1, 2)");
  const auto& index = std::get<ast::AlterIndex>(parsed->file.statements[4].body);
  EXPECT_EQ(index.kind, ast::AlterIndexKind::kAttachPartition);
  EXPECT_EQ(index.index.Text(), "e_pkey");
  EXPECT_EQ(index.partition.Text(), "s.e_3_pkey");
}

TEST(ParserTest, TypedTablesKeepTheirTypeAndColumnOptions) {
  auto parsed = Parse(
      "CREATE UNLOGGED TABLE IF NOT EXISTS s.people OF s.person (id WITH OPTIONS PRIMARY KEY,\n"
      "  name NOT NULL DEFAULT 'x', CHECK (id > 0)) PARTITION BY HASH (id) WITH (fillfactor = "
      "70);\n"
      "CREATE TABLE bare OF person;\n"
      "ALTER TABLE plain OF s.person, NOT OF;\n");
  ASSERT_FALSE(parsed->sink.has_errors());
  ASSERT_EQ(parsed->file.statements.size(), 3u);
  const auto& table = std::get<ast::CreateTable>(parsed->file.statements[0].body);
  EXPECT_EQ(table.of_type->Text(), "s.person");
  EXPECT_FALSE(table.partition_of);
  EXPECT_TRUE(table.unlogged);
  EXPECT_TRUE(table.if_not_exists);
  ASSERT_EQ(table.columns.size(), 2u);
  EXPECT_EQ(table.columns[0].name.name, "id");
  EXPECT_EQ(table.columns[0].constraints.size(), 1u);
  EXPECT_EQ(table.columns[1].constraints.size(), 2u);
  EXPECT_EQ(table.constraints.size(), 1u);
  EXPECT_EQ(table.partition_by->text, "HASH (id)");
  EXPECT_EQ(table.options.size(), 1u);
  const auto& bare = std::get<ast::CreateTable>(parsed->file.statements[1].body);
  EXPECT_EQ(bare.of_type->Text(), "person");
  EXPECT_TRUE(bare.columns.empty());
  const auto& alter = std::get<ast::AlterTable>(parsed->file.statements[2].body);
  ASSERT_EQ(alter.actions.size(), 2u);
  EXPECT_EQ(alter.actions[0].kind, ast::AlterTableActionKind::kOfType);
  EXPECT_EQ(alter.actions[0].of_type.Text(), "s.person");
  EXPECT_FALSE(alter.actions[0].not_of);
  EXPECT_EQ(alter.actions[1].kind, ast::AlterTableActionKind::kOfType);
  EXPECT_TRUE(alter.actions[1].not_of);

  // Another word where OF goes is another statement, or an action not supported.
  auto other = Parse("ALTER TABLE plain OWNED parent;");
  ASSERT_EQ(other->sink.diagnostics().size(), 1u);
  EXPECT_EQ(other->sink.diagnostics()[0].code, "unsupported-clause");
  EXPECT_TRUE(other->sink.diagnostics()[0].message.starts_with("ALTER TABLE action OWNED"))
      << other->sink.diagnostics()[0].message;
}

TEST(ParserTest, InheritAndNoInheritNameTheParent) {
  auto parsed = Parse("ALTER TABLE s.child INHERIT s.parent, NO INHERIT other;");
  ASSERT_TRUE(parsed->sink.diagnostics().empty()) << parsed->sink.diagnostics()[0].message;
  const auto& alter = std::get<ast::AlterTable>(parsed->file.statements[0].body);
  ASSERT_EQ(alter.actions.size(), 2u);
  EXPECT_EQ(alter.actions[0].kind, ast::AlterTableActionKind::kInherit);
  EXPECT_TRUE(alter.actions[0].on);
  EXPECT_EQ(alter.actions[0].parent.Text(), "s.parent");
  EXPECT_EQ(alter.actions[1].kind, ast::AlterTableActionKind::kInherit);
  EXPECT_FALSE(alter.actions[1].on);
  EXPECT_EQ(alter.actions[1].parent.Text(), "other");
}

TEST(ParserTest, LikeKeepsItsSourceOptionsAndPlace) {
  auto parsed = Parse(
      "CREATE TABLE t (a int, LIKE s.base including all Excluding Identity EXCLUDING comments, "
      "b int, LIKE other);");
  const auto& table = Only<ast::CreateTable>(*parsed);
  ASSERT_EQ(table.likes.size(), 2u);
  EXPECT_EQ(table.likes[0].source.Text(), "s.base");
  EXPECT_EQ(table.likes[0].options, "INCLUDING ALL EXCLUDING IDENTITY EXCLUDING COMMENTS");
  EXPECT_TRUE(table.likes[0].defaults);
  EXPECT_TRUE(table.likes[0].generated);
  EXPECT_FALSE(table.likes[0].identity);
  EXPECT_EQ(table.likes[0].position, 1u);
  EXPECT_EQ(table.likes[1].source.Text(), "other");
  EXPECT_EQ(table.likes[1].options, "");
  EXPECT_FALSE(table.likes[1].defaults);
  EXPECT_EQ(table.likes[1].position, 2u);
  ASSERT_EQ(table.columns.size(), 2u);
}

TEST(ParserTest, ConstraintAttributesComeInAnyOrder) {
  auto parsed = Parse(
      "CREATE TABLE t (a int, CONSTRAINT k CHECK (a > 0) NOT VALID NO INHERIT);\n"
      "ALTER TABLE t ADD CONSTRAINT k2 CHECK (a < 9) NO INHERIT NOT VALID;\n"
      "CREATE TABLE u (a int REFERENCES t NO INHERIT, b int, UNIQUE (b) NO INHERIT);\n");
  const auto& table = std::get<ast::CreateTable>(parsed->file.statements[0].body);
  ASSERT_EQ(table.constraints.size(), 1U);
  EXPECT_TRUE(table.constraints[0].no_inherit);
  EXPECT_TRUE(table.constraints[0].not_valid);
  const auto& alter = std::get<ast::AlterTable>(parsed->file.statements[1].body);
  ASSERT_EQ(alter.actions.size(), 1U);
  EXPECT_TRUE(alter.actions[0].constraint.no_inherit);
  EXPECT_TRUE(alter.actions[0].constraint.not_valid);
  // PostgreSQL marks only checks NO INHERIT.
  std::vector<std::string> codes;
  for (const base::Diagnostic& diagnostic : parsed->sink.diagnostics()) {
    codes.push_back(diagnostic.code);
  }
  EXPECT_EQ(codes, (std::vector<std::string>{"misplaced-attribute", "misplaced-attribute"}));
}

TEST(ParserTest, KeywordsCanBeColumnNames) {
  auto parsed = Parse(
      "CREATE TABLE t (name text, type text, key int, time time, start int, cycle int, "
      "\"order\" int);");
  const auto& table = Only<ast::CreateTable>(*parsed);
  ASSERT_EQ(table.columns.size(), 7u);
  EXPECT_EQ(table.columns[3].name.name, "time");
  EXPECT_EQ(table.columns[3].type.name.back(), "time without time zone");
}

// The codes and messages of a parse, one "code: message" per diagnostic.
std::vector<std::string> Reported(const Parsed& parsed) {
  std::vector<std::string> out;
  for (const base::Diagnostic& diagnostic : parsed.sink.diagnostics()) {
    out.push_back(diagnostic.code + ": " + diagnostic.message);
  }
  return out;
}

// ExpectEachReportedOnce parses each statement of `cases` alone and expects one diagnostic,
// "code: message", that starts with the case's text.
void ExpectEachReportedOnce(const std::vector<std::pair<std::string, std::string>>& cases) {
  for (const auto& [sql, message] : cases) {
    auto parsed = Parse(sql + ";");
    std::vector<std::string> reported = Reported(*parsed);
    ASSERT_EQ(reported.size(), 1u) << sql;
    EXPECT_TRUE(reported[0].starts_with(message)) << reported[0];
  }
}

TEST(ParserTest, DefaultPrivilegesNameTheirRolesSchemasAndKind) {
  struct Case {
    std::string sql;
    bool revoke;
    std::vector<std::string> for_roles;
    std::vector<std::string> schemas;
    std::string kind;
    std::vector<std::string> roles;
  };
  const std::vector<Case> cases = {
      {"ALTER DEFAULT PRIVILEGES GRANT SELECT ON TABLES TO a", false, {}, {}, "tables", {"a"}},
      {"ALTER DEFAULT PRIVILEGES FOR ROLE o, \"P\" IN SCHEMA s, t GRANT ALL PRIVILEGES ON "
       "SEQUENCES TO a, PUBLIC WITH GRANT OPTION",
       false,
       {"o", "P"},
       {"s", "t"},
       "sequences",
       {"a", "public"}},
      // IN SCHEMA before FOR USER; ROUTINES are FUNCTIONS; GRANT OPTION FOR and CASCADE.
      {"alter default privileges in schema s for user o revoke grant option for execute on "
       "routines from a cascade",
       true,
       {"o"},
       {"s"},
       "functions",
       {"a"}},
      {"ALTER DEFAULT PRIVILEGES REVOKE USAGE ON TYPES FROM PUBLIC",
       true,
       {},
       {},
       "types",
       {"public"}},
      {"ALTER DEFAULT PRIVILEGES FOR ROLE CURRENT_USER GRANT CREATE ON SCHEMAS TO a",
       false,
       {"current_user"},
       {},
       "schemas",
       {"a"}},
  };
  auto names = [](const auto& list) {
    std::vector<std::string> out;
    for (const auto& item : list) {
      if constexpr (std::is_same_v<std::decay_t<decltype(item)>, ast::QualifiedName>) {
        out.push_back(item.Text());
      } else {
        out.push_back(item.name);
      }
    }
    return out;
  };
  for (const Case& c : cases) {
    SCOPED_TRACE(c.sql);
    auto parsed = Parse(c.sql + ";");
    const auto& grant = Only<ast::Grant>(*parsed);
    EXPECT_EQ(grant.target, ast::GrantTarget::kDefaultPrivileges);
    EXPECT_EQ(grant.revoke, c.revoke);
    EXPECT_EQ(names(grant.for_roles), c.for_roles);
    EXPECT_EQ(names(grant.names), c.schemas);
    EXPECT_EQ(grant.all_kind, c.kind);
    EXPECT_EQ(names(grant.roles), c.roles);
    EXPECT_EQ(grant.statement.text, c.sql);
  }
  // Malformed ones are syntax errors that say what was expected.
  const std::vector<std::pair<std::string, std::string>> errors = {
      {"ALTER DEFAULT PRIVILEGES GRANT SELECT ON VIEWS TO a",
       "syntax-error: expected TABLES, SEQUENCES, FUNCTIONS, ROUTINES, TYPES or SCHEMAS, not "
       "\"VIEWS\""},
      {"ALTER DEFAULT PRIVILEGES REVOKE SELECT ON TABLES TO a",
       "syntax-error: REVOKE names its roles after FROM, not \"TO\""},
      {"ALTER DEFAULT PRIVILEGES FOR GROUP g GRANT SELECT ON TABLES TO a",
       "syntax-error: expected ROLE or USER after FOR, not \"GROUP\""},
      {"ALTER DEFAULT PRIVILEGES GRANT SELECT (id) ON TABLES TO a",
       "syntax-error: default privileges cannot name columns"},
      {"ALTER DEFAULT PRIVILEGES GRANT SELECT ON TABLES a", ""},
  };
  for (const auto& [sql, message] : errors) {
    SCOPED_TRACE(sql);
    auto parsed = Parse(sql + ";");
    std::vector<std::string> reported = Reported(*parsed);
    ASSERT_EQ(reported.size(), 1u);
    if (message.empty()) {
      EXPECT_TRUE(reported[0].starts_with("syntax-error: ")) << reported[0];
    } else {
      EXPECT_EQ(reported[0], message);
    }
    EXPECT_TRUE(parsed->file.statements.empty());
  }
}

// pg_dump writes the owners of statistics objects, collations and conversions, and statistics
// objects' targets.
TEST(ParserTest, StatisticsAndCollationOwnersAndStatisticsTargets) {
  {
    auto parsed = Parse("ALTER STATISTICS public.st OWNER TO app;");
    const auto& owner = Only<ast::AlterOwner>(*parsed);
    EXPECT_EQ(owner.object_kind, "statistics");
    EXPECT_EQ(owner.name.Text(), "public.st");
    EXPECT_EQ(owner.owner.name, "app");
  }
  {
    auto parsed = Parse("alter collation german owner to \"App\";");
    const auto& owner = Only<ast::AlterOwner>(*parsed);
    EXPECT_EQ(owner.object_kind, "collation");
    EXPECT_EQ(owner.owner.name, "App");
  }
  {
    auto parsed = Parse(
        "CREATE DEFAULT CONVERSION legacy.\"Latin\" FOR 'LATIN1' TO 'UTF8' FROM f;\n"
        "ALTER CONVERSION legacy.\"Latin\" OWNER TO app;\n"
        "COMMENT ON CONVERSION legacy.\"Latin\" IS 'x';\n");
    ASSERT_FALSE(parsed->sink.has_errors());
    ASSERT_EQ(parsed->file.statements.size(), 3u);
    EXPECT_EQ(std::get<ast::CreateConversion>(parsed->file.statements[0].body).name.Text(),
              "legacy.Latin");
    EXPECT_EQ(std::get<ast::AlterOwner>(parsed->file.statements[1].body).object_kind, "conversion");
    EXPECT_EQ(std::get<ast::Comment>(parsed->file.statements[2].body).target,
              ast::CommentTarget::kConversion);
  }
  for (const auto& [sql, target] : std::vector<std::pair<std::string, int>>{
           {"ALTER STATISTICS s SET STATISTICS 500", 500},
           {"ALTER STATISTICS public.s SET STATISTICS -1", -1}}) {
    auto parsed = Parse(sql + ";");
    EXPECT_EQ(Only<ast::AlterStatistics>(*parsed).target, target) << sql;
  }
  const std::vector<std::pair<std::string, std::string>> errors = {
      {"ALTER STATISTICS s SET STATISTICS 10001",
       "syntax-error: syntax error at \"10001\"; expected a statistics target from -1 to 10000"},
      {"ALTER STATISTICS s RENAME TO t", "unsupported-statement: ALTER STATISTICS is not"},
      {"ALTER STATISTICS s SET SCHEMA other", "unsupported-statement: ALTER STATISTICS is not"},
      {"ALTER CONVERSION c RENAME TO d", "unsupported-statement: ALTER CONVERSION is not"},
  };
  ExpectEachReportedOnce(errors);
}

// ALTER DOMAIN shapes a domain (kept as written, for the server); renaming or moving one does
// not, and another word is a syntax error. OWNER TO is a change of owner.
TEST(ParserTest, AlterDomainIsKeptAsWritten) {
  for (const std::string sql : {
           "ALTER DOMAIN s.d ADD CONSTRAINT c CHECK (VALUE > 0) NOT VALID",
           "ALTER DOMAIN d VALIDATE CONSTRAINT c",
           "ALTER DOMAIN d DROP CONSTRAINT IF EXISTS c CASCADE",
           "ALTER DOMAIN d RENAME CONSTRAINT c TO \"C\"",
           "ALTER DOMAIN d SET DEFAULT 1",
           "ALTER DOMAIN d DROP NOT NULL",
       }) {
    auto parsed = Parse(sql + ";");
    const auto& alter = Only<ast::AlterDomain>(*parsed);
    EXPECT_EQ(alter.statement.text, sql);
    EXPECT_EQ(alter.name.last(), "d") << sql;
  }
  EXPECT_EQ(Only<ast::AlterOwner>(*Parse("ALTER DOMAIN d OWNER TO r;")).object_kind, "domain");
  EXPECT_EQ(Only<ast::AlterOwner>(*Parse("ALTER DOMAIN s.d OWNER TO r;")).name.Text(), "s.d");
  const std::vector<std::pair<std::string, std::string>> errors = {
      {"ALTER DOMAIN d RENAME TO e",
       "unsupported-statement: ALTER DOMAIN ... RENAME TO is not supported yet; schema files "
       "declare objects as they are"},
      {"ALTER DOMAIN d SET SCHEMA other",
       "unsupported-statement: ALTER DOMAIN ... SET SCHEMA is not supported yet"},
      {"ALTER DOMAIN d FROB", "syntax-error: syntax error at \"FROB\"; expected SET, DROP, ADD"},
  };
  ExpectEachReportedOnce(errors);
}

// A view column's default, with ALTER VIEW or, as pg_dump writes it, ALTER TABLE: one action.
TEST(ParserTest, ViewColumnDefaultsAreAlterTableActions) {
  for (const std::string sql : {"ALTER VIEW IF EXISTS s.v ALTER COLUMN c SET DEFAULT nextval('q')",
                                "ALTER VIEW s.v ALTER c SET DEFAULT nextval('q')",
                                "ALTER TABLE ONLY s.v ALTER COLUMN c SET DEFAULT nextval('q')"}) {
    auto parsed = Parse(sql + ";");
    const auto& alter = Only<ast::AlterTable>(*parsed);
    EXPECT_EQ(alter.name.Text(), "s.v");
    ASSERT_EQ(alter.actions.size(), 1u) << sql;
    EXPECT_EQ(alter.actions[0].kind, ast::AlterTableActionKind::kSetDefault);
    EXPECT_EQ(alter.actions[0].column_name.name, "c");
    EXPECT_EQ(alter.actions[0].constraint.expression.text, "nextval('q')");
  }
}

// IF NOT EXISTS of a materialized view declares it, as of a table.
TEST(ParserTest, MaterializedViewIfNotExistsDeclaresIt) {
  auto parsed = Parse("CREATE MATERIALIZED VIEW IF NOT EXISTS s.v AS SELECT 1 WITH NO DATA;");
  const auto& view = Only<ast::CreateView>(*parsed);
  EXPECT_TRUE(view.materialized);
  EXPECT_EQ(view.name.Text(), "s.v");
}

// SET | RESET (storage parameters) of a table, view, materialized view or index, and SET LOGGED |
// UNLOGGED of a table.
TEST(ParserTest, RelationOptionsAndPersistenceAreAlterActions) {
  for (const std::string sql :
       {"ALTER TABLE s.t SET (fillfactor = 70, toast.autovacuum_enabled = false)",
        "ALTER VIEW s.t SET (fillfactor = 70, toast.autovacuum_enabled = false)",
        "ALTER MATERIALIZED VIEW IF EXISTS s.t SET (fillfactor = 70, "
        "toast.autovacuum_enabled = false)"}) {
    auto parsed = Parse(sql + ";");
    const auto& alter = Only<ast::AlterTable>(*parsed);
    EXPECT_EQ(alter.name.Text(), "s.t");
    ASSERT_EQ(alter.actions.size(), 1u) << sql;
    EXPECT_EQ(alter.actions[0].kind, ast::AlterTableActionKind::kRelationOptions);
    EXPECT_FALSE(alter.actions[0].reset);
    ASSERT_EQ(alter.actions[0].options.size(), 2u) << sql;
    EXPECT_EQ(alter.actions[0].options[1].name, "toast.autovacuum_enabled");
    EXPECT_EQ(alter.actions[0].options[1].value, "false");
  }
  {
    auto parsed = Parse("ALTER TABLE t RESET (fillfactor), SET UNLOGGED, SET LOGGED;");
    const auto& alter = Only<ast::AlterTable>(*parsed);
    ASSERT_EQ(alter.actions.size(), 3u);
    EXPECT_EQ(alter.actions[0].kind, ast::AlterTableActionKind::kRelationOptions);
    EXPECT_TRUE(alter.actions[0].reset);
    EXPECT_EQ(alter.actions[1].kind, ast::AlterTableActionKind::kPersistence);
    EXPECT_TRUE(alter.actions[1].on);
    EXPECT_EQ(alter.actions[2].kind, ast::AlterTableActionKind::kPersistence);
    EXPECT_FALSE(alter.actions[2].on);
  }
  for (const std::string sql :
       {"ALTER INDEX IF EXISTS s.i SET (fillfactor = 70)", "ALTER INDEX s.i RESET (fillfactor)"}) {
    auto parsed = Parse(sql + ";");
    const auto& alter = Only<ast::AlterIndex>(*parsed);
    EXPECT_EQ(alter.kind, ast::AlterIndexKind::kSetOptions);
    EXPECT_EQ(alter.index.Text(), "s.i");
    EXPECT_EQ(alter.reset, sql.find("RESET") != std::string::npos);
    ASSERT_EQ(alter.options.size(), 1u);
    EXPECT_EQ(alter.options[0].name, "fillfactor");
  }
  ExpectEachReportedOnce({
      {"ALTER TABLE t SET ACCESS METHOD heap",
       "unsupported-clause: ALTER TABLE action SET ACCESS METHOD heap is not supported"},
      {"ALTER TABLE t SET TRUSTED", "unsupported-clause: ALTER TABLE action SET TRUSTED is not"},
      {"ALTER VIEW v UNSET (a)", "syntax-error: syntax error at \"UNSET\"; expected SET or RESET"},
  });
}

// Text search dictionaries and configurations, as pg_dump writes them and as people do: the
// statements are kept as written; parsers, templates and other ALTERs are unsupported.
TEST(ParserTest, TextSearchDictionariesAndConfigurations) {
  {
    auto parsed = Parse(
        "CREATE TEXT SEARCH DICTIONARY public.nostop (\n    TEMPLATE = pg_catalog.snowball,\n"
        "    language = 'english' );");
    const auto& create = Only<ast::CreateTextSearch>(*parsed);
    EXPECT_EQ(create.kind, ast::TextSearchKind::kDictionary);
    EXPECT_EQ(create.name.Text(), "public.nostop");
    EXPECT_TRUE(create.statement.text.starts_with("CREATE TEXT SEARCH DICTIONARY"));
  }
  {
    auto parsed = Parse("create text search configuration plain (copy = english);");
    const auto& create = Only<ast::CreateTextSearch>(*parsed);
    EXPECT_EQ(create.kind, ast::TextSearchKind::kConfiguration);
    EXPECT_EQ(create.name.Text(), "plain");
  }
  for (const std::string& sql : std::vector<std::string>{
           "ALTER TEXT SEARCH CONFIGURATION plain ADD MAPPING FOR asciiword WITH simple",
           "ALTER TEXT SEARCH CONFIGURATION s.plain ALTER MAPPING FOR word, hword WITH a, b",
           "ALTER TEXT SEARCH CONFIGURATION plain ALTER MAPPING REPLACE english WITH simple",
           "ALTER TEXT SEARCH CONFIGURATION plain DROP MAPPING IF EXISTS FOR email",
       }) {
    auto parsed = Parse(sql + ";");
    const auto& alter = Only<ast::AlterTextSearch>(*parsed);
    EXPECT_EQ(alter.kind, ast::TextSearchKind::kConfiguration) << sql;
    EXPECT_EQ(alter.statement.text, sql);
  }
  {
    auto parsed = Parse("ALTER TEXT SEARCH DICTIONARY nostop (StopWords = english);");
    EXPECT_EQ(Only<ast::AlterTextSearch>(*parsed).kind, ast::TextSearchKind::kDictionary);
  }
  {
    auto parsed = Parse("ALTER TEXT SEARCH CONFIGURATION public.plain OWNER TO app;");
    const auto& owner = Only<ast::AlterOwner>(*parsed);
    EXPECT_EQ(owner.object_kind, "text search configuration");
    EXPECT_EQ(owner.name.Text(), "public.plain");
  }
  {
    auto parsed = Parse("COMMENT ON TEXT SEARCH DICTIONARY nostop IS 'no stop words';");
    const auto& comment = Only<ast::Comment>(*parsed);
    EXPECT_EQ(comment.target, ast::CommentTarget::kTextSearchDictionary);
    EXPECT_EQ(comment.text, "no stop words");
  }
  {
    auto parsed = Parse(
        "CREATE TEXT SEARCH PARSER words (START = prsd_start, GETTOKEN = prsd_nexttoken, "
        "END = prsd_end, LEXTYPES = prsd_lextype);\n"
        "CREATE TEXT SEARCH TEMPLATE s.plain (LEXIZE = dsimple_lexize);\n"
        "COMMENT ON TEXT SEARCH PARSER words IS 'x';\n"
        "COMMENT ON TEXT SEARCH TEMPLATE s.plain IS 'y';\n");
    ASSERT_FALSE(parsed->sink.has_errors());
    ASSERT_EQ(parsed->file.statements.size(), 4u);
    EXPECT_EQ(std::get<ast::CreateTextSearch>(parsed->file.statements[0].body).kind,
              ast::TextSearchKind::kParser);
    EXPECT_EQ(std::get<ast::CreateTextSearch>(parsed->file.statements[1].body).kind,
              ast::TextSearchKind::kTemplate);
    EXPECT_EQ(std::get<ast::Comment>(parsed->file.statements[2].body).target,
              ast::CommentTarget::kTextSearchParser);
    EXPECT_EQ(std::get<ast::Comment>(parsed->file.statements[3].body).target,
              ast::CommentTarget::kTextSearchTemplate);
  }
  const std::vector<std::pair<std::string, std::string>> errors = {
      {"ALTER TEXT SEARCH TEMPLATE t RENAME TO u",
       "unsupported-statement: ALTER TEXT SEARCH TEMPLATE is not"},
      {"ALTER TEXT SEARCH PARSER p OWNER TO app",
       "unsupported-statement: ALTER TEXT SEARCH PARSER is not"},
      {"ALTER TEXT SEARCH DICTIONARY d RENAME TO e",
       "unsupported-statement: ALTER TEXT SEARCH DICTIONARY is not"},
      {"ALTER TEXT SEARCH CONFIGURATION c SET SCHEMA other",
       "unsupported-statement: ALTER TEXT SEARCH CONFIGURATION is not"},
      {"ALTER TEXT SEARCH DICTIONARY d (a = 1) x",
       "unsupported-statement: ALTER TEXT SEARCH DICTIONARY is not"},
  };
  ExpectEachReportedOnce(errors);
}

// Access methods: CREATE ACCESS METHOD as written, COMMENT ON ACCESS METHOD, USING of a table or
// a materialized view (heap as well: the compiler takes it for the default), and
// default_table_access_method as pg_dump sets it, which gives the tables and materialized views
// after it that have no USING their method (not a partitioned or a foreign table).
TEST(ParserTest, AccessMethods) {
  {
    auto parsed = Parse("create access method \"Heap2\" type table handler heap_tableam_handler;");
    const auto& create = Only<ast::CreateAccessMethod>(*parsed);
    EXPECT_EQ(create.name.name, "Heap2");
    EXPECT_EQ(create.type, 't');
    EXPECT_TRUE(create.statement.text.ends_with("heap_tableam_handler"));
    auto index = Parse("CREATE ACCESS METHOD gist2 TYPE INDEX HANDLER pg_catalog.gisthandler;");
    EXPECT_EQ(Only<ast::CreateAccessMethod>(*index).type, 'i');
  }
  {
    auto parsed = Parse("COMMENT ON ACCESS METHOD heap2 IS 'a second heap';");
    const auto& comment = Only<ast::Comment>(*parsed);
    EXPECT_EQ(comment.target, ast::CommentTarget::kAccessMethod);
    EXPECT_EQ(comment.name.last(), "heap2");
  }
  {
    auto parsed = Parse(
        "CREATE TABLE a (id int) USING heap2;\n"
        "CREATE TABLE b (id int) USING \"heap\";\n"
        "CREATE MATERIALIZED VIEW c USING HEAP AS SELECT 1;\n"
        "SET default_table_access_method = heap2;\n"
        "CREATE TABLE d (id int);\n"
        "CREATE TABLE e (id int) PARTITION BY RANGE (id);\n"
        "CREATE TABLE f (id int) USING heap;\n"
        "CREATE MATERIALIZED VIEW g AS SELECT 1;\n"
        "SET default_table_access_method = DEFAULT;\n"
        "CREATE TABLE h (id int);\n");
    ASSERT_FALSE(parsed->sink.has_errors());
    std::vector<std::string> methods;
    for (const ast::Statement& statement : parsed->file.statements) {
      std::optional<ast::Identifier> method;
      if (const auto* table = std::get_if<ast::CreateTable>(&statement.body)) {
        method = table->access_method;
      } else if (const auto* view = std::get_if<ast::CreateView>(&statement.body)) {
        method = view->access_method;
      } else {
        continue;
      }
      methods.push_back(method ? method->name : "-");
    }
    EXPECT_EQ(methods, (std::vector<std::string>{"heap2", "heap", "heap", "heap2", "-", "heap",
                                                 "heap2", "-"}));
  }
  const std::vector<std::pair<std::string, std::string>> errors = {
      {"CREATE ACCESS METHOD m TYPE TABLE HANDLE h", "syntax-error: syntax error at \"HANDLE\""},
      {"CREATE ACCESS METHOD m TYPE VIEW HANDLER h",
       "syntax-error: syntax error at \"VIEW\"; expected TABLE or INDEX"},
      {"CREATE ACCESS METHOD m HANDLER h",
       "syntax-error: syntax error at \"HANDLER\"; expected TYPE"},
      {"CREATE ACCESS METHOD m TYPE INDEX HANDLER",
       "syntax-error: syntax error at \";\"; expected the name"},
      {"CREATE TABLE t (a int) PARTITION BY RANGE (a) USING heap2",
       "unsupported-clause: a partitioned table has no access method"},
  };
  ExpectEachReportedOnce(errors);
}

// Event triggers, as pg_dump writes them: CREATE as written, then ENABLE | DISABLE, the owner and
// the comment.
TEST(ParserTest, EventTriggers) {
  {
    auto parsed = Parse(
        "CREATE EVENT TRIGGER no_drops ON sql_drop WHEN TAG IN ('DROP TABLE') EXECUTE FUNCTION "
        "audit.stop();");
    const auto& create = Only<ast::CreateEventTrigger>(*parsed);
    EXPECT_EQ(create.name.name, "no_drops");
    EXPECT_TRUE(create.statement.text.ends_with("audit.stop()"));
  }
  for (const auto& [sql, enabled] :
       std::vector<std::pair<std::string, char>>{{"ALTER EVENT TRIGGER t DISABLE", 'D'},
                                                 {"alter event trigger \"T\" enable", 'O'},
                                                 {"ALTER EVENT TRIGGER t ENABLE REPLICA", 'R'},
                                                 {"ALTER EVENT TRIGGER t ENABLE ALWAYS", 'A'}}) {
    auto parsed = Parse(sql + ";");
    EXPECT_EQ(Only<ast::AlterEventTrigger>(*parsed).enabled, enabled) << sql;
  }
  {
    auto parsed = Parse("ALTER EVENT TRIGGER t OWNER TO admin;");
    const auto& owner = Only<ast::AlterOwner>(*parsed);
    EXPECT_EQ(owner.object_kind, "event trigger");
    EXPECT_EQ(owner.name.last(), "t");
    EXPECT_EQ(owner.owner.name, "admin");
  }
  {
    auto parsed = Parse("COMMENT ON EVENT TRIGGER t IS 'guards drops';");
    const auto& comment = Only<ast::Comment>(*parsed);
    EXPECT_EQ(comment.target, ast::CommentTarget::kEventTrigger);
    EXPECT_EQ(comment.name.last(), "t");
  }
  const std::vector<std::pair<std::string, std::string>> errors = {
      {"ALTER EVENT TRIGGER t RENAME TO u", "unsupported-statement: ALTER EVENT TRIGGER is not"},
      {"CREATE EVENT TRIGGER t", "unsupported-statement: CREATE EVENT TRIGGER is not"},
  };
  ExpectEachReportedOnce(errors);
}

// Operators, as pg_dump writes them and as people do: the name and argument types are read, the
// rest is the server's.
TEST(ParserTest, Operators) {
  {
    auto parsed = Parse(
        "CREATE OPERATOR geo.~~ (FUNCTION = geo.near, LEFTARG = int, RIGHTARG = double "
        "precision, COMMUTATOR = OPERATOR(geo.~~), RESTRICT = eqsel, HASHES);");
    const auto& create = Only<ast::CreateOperator>(*parsed);
    EXPECT_EQ(create.name.Text(), "geo.~~");
    ASSERT_TRUE(create.left.has_value());
    EXPECT_EQ(create.left->name, std::vector<std::string>{"int"});
    EXPECT_TRUE(create.statement.text.ends_with("HASHES)"));
  }
  {
    auto parsed = Parse("create operator !- (procedure = negate, rightarg = bigint);");
    const auto& create = Only<ast::CreateOperator>(*parsed);
    EXPECT_EQ(create.name.Text(), "!-");
    EXPECT_FALSE(create.left.has_value());
  }
  {
    auto parsed = Parse("ALTER OPERATOR public.!- (NONE, bigint) OWNER TO app;");
    const auto& owner = Only<ast::AlterOwner>(*parsed);
    EXPECT_EQ(owner.object_kind, "operator");
    ASSERT_TRUE(owner.parameters.has_value());
    EXPECT_EQ(owner.parameters->size(), 1u);  // a prefix operator's right argument alone
  }
  {
    auto parsed = Parse("COMMENT ON OPERATOR = (integer, integer) IS 'equal';");
    const auto& comment = Only<ast::Comment>(*parsed);
    EXPECT_EQ(comment.target, ast::CommentTarget::kOperator);
    EXPECT_EQ(comment.name.Text(), "=");
    EXPECT_EQ(comment.parameters->size(), 2u);
  }
  const std::vector<std::pair<std::string, std::string>> errors = {
      {"CREATE OPERATOR === (FUNCTION = f, LEFTARG = integer)",
       "invalid-operator: CREATE OPERATOR needs RIGHTARG = type"},
      {"CREATE OPERATOR === (FUNCTION = f)", "invalid-operator: CREATE OPERATOR needs RIGHTARG"},
      {"CREATE OPERATOR === (FUNCTION = f, RIGHTARG = SETOF integer)",
       "invalid-operator: an operator's argument cannot be a set (SETOF)"},
      {"CREATE OPERATOR === (FUNCTION = f, RIGHTARG = 1)", "syntax-error: syntax error at \"1\""},
      {"ALTER OPERATOR === (integer, integer) SET SCHEMA s",
       "unsupported-statement: ALTER OPERATOR is not"},
  };
  ExpectEachReportedOnce(errors);
}

TEST(ParserTest, InheritsKeepsItsParentsInOrder) {
  auto parsed = Parse("CREATE TABLE c (x int) INHERITS (s.p, q) WITH (fillfactor = 90);");
  const auto& table = Only<ast::CreateTable>(*parsed);
  ASSERT_EQ(table.inherits.size(), 2u);
  EXPECT_EQ(table.inherits[0].Text(), "s.p");
  EXPECT_EQ(table.inherits[1].Text(), "q");
  const std::vector<std::pair<std::string, std::string>> errors = {
      {"CREATE TABLE c () INHERITS (p) INHERITS (q)", "syntax-error: syntax error at \"INHERITS\""},
      {"CREATE TABLE c PARTITION OF p DEFAULT INHERITS (q)",
       "syntax-error: syntax error at \"INHERITS\""},
  };
  ExpectEachReportedOnce(errors);
}

TEST(ParserTest, Casts) {
  for (const std::string sql : {
           "CREATE CAST (int AS money.amount) WITH FUNCTION money.from_int(integer) AS ASSIGNMENT",
           "create cast (money.amount as text) with inout as implicit",
           "CREATE CAST (varchar(3) AS money.code) WITHOUT FUNCTION",
           "CREATE CAST (bigint AS money.amount) WITH FUNCTION money.from_big",
       }) {
    auto parsed = Parse(sql + ";");
    const auto& create = Only<ast::CreateCast>(*parsed);
    EXPECT_EQ(create.statement.text, sql);
  }
  auto first = Parse("CREATE CAST (int AS money.amount) WITHOUT FUNCTION;");
  const auto& create = Only<ast::CreateCast>(*first);
  EXPECT_EQ(create.source.name, std::vector<std::string>{"int"});
  EXPECT_EQ(create.target.name, (std::vector<std::string>{"money", "amount"}));
  auto comment = Parse("COMMENT ON CAST (int AS text) IS 'x';");
  const auto& on = Only<ast::Comment>(*comment);
  EXPECT_EQ(on.target, ast::CommentTarget::kCast);
  ASSERT_TRUE(on.parameters.has_value());
  EXPECT_EQ(on.parameters->size(), 2u);
  const std::vector<std::pair<std::string, std::string>> errors = {
      {"CREATE CAST (int AS text) WITH INOUT AS EXPLICIT",
       "syntax-error: syntax error at \"EXPLICIT\"; expected ASSIGNMENT or IMPLICIT"},
      {"DROP CAST (int AS text)", "unsupported-statement: DROP"},
  };
  ExpectEachReportedOnce(errors);
}

TEST(ParserTest, Publications) {
  auto parsed = Parse(
      "CREATE PUBLICATION feed FOR TABLE shop.orders (id, total) WHERE (total > 0), TABLES IN "
      "SCHEMA shop WITH (publish = 'insert');\n"
      "CREATE PUBLICATION dumped;\n"
      "ALTER PUBLICATION dumped ADD TABLE ONLY shop.items;\n"
      "ALTER PUBLICATION dumped OWNER TO app;\n"
      "COMMENT ON PUBLICATION feed IS 'x';\n");
  ASSERT_FALSE(parsed->sink.has_errors());
  ASSERT_EQ(parsed->file.statements.size(), 5u);
  const auto& create = std::get<ast::CreatePublication>(parsed->file.statements[0].body);
  EXPECT_EQ(create.name.name, "feed");
  EXPECT_TRUE(create.statement.text.ends_with("WITH (publish = 'insert')"));
  const auto& add = std::get<ast::AlterPublication>(parsed->file.statements[2].body);
  EXPECT_EQ(add.statement.text, "ALTER PUBLICATION dumped ADD TABLE ONLY shop.items");
  EXPECT_EQ(std::get<ast::AlterOwner>(parsed->file.statements[3].body).object_kind, "publication");
  EXPECT_EQ(std::get<ast::Comment>(parsed->file.statements[4].body).target,
            ast::CommentTarget::kPublication);
  const std::vector<std::pair<std::string, std::string>> errors = {
      {"ALTER PUBLICATION feed RENAME TO food",
       "unsupported-statement: ALTER PUBLICATION ... RENAME is not supported yet; schema files "
       "declare objects as they are"},
      {"ALTER PUBLICATION feed REFRESH", "syntax-error: syntax error at \"REFRESH\""},
      {"COMMENT ON PUBLICATION s.feed IS 'x'", "syntax-error: syntax error at \"s\""},
  };
  ExpectEachReportedOnce(errors);
}

TEST(ParserTest, ForeignDataWrappersServersAndUserMappings) {
  auto parsed = Parse(
      "CREATE FOREIGN DATA WRAPPER files VALIDATOR s.check OPTIONS (format 'csv');\n"
      "ALTER FOREIGN DATA WRAPPER files NO HANDLER;\n"
      "ALTER FOREIGN DATA WRAPPER files OWNER TO app;\n"
      "CREATE SERVER IF NOT EXISTS archive TYPE 'x' FOREIGN DATA WRAPPER files;\n"
      "ALTER SERVER archive OPTIONS (ADD host 'a');\n"
      "ALTER SERVER archive OWNER TO app;\n"
      "CREATE USER MAPPING FOR \"Reader\" SERVER archive OPTIONS (user 'r');\n"
      "ALTER USER MAPPING FOR PUBLIC SERVER archive OPTIONS (SET user 'p');\n"
      "COMMENT ON FOREIGN DATA WRAPPER files IS 'x';\n"
      "COMMENT ON SERVER archive IS 'x';\n"
      "GRANT USAGE ON FOREIGN DATA WRAPPER files TO app;\n"
      "GRANT USAGE ON FOREIGN SERVER archive, mirror TO app;\n");
  ASSERT_FALSE(parsed->sink.has_errors());
  ASSERT_EQ(parsed->file.statements.size(), 12u);
  const auto& statements = parsed->file.statements;
  const auto& wrapper = std::get<ast::ForeignData>(statements[0].body);
  EXPECT_EQ(wrapper.kind, ast::ForeignDataKind::kWrapper);
  EXPECT_TRUE(wrapper.create);
  EXPECT_EQ(wrapper.name.name, "files");
  EXPECT_TRUE(wrapper.statement.text.ends_with("OPTIONS (format 'csv')"));
  EXPECT_FALSE(std::get<ast::ForeignData>(statements[1].body).create);
  EXPECT_EQ(std::get<ast::AlterOwner>(statements[2].body).object_kind, "foreign-data wrapper");
  EXPECT_EQ(std::get<ast::ForeignData>(statements[3].body).name.name, "archive");
  EXPECT_EQ(std::get<ast::ForeignData>(statements[4].body).kind, ast::ForeignDataKind::kServer);
  EXPECT_EQ(std::get<ast::AlterOwner>(statements[5].body).object_kind, "server");
  const auto& mapping = std::get<ast::ForeignData>(statements[6].body);
  EXPECT_EQ(mapping.kind, ast::ForeignDataKind::kUserMapping);
  EXPECT_EQ(mapping.user.name, "Reader");
  EXPECT_EQ(mapping.name.name, "archive");
  const auto& altered = std::get<ast::ForeignData>(statements[7].body);
  EXPECT_FALSE(altered.create);
  EXPECT_EQ(altered.user.name, "public");
  EXPECT_EQ(std::get<ast::Comment>(statements[8].body).target,
            ast::CommentTarget::kForeignDataWrapper);
  EXPECT_EQ(std::get<ast::Comment>(statements[9].body).target, ast::CommentTarget::kServer);
  EXPECT_EQ(std::get<ast::Grant>(statements[10].body).target,
            ast::GrantTarget::kForeignDataWrappers);
  EXPECT_EQ(std::get<ast::Grant>(statements[11].body).names.size(), 2u);
  const std::vector<std::pair<std::string, std::string>> errors = {
      {"ALTER SERVER archive RENAME TO store",
       "unsupported-statement: ALTER SERVER ... RENAME is not supported yet"},
      {"ALTER FOREIGN DATA WRAPPER files RENAME TO f",
       "unsupported-statement: ALTER FOREIGN DATA WRAPPER ... RENAME is not supported yet"},
      {"ALTER SERVER archive REFRESH", "syntax-error: syntax error at \"REFRESH\""},
      {"CREATE USER MAPPING FOR CURRENT_USER SERVER archive",
       "unsupported-clause: a user mapping for CURRENT_USER maps whichever role"},
      {"CREATE USER MAPPING FOR user SERVER archive",
       "unsupported-clause: a user mapping for user maps whichever role"},
      {"CREATE USER MAPPING TO app SERVER archive", "syntax-error: syntax error at \"TO\""},
      {"CREATE USER MAPPING FOR app ON archive", "syntax-error: syntax error at \"ON\""},
      {"ALTER USER MAPPING IF NOT EXISTS FOR app SERVER archive OPTIONS (a 'b')",
       "syntax-error: syntax error at \"IF\""},
      {"COMMENT ON SERVER s.archive IS 'x'", "syntax-error: syntax error at \"s\""},
      {"GRANT USAGE ON FOREIGN TABLE t TO app",
       "unsupported-statement: GRANT ON FOREIGN TABLE is not supported yet"},
      {"CREATE USER MAPPING IF NOT EXISTS FOR app",
       "syntax-error: syntax error at \";\"; expected SERVER"},
  };
  ExpectEachReportedOnce(errors);
}

TEST(ParserTest, ForeignTables) {
  auto parsed = Parse(
      "CREATE FOREIGN TABLE IF NOT EXISTS r.orders (id bigint OPTIONS (column_name 'Id', "
      "\"Odd\" 'a''b') NOT NULL, total numeric CHECK (total > 0)) SERVER warehouse OPTIONS "
      "(table_name 'orders');\n"
      "CREATE FOREIGN TABLE r.part PARTITION OF r.parts FOR VALUES IN (1) SERVER warehouse;\n"
      "ALTER FOREIGN TABLE r.orders OWNER TO app;\n"
      "COMMENT ON FOREIGN TABLE r.orders IS 'x';\n");
  ASSERT_FALSE(parsed->sink.has_errors());
  ASSERT_EQ(parsed->file.statements.size(), 4u);
  const auto& orders = std::get<ast::CreateTable>(parsed->file.statements[0].body);
  EXPECT_TRUE(orders.foreign);
  ASSERT_TRUE(orders.server.has_value());
  EXPECT_EQ(orders.server->name, "warehouse");
  EXPECT_EQ(orders.server_options,
            (std::vector<std::pair<std::string, std::string>>{{"table_name", "orders"}}));
  ASSERT_EQ(orders.columns.size(), 2u);
  EXPECT_EQ(orders.columns[0].options, (std::vector<std::pair<std::string, std::string>>{
                                           {"column_name", "Id"}, {"Odd", "a'b"}}));
  const auto& part = std::get<ast::CreateTable>(parsed->file.statements[1].body);
  EXPECT_TRUE(part.foreign);
  EXPECT_TRUE(part.partition_of.has_value());
  const std::vector<std::pair<std::string, std::string>> errors = {
      {"CREATE FOREIGN TABLE t (a int)", "syntax-error: syntax error at \";\"; expected SERVER"},
      {"CREATE FOREIGN TABLE t (a int) INHERITS (p)",
       "syntax-error: syntax error at \";\"; expected SERVER"},
      {"CREATE TABLE t (a int) SERVER s",
       "syntax-error: only a foreign table names a server; write CREATE FOREIGN TABLE"},
      {"CREATE UNLOGGED FOREIGN TABLE t (a int) SERVER s",
       "syntax-error: a foreign table is neither logged nor unlogged; remove UNLOGGED"},
      {"CREATE FOREIGN TABLE t (a int) SERVER s SERVER s2",
       "syntax-error: syntax error at \"SERVER\""},
  };
  ExpectEachReportedOnce(errors);
}

TEST(ParserTest, OperatorClassesAndFamilies) {
  auto parsed = Parse(
      "CREATE OPERATOR CLASS s.\"Rev\" DEFAULT FOR TYPE integer USING btree FAMILY s.fam AS\n"
      "  OPERATOR 1 >, FUNCTION 1 s.cmp(int, int), STORAGE integer;\n"
      "CREATE OPERATOR FAMILY fam USING Hash;\n"
      "ALTER OPERATOR FAMILY fam USING hash ADD FUNCTION 1 (int4, int4) hashint4(int4);\n"
      "ALTER OPERATOR FAMILY fam USING hash DROP FUNCTION 1 (int4, int4);\n"
      "ALTER OPERATOR CLASS s.\"Rev\" USING btree OWNER TO app;\n"
      "COMMENT ON OPERATOR FAMILY fam USING hash IS 'x';\n");
  ASSERT_FALSE(parsed->sink.has_errors());
  ASSERT_EQ(parsed->file.statements.size(), 6u);
  const auto& type = std::get<ast::OperatorClassStatement>(parsed->file.statements[0].body);
  EXPECT_EQ(type.kind, ast::OperatorClassKind::kClass);
  EXPECT_TRUE(type.create);
  EXPECT_EQ(type.name.last(), "Rev");
  EXPECT_EQ(type.method.name, "btree");
  ASSERT_TRUE(type.family.has_value());
  EXPECT_EQ(type.family->last(), "fam");
  const auto& family = std::get<ast::OperatorClassStatement>(parsed->file.statements[1].body);
  EXPECT_EQ(family.kind, ast::OperatorClassKind::kFamily);
  EXPECT_TRUE(family.create);
  EXPECT_EQ(family.method.name, "hash");  // folded, as the server folds it
  for (size_t i : {2u, 3u}) {
    const auto& alter = std::get<ast::OperatorClassStatement>(parsed->file.statements[i].body);
    EXPECT_FALSE(alter.create);
    EXPECT_EQ(alter.kind, ast::OperatorClassKind::kFamily);
  }
  const auto& owner = std::get<ast::AlterOwner>(parsed->file.statements[4].body);
  EXPECT_EQ(owner.object_kind, "operator class");
  ASSERT_TRUE(owner.method.has_value());
  EXPECT_EQ(owner.method->name, "btree");
  const auto& comment = std::get<ast::Comment>(parsed->file.statements[5].body);
  EXPECT_EQ(comment.target, ast::CommentTarget::kOperatorFamily);
  const std::vector<std::pair<std::string, std::string>> errors = {
      {"CREATE OPERATOR CLASS c USING btree",
       "syntax-error: syntax error at \"USING\"; expected FOR TYPE"},
      {"CREATE OPERATOR FAMILY f USING btree AS",
       "syntax-error: syntax error at \"AS\"; expected the end of the statement"},
      {"ALTER OPERATOR FAMILY f USING btree SWAP x",
       "syntax-error: syntax error at \"SWAP\"; expected ADD, DROP, OWNER TO, RENAME or SET "
       "SCHEMA"},
      {"CREATE OPERATOR CLASS c FOR TYPE int USING btree FAMLY f AS OPERATOR 1 <",
       "syntax-error: syntax error at \"FAMLY\"; expected FAMILY or AS"},
  };
  ExpectEachReportedOnce(errors);
}

TEST(ParserTest, ClusterOnAndSetWithoutCluster) {
  auto parsed = Parse("ALTER TABLE ONLY public.t CLUSTER ON t_idx, SET WITHOUT CLUSTER;");
  const auto& alter = Only<ast::AlterTable>(*parsed);
  ASSERT_EQ(alter.actions.size(), 2u);
  EXPECT_EQ(alter.actions[0].kind, ast::AlterTableActionKind::kClusterOn);
  ASSERT_TRUE(alter.actions[0].index.has_value());
  EXPECT_EQ(alter.actions[0].index->name, "t_idx");
  EXPECT_EQ(alter.actions[1].kind, ast::AlterTableActionKind::kClusterOn);
  EXPECT_FALSE(alter.actions[1].index.has_value());
  // Another word in that shape is another action, still unsupported.
  auto other = Parse("ALTER TABLE t SET WITHOUT OIDS;");
  std::vector<std::string> reported = Reported(*other);
  ASSERT_EQ(reported.size(), 1u);
  EXPECT_TRUE(reported[0].starts_with("unsupported-clause: ALTER TABLE action")) << reported[0];
}

TEST(ParserTest, AggregatesWithoutArgumentsAreWrittenWithAStar) {
  auto parsed = Parse(
      "CREATE AGGREGATE tally (*) (sfunc = int8inc, stype = int8);\n"
      "COMMENT ON AGGREGATE tally(*) IS 'x';\n"
      "ALTER AGGREGATE tally (*) OWNER TO joe;\n");
  ASSERT_FALSE(parsed->sink.has_errors());
  ASSERT_EQ(parsed->file.statements.size(), 3u);
  const auto& aggregate = std::get<ast::CreateFunction>(parsed->file.statements[0].body);
  EXPECT_TRUE(aggregate.aggregate);
  EXPECT_TRUE(aggregate.parameters.empty());
  // A function or procedure has no (*); nor has an aggregate another operator.
  for (const char* text :
       {"CREATE FUNCTION f(*) RETURNS int LANGUAGE sql AS 'SELECT 1';",
        "COMMENT ON FUNCTION f(*) IS 'x';", "COMMENT ON AGGREGATE g(+) IS 'x';"}) {
    std::vector<std::string> reported = Reported(*Parse(text));
    ASSERT_EQ(reported.size(), 1u) << text;
    EXPECT_TRUE(reported[0].starts_with("syntax-error")) << reported[0];
  }
}

// Forms PostgreSQL takes that read like something else: a column named exclude (not an EXCLUDE
// constraint), COMPRESSION default, any expression as a parameter's default.
TEST(ParserTest, TypeAndFunctionNameKeyWordsNameFunctionsParametersTypesAndRoles) {
  // is, like, full, ...: PostgreSQL's type or function name key words, names of a function, a
  // parameter, a role or a type referred to, but of nothing else unless quoted.
  auto parsed = Parse(
      "CREATE FUNCTION like(full int, is text) RETURNS int LANGUAGE sql AS 'SELECT 1';\n"
      "CREATE FUNCTION left(n int) RETURNS int LANGUAGE sql AS 'SELECT 1';\n"
      "COMMENT ON FUNCTION like(int, text) IS 'x';\n"
      "GRANT EXECUTE ON FUNCTION left(int) TO full, is;\n"
      "CREATE TABLE t (a full, b int DEFAULT generated(1), c nchar(3), d nchar varying(4));\n");
  ASSERT_FALSE(parsed->sink.has_errors()) << Reported(*parsed)[0];
  ASSERT_EQ(parsed->file.statements.size(), 5u);
  const auto& like = std::get<ast::CreateFunction>(parsed->file.statements[0].body);
  EXPECT_EQ(like.name.Text(), "like");
  ASSERT_EQ(like.parameters.size(), 2u);
  EXPECT_EQ(like.parameters[0].name->name, "full");
  EXPECT_EQ(like.parameters[1].name->name, "is");
  EXPECT_EQ(std::get<ast::CreateFunction>(parsed->file.statements[1].body).name.Text(), "left");
  const auto& grant = std::get<ast::Grant>(parsed->file.statements[3].body);
  ASSERT_EQ(grant.roles.size(), 2u);
  EXPECT_EQ(grant.roles[0].name, "full");
  EXPECT_EQ(grant.roles[1].name, "is");
  const auto& t = std::get<ast::CreateTable>(parsed->file.statements[4].body);
  ASSERT_EQ(t.columns.size(), 4u);
  EXPECT_EQ(t.columns[0].type.name, std::vector<std::string>{"full"});
  EXPECT_EQ(t.columns[1].constraints.size(), 1u);  // DEFAULT generated(1)
  EXPECT_EQ(t.columns[2].type.name, std::vector<std::string>{"character"});
  EXPECT_EQ(t.columns[3].type.name, std::vector<std::string>{"character varying"});
  // Elsewhere they are refused, as PostgreSQL refuses them, with the fix.
  for (const char* sql : {"CREATE TABLE is (a int);", "CREATE TYPE full AS (a int);",
                          "CREATE FUNCTION public.f(int int) RETURNS int LANGUAGE sql AS '';",
                          "CREATE FUNCTION full.f() RETURNS int LANGUAGE sql AS '';"}) {
    std::vector<std::string> reported = Reported(*Parse(sql));
    ASSERT_EQ(reported.size(), 1u) << sql;
    EXPECT_TRUE(reported[0].starts_with("reserved-keyword")) << reported[0];
  }
}

TEST(ParserTest, AnOperatorPostgresqlEndsEarlyIsASyntaxError) {
  // +++ is read as + + + (an operator ends in + only when it holds ~ ! @ # % ^ & | ` ?), as
  // PostgreSQL reads it: the statement is its syntax error, not a kind the language lacks.
  auto early = Parse("CREATE OPERATOR public.+++ (LEFTARG = int, RIGHTARG = int, FUNCTION = f);");
  std::vector<std::string> reported = Reported(*early);
  ASSERT_EQ(reported.size(), 1u);
  EXPECT_TRUE(reported[0].starts_with("syntax-error")) << reported[0];
  EXPECT_EQ(early->sink.diagnostics()[0].range.column, 25u);  // the second +
  auto parsed = Parse("CREATE OPERATOR public.+#+ (LEFTARG = int, RIGHTARG = int, FUNCTION = f);");
  EXPECT_FALSE(parsed->sink.has_errors()) << Reported(*parsed)[0];
}

TEST(ParserTest, ColumnsNamedExcludeCompressionDefaultAndParameterDefaults) {
  auto parsed = Parse(
      "CREATE TABLE t (exclude int, b int, exclude2 int DEFAULT 1,\n"
      "  EXCLUDE USING btree (b WITH =), CONSTRAINT x EXCLUDE (b WITH =));\n"
      "CREATE TABLE u (exclude integer NOT NULL DEFAULT 1, d varchar(10) COMPRESSION default);\n"
      "CREATE FUNCTION f(a boolean DEFAULT 1 IS NOT NULL, b boolean = NOT true,\n"
      "  c text DEFAULT 'x' COLLATE \"C\", d boolean DEFAULT 'a' IS NOT DISTINCT FROM 'b',\n"
      "  e int[] DEFAULT ARRAY[1, 2], g int DEFAULT (1)) RETURNS int LANGUAGE sql AS 'SELECT "
      "1';\n");
  ASSERT_FALSE(parsed->sink.has_errors()) << Reported(*parsed)[0];
  ASSERT_EQ(parsed->file.statements.size(), 3u);
  const auto& t = std::get<ast::CreateTable>(parsed->file.statements[0].body);
  ASSERT_EQ(t.columns.size(), 3u);
  EXPECT_EQ(t.columns[0].name.name, "exclude");
  EXPECT_EQ(t.constraints.size(), 2u);
  const auto& u = std::get<ast::CreateTable>(parsed->file.statements[1].body);
  ASSERT_EQ(u.columns.size(), 2u);
  EXPECT_EQ(u.columns[0].name.name, "exclude");
  EXPECT_FALSE(u.columns[1].compression.has_value());
  const auto& f = std::get<ast::CreateFunction>(parsed->file.statements[2].body);
  ASSERT_EQ(f.parameters.size(), 6u);
  for (const ast::FunctionParameter& parameter : f.parameters) {
    EXPECT_TRUE(parameter.has_default);
  }
  // After a ".", a key word is a name: pg_dump qualifies a call of a function named like one.
  auto qualified = Parse(
      "CREATE TABLE w (a int DEFAULT public.generated(1), b int DEFAULT public.primary(1) NOT "
      "NULL, c int DEFAULT s.not(1) CHECK (c > 0));");
  ASSERT_FALSE(qualified->sink.has_errors()) << Reported(*qualified)[0];
  const auto& w = std::get<ast::CreateTable>(qualified->file.statements[0].body);
  ASSERT_EQ(w.columns.size(), 3u);
  EXPECT_EQ(w.columns[1].constraints.size(), 2u);  // DEFAULT and NOT NULL
  EXPECT_EQ(w.columns[2].constraints.size(), 2u);  // DEFAULT and CHECK
  // An EXCLUDE constraint still needs its elements.
  std::vector<std::string> reported =
      Reported(*Parse("CREATE TABLE v (a int, EXCLUDE USING gist);"));
  ASSERT_FALSE(reported.empty());
  EXPECT_TRUE(reported[0].starts_with("syntax-error")) << reported[0];
  // %TYPE is reported as not supported, at the "%".
  reported = Reported(*Parse("CREATE FUNCTION g(x t.a%TYPE) RETURNS int LANGUAGE sql AS '';"));
  ASSERT_EQ(reported.size(), 1u);
  EXPECT_TRUE(reported[0].starts_with("unsupported-clause: %TYPE")) << reported[0];
}

TEST(ParserTest, OrderedSetAggregatesRunTheirArgumentsIntoOneList) {
  auto parsed = Parse(
      "CREATE AGGREGATE pct (f float8 ORDER BY v float8) (sfunc = ordered_set_transition,\n"
      "  stype = internal, finalfunc = percentile_disc_final, finalfunc_extra);\n"
      "CREATE AGGREGATE r (VARIADIC \"any\" order by VARIADIC \"any\") (sfunc = s, stype = "
      "internal, hypothetical);\n"
      "CREATE AGGREGATE m (ORDER BY anyelement) (sfunc = s, stype = internal);\n"
      "CREATE AGGREGATE v (int, VARIADIC \"any\" ORDER BY VARIADIC \"any\") (sfunc = s, stype = "
      "internal);\n"
      "COMMENT ON AGGREGATE pct (float8 ORDER BY float8) IS 'x';\n"
      "ALTER AGGREGATE m (ORDER BY anyelement) OWNER TO joe;\n");
  ASSERT_FALSE(parsed->sink.has_errors()) << Reported(*parsed)[0];
  ASSERT_EQ(parsed->file.statements.size(), 6u);
  auto types = [&](size_t i) {
    const auto& aggregate = std::get<ast::CreateFunction>(parsed->file.statements[i].body);
    EXPECT_TRUE(aggregate.aggregate);
    std::string out;
    for (const ast::FunctionParameter& parameter : aggregate.parameters) {
      out += parameter.mode + " " + parameter.type.name.back() + ";";
    }
    return out;
  };
  EXPECT_EQ(types(0), "in float8;in float8;");
  // VARIADIC "any" on both sides of ORDER BY is one argument, as PostgreSQL has it.
  EXPECT_EQ(types(1), "variadic any;");
  EXPECT_EQ(types(2), "in anyelement;");
  EXPECT_EQ(types(3), "in int;variadic any;");
  const auto& comment = std::get<ast::Comment>(parsed->file.statements[4].body);
  ASSERT_TRUE(comment.parameters.has_value());
  EXPECT_EQ(comment.parameters->size(), 2u);
  // Only an aggregate has ORDER BY among its arguments, and only an aggregate's statement.
  for (const char* text :
       {"CREATE FUNCTION f(int ORDER BY int) RETURNS int LANGUAGE sql AS 'SELECT 1';",
        "COMMENT ON FUNCTION f(ORDER BY int) IS 'x';",
        "GRANT EXECUTE ON FUNCTION f(int ORDER BY int) TO joe;"}) {
    std::vector<std::string> reported = Reported(*Parse(text));
    ASSERT_FALSE(reported.empty()) << text;
    EXPECT_TRUE(reported[0].starts_with("syntax-error")) << text << ": " << reported[0];
  }
}

TEST(ParserTest, ReplicaIdentityAndAttributeOptions) {
  auto parsed = Parse(
      "ALTER TABLE t REPLICA IDENTITY FULL, REPLICA IDENTITY nothing, REPLICA IDENTITY DEFAULT,\n"
      "  REPLICA IDENTITY USING INDEX \"T key\", ALTER COLUMN a SET (n_distinct = -0.5),\n"
      "  ALTER b RESET (n_distinct, n_distinct_inherited);");
  const auto& alter = Only<ast::AlterTable>(*parsed);
  ASSERT_EQ(alter.actions.size(), 6u);
  std::string identities;
  for (size_t i = 0; i < 4; ++i) {
    EXPECT_EQ(alter.actions[i].kind, ast::AlterTableActionKind::kReplicaIdentity);
    identities += alter.actions[i].replica_identity;
  }
  EXPECT_EQ(identities, "fndi");
  ASSERT_TRUE(alter.actions[3].index.has_value());
  EXPECT_EQ(alter.actions[3].index->name, "T key");
  EXPECT_EQ(alter.actions[4].kind, ast::AlterTableActionKind::kAttributeOptions);
  EXPECT_EQ(alter.actions[4].column_name.name, "a");
  EXPECT_FALSE(alter.actions[4].reset);
  ASSERT_EQ(alter.actions[4].options.size(), 1u);
  EXPECT_EQ(alter.actions[4].options[0].name, "n_distinct");
  EXPECT_EQ(alter.actions[4].options[0].value, "-0.5");
  EXPECT_TRUE(alter.actions[5].reset);
  EXPECT_EQ(alter.actions[5].options.size(), 2u);
  // Another word is a syntax error, or another action.
  auto other = Parse("ALTER TABLE t REPLICA IDENTITY everything;");
  std::vector<std::string> reported = Reported(*other);
  ASSERT_EQ(reported.size(), 1u);
  EXPECT_TRUE(reported[0].starts_with("syntax-error")) << reported[0];
  auto unset = Parse("ALTER TABLE t ALTER COLUMN a UNSET (n_distinct);");
  reported = Reported(*unset);
  ASSERT_EQ(reported.size(), 1u);
  EXPECT_TRUE(reported[0].starts_with("unsupported-clause: ALTER TABLE action")) << reported[0];
}

TEST(ParserTest, ValidPostgresqlOutsideTheLanguageIsUnsupportedNeverASyntaxError) {
  struct Case {
    std::string statement;
    std::string code;
    std::string named;  // the start of the message
  };
  const Case cases[] = {
      {"ALTER TYPE mood RENAME TO feeling", "unsupported-statement", "ALTER TYPE ... RENAME TO is"},
      {"ALTER TYPE mood ADD ATTRIBUTE x integer", "unsupported-statement",
       "ALTER TYPE ... ADD ATTRIBUTE is"},
      {"ALTER TYPE pair DROP ATTRIBUTE x", "unsupported-statement",
       "ALTER TYPE ... DROP ATTRIBUTE is"},
      {"ALTER TYPE mood SET SCHEMA other", "unsupported-statement", "ALTER TYPE ... SET SCHEMA is"},
      {"ALTER SCHEMA s RENAME TO t", "unsupported-statement", "ALTER SCHEMA ... RENAME TO is"},
      {"ALTER SEQUENCE s RENAME TO t", "unsupported-statement", "ALTER SEQUENCE ... RENAME TO is"},
      {"ALTER SEQUENCE s SET SCHEMA other", "unsupported-statement",
       "ALTER SEQUENCE ... SET SCHEMA is"},
      {"CREATE TABLE t AS SELECT 1", "unsupported-statement", "CREATE TABLE ... AS is"},
      {"CREATE TABLE t (a, b) AS SELECT 1, 2", "unsupported-statement", "CREATE TABLE ... AS is"},
      {"CREATE UNLOGGED TABLE IF NOT EXISTS t WITH (fillfactor = 70) AS SELECT 1",
       "unsupported-statement", "CREATE TABLE ... AS is"},
      {"CREATE LANGUAGE plsample HANDLER plsample_call_handler", "unsupported-statement",
       "CREATE LANGUAGE is"},
      {"ALTER EXTENSION hstore SET SCHEMA other", "unsupported-statement", "ALTER EXTENSION is"},
      {"ALTER EXTENSION hstore ADD FUNCTION f()", "unsupported-statement", "ALTER EXTENSION is"},
      {"ALTER TABLE ONLY public.parent DETACH PARTITION \"Child\".part_1 CONCURRENTLY",
       "unsupported-clause",
       "ALTER TABLE action DETACH PARTITION \"Child\".part_1 CONCURRENTLY is"},
      {"ALTER TABLE t RENAME COLUMN \"Old\" TO new", "unsupported-clause",
       "ALTER TABLE action RENAME COLUMN \"Old\" TO new is"},
      {"CREATE TYPE r AS BLOB (subtype = int4)", "unsupported-statement",
       "CREATE TYPE ... AS BLOB is not supported; a type is an enum type"},
      {"CREATE TYPE shell", "unsupported-statement", "CREATE TYPE (a base or shell type) is"},
      {"GRANT CONNECT ON DATABASE d TO PUBLIC", "unsupported-statement", "GRANT ON DATABASE is"},
      {"REVOKE ALL ON LARGE OBJECT 1234 FROM PUBLIC", "unsupported-statement",
       "REVOKE ON LARGE OBJECT is"},
      {"GRANT USAGE ON LANGUAGE plpgsql TO PUBLIC", "unsupported-statement",
       "GRANT ON LANGUAGE is"},
      {"REVOKE ALL PRIVILEGES ON LANGUAGE sql FROM PUBLIC", "unsupported-statement",
       "REVOKE ON LANGUAGE is"},
      {"REVOKE CREATE ON DATABASE regression FROM someone", "unsupported-statement",
       "REVOKE ON DATABASE is"},
      {"GRANT SET ON PARAMETER work_mem TO PUBLIC", "unsupported-statement",
       "GRANT ON PARAMETER is"},
      {"GRANT reader TO writer WITH ADMIN OPTION", "unsupported-statement",
       "GRANT of role membership is not part of a schema"},
      {"CREATE OR REPLACE RECURSIVE VIEW v (n) AS SELECT 1", "unsupported-clause",
       "CREATE RECURSIVE VIEW is not supported yet"},
      {"CREATE AGGREGATE old_sum (BASETYPE = int, SFUNC = int4pl, STYPE = int)",
       "unsupported-statement", "CREATE AGGREGATE in the old form"},
      {"DO $$ BEGIN END $$", "unsupported-statement", "DO is"},
      {"ROLLBACK", "unsupported-statement", "ROLLBACK is"},
      {"ALTER SYSTEM SET work_mem = '1MB'", "unsupported-statement", "ALTER SYSTEM is"},
      {"SAVEPOINT a", "unsupported-statement", "SAVEPOINT is"},
      {"CREATE TEMP SEQUENCE s", "unsupported-statement", "CREATE TEMP SEQUENCE is"},
      {"CREATE TEMPORARY VIEW v AS SELECT 1", "unsupported-statement", "CREATE TEMPORARY VIEW is"},
      {"CREATE UNLOGGED MATERIALIZED VIEW v AS SELECT 1", "unsupported-statement",
       "CREATE UNLOGGED MATERIALIZED VIEW is"},
      {"ALTER TABLE t SET ACCESS METHOD heap2", "unsupported-clause",
       "ALTER TABLE action SET ACCESS METHOD heap2"},
      {"CREATE TABLE t (a int) TABLESPACE fast", "unsupported-clause", "TABLESPACE clause"},
      {"CREATE INDEX i ON t (a) TABLESPACE fast", "unsupported-clause", "TABLESPACE is"},
      {"CREATE TABLE t (a int) WITH OIDS", "unsupported-clause", "WITH OIDS: PostgreSQL 12"},
      {"CREATE TABLE t (a int) PARTITION BY RANGE (a) USING heap", "unsupported-clause",
       "a partitioned table has no access method"},
      {"CREATE TABLE t (a int PRIMARY KEY USING INDEX TABLESPACE fast)", "unsupported-clause",
       "TABLESPACE is"},
      {"CREATE TABLE t (a int, UNIQUE (a) WITH (fillfactor = 70) USING INDEX TABLESPACE fast)",
       "unsupported-clause", "TABLESPACE is"},
      {"ALTER INDEX i SET TABLESPACE fast", "unsupported-statement", "ALTER INDEX is"},
      {"CREATE STATISTICS ON a, b FROM t", "unsupported-statement",
       "CREATE STATISTICS in a form other than CREATE STATISTICS name [(kinds)] ON columns or "
       "(expressions) FROM one table is"},
      {"CREATE STATISTICS s ON a FROM t1, t2", "unsupported-statement",
       "CREATE STATISTICS in a form other than"},
      {"ALTER STATISTICS s RENAME TO t", "unsupported-statement", "ALTER STATISTICS is"},
      {"(SELECT 1)", "unsupported-statement", "a query in parentheses is"},
  };
  for (const Case& c : cases) {
    auto parsed = Parse(c.statement + ";");
    ASSERT_EQ(parsed->sink.diagnostics().size(), 1u) << c.statement;
    const base::Diagnostic& d = parsed->sink.diagnostics()[0];
    EXPECT_EQ(d.code, c.code) << c.statement << ": " << d.message;
    EXPECT_EQ(d.message.substr(0, c.named.size()), c.named) << c.statement << ": " << d.message;
  }
}

TEST(ParserTest, InvalidWordsInThoseFormsAreStillSyntaxErrors) {
  const std::string cases[] = {
      "ALTER TYPE mood FOO",
      "ALTER SCHEMA s FOO TO t",
      "ALTER SEQUENCE s FOO",
      "CREATE TABLE t foo",
      "CREATE TABLE t WITH (x = 1)",
      "CREATE TABLE t (a int) WITH foo",
      "CREATE PUBLICATION p FOR t",
      "CREATE SCHEMA s foo",
      "CREATE TABLE t (a int) WITHOUT foo",
      "CREATE TABLE t (a int foo)",
      "foo bar",
      "1\t2",
      // No kind of object after CREATE or ALTER: a misspelt kind, not an unsupported statement.
      "CREATE TABEL t (a int)",
      "CREATE OR REPLACE FUCNTION f() RETURNS int AS 'select 1' LANGUAGE sql",
      "ALTER TABEL t ADD COLUMN b int",
  };
  for (const std::string& statement : cases) {
    auto parsed = Parse(statement + ";");
    ASSERT_EQ(parsed->sink.diagnostics().size(), 1u) << statement;
    EXPECT_EQ(parsed->sink.diagnostics()[0].code, "syntax-error") << statement;
    EXPECT_TRUE(parsed->file.statements.empty()) << statement;
  }
}

TEST(ParserTest, AcceptsEmptyStatementsWithoutOidsAndSchemaNamedAfterItsOwner) {
  auto parsed =
      Parse(";\n;;\nCREATE TABLE t (a int) WITHOUT OIDS;\n ; \nCREATE SCHEMA AUTHORIZATION joe;;");
  EXPECT_EQ(Reported(*parsed), std::vector<std::string>{});
  ASSERT_EQ(parsed->file.statements.size(), 2u);
  const auto& schema = std::get<ast::CreateSchema>(parsed->file.statements[1].body);
  EXPECT_EQ(schema.name.name, "joe");
  ASSERT_TRUE(schema.authorization.has_value());
  EXPECT_EQ(schema.authorization->name, "joe");
}

TEST(ParserTest, CopyDataRowsAreSkippedAndCopyIsReportedOncePerFile) {
  auto parsed = Parse(
      "CREATE TABLE t (id int, name text);\n"
      "COPY public.t (id, name) FROM stdin;\n1\tone\n2\t'two; CREATE\n\\.\n"
      "copy public.t (id, name) from STDIN;\n3\tthree\n\\.\n"
      "CREATE TABLE u (id int);\n");
  ASSERT_EQ(parsed->sink.diagnostics().size(), 1u) << Reported(*parsed)[0];
  const base::Diagnostic& d = parsed->sink.diagnostics()[0];
  EXPECT_EQ(d.code, "unsupported-statement");
  EXPECT_EQ(d.range.line, 2u);
  EXPECT_NE(d.message.find("--schema-only"), std::string::npos) << d.message;
  ASSERT_EQ(parsed->file.statements.size(), 2u);
  EXPECT_EQ(parsed->file.statements[1].range.line, 9u);
  EXPECT_EQ(std::get<ast::CreateTable>(parsed->file.statements[1].body).name.last(), "u");
}

TEST(ParserTest, CopyWithoutItsEndMarkerSkipsToTheEndOfTheFile) {
  auto parsed = Parse("COPY t FROM stdin;\n1\n2\n");
  ASSERT_EQ(parsed->sink.diagnostics().size(), 1u);
  EXPECT_EQ(parsed->sink.diagnostics()[0].code, "unsupported-statement");
}

TEST(ParserTest, ReservedKeywordsAreRefusedAsUnquotedNames) {
  struct Case {
    std::string statement;
    std::string word;  // the refused word, or "" when the statement is accepted
  };
  const Case cases[] = {
      {"CREATE TABLE user (id int)", "user"},
      {"CREATE TABLE ORDER (id int)", "order"},
      {"CREATE TABLE t (left int)", "left"},
      {"CREATE TABLE t (all int)", "all"},
      {"CREATE TABLE t (offset int)", "offset"},
      {"CREATE TABLE t (natural int)", "natural"},
      {"CREATE TABLE t (verbose int)", "verbose"},
      {"CREATE TABLE t (analyse int)", "analyse"},
      {"CREATE SCHEMA all", "all"},
      {"CREATE INDEX left ON t (a)", "left"},
      {"CREATE INDEX i ON t (offset)", "offset"},
      {"CREATE TABLE t (a int, CONSTRAINT natural CHECK (a > 0))", "natural"},
      {"CREATE TABLE t (a int, PRIMARY KEY (user))", "user"},
      {"CREATE SEQUENCE order", "order"},
      {"CREATE TYPE user AS ENUM ('a')", "user"},
      {"CREATE TABLE t (a user)", "user"},
      {"CREATE TABLE t (a between)", "between"},
      {"ALTER TABLE t OWNER TO user", "user"},
      {"COMMENT ON TABLE order IS 'x'", "order"},
      {"CREATE TABLE public.user (id int)", ""},
      {"CREATE TABLE public.select (id int)", ""},
      {"CREATE TABLE \"user\" (\"order\" int)", ""},
      {"CREATE TABLE t (int int, time time, integer int, name text, value text)", ""},
      {"CREATE TABLE t (a int, b public.user)", ""},
      {"CREATE TABLE t (a text COLLATE pg_catalog.default)", ""},
      {"ALTER TABLE t OWNER TO left", ""},
      {"COMMENT ON COLUMN t.user IS 'x'", ""},
  };
  for (const Case& c : cases) {
    auto parsed = Parse(c.statement + ";");
    if (c.word.empty()) {
      EXPECT_EQ(Reported(*parsed), std::vector<std::string>{}) << c.statement;
      EXPECT_EQ(parsed->file.statements.size(), 1u) << c.statement;
      continue;
    }
    ASSERT_EQ(parsed->sink.diagnostics().size(), 1u) << c.statement;
    const base::Diagnostic& d = parsed->sink.diagnostics()[0];
    EXPECT_EQ(d.code, "reserved-keyword") << c.statement;
    EXPECT_EQ(d.message.substr(0, c.word.size() + 2), "\"" + c.word + "\"") << d.message;
    EXPECT_NE(d.message.find("quote it as \"" + c.word + "\""), std::string::npos) << d.message;
  }
}

TEST(ParserTest, ZeroLengthQuotedIdentifiersAreRefusedEverywhere) {
  const std::string cases[] = {
      "CREATE TABLE \"\" (a int)",
      "CREATE TABLE t (\"\" int)",
      "CREATE TABLE t (a int CHECK (\"\" > 0))",
      "COMMENT ON TABLE \"\" IS 'x'",
  };
  for (const std::string& statement : cases) {
    auto parsed = Parse(statement + ";");
    ASSERT_EQ(parsed->sink.diagnostics().size(), 1u) << statement;
    EXPECT_EQ(parsed->sink.diagnostics()[0].code, "empty-identifier") << statement;
    EXPECT_TRUE(parsed->file.statements.empty()) << statement;
  }
}

TEST(ParserTest, ErrorsBeyondTwentyAreCountedAndTheWholeFileIsParsed) {
  std::string text;
  for (int i = 0; i < 25; ++i) {
    text += "CREATE TABLESPACE fast LOCATION '/srv/fast';\n";
  }
  for (int i = 0; i < 375; ++i) {
    text += "CREATE TABLE t" + std::to_string(i) + " (id int);\n";
  }
  auto parsed = Parse(text);
  EXPECT_EQ(parsed->file.statements.size(), 375u);
  ASSERT_EQ(parsed->sink.diagnostics().size(), 21u);
  const base::Diagnostic& last = parsed->sink.diagnostics().back();
  EXPECT_EQ(last.code, "too-many-errors");
  EXPECT_EQ(last.range.line, 21u);
  EXPECT_EQ(last.message.substr(0, 40), "5 more errors in this file not shown, af");
}

// SET STORAGE, SET COMPRESSION and SET STATISTICS of a column, and COMPRESSION in its definition;
// a value PostgreSQL refuses is a syntax error at it, another SET an unsupported action.
TEST(ParserTest, ReadsColumnStorageCompressionAndStatistics) {
  auto parsed = Parse(
      "CREATE TABLE t (a text COMPRESSION LZ4, b text);\n"
      "ALTER TABLE ONLY t ALTER COLUMN a SET STORAGE external, ALTER b SET COMPRESSION DEFAULT, "
      "ALTER COLUMN b SET STATISTICS +250, ALTER COLUMN a SET STATISTICS -1;");
  ASSERT_TRUE(parsed->sink.diagnostics().empty()) << Reported(*parsed)[0];
  const auto& table = std::get<ast::CreateTable>(parsed->file.statements[0].body);
  EXPECT_EQ(table.columns[0].compression, "lz4");
  EXPECT_EQ(table.columns[1].compression, std::nullopt);
  const auto& alter = std::get<ast::AlterTable>(parsed->file.statements[1].body);
  EXPECT_TRUE(alter.only);
  ASSERT_EQ(alter.actions.size(), 4u);
  EXPECT_EQ(alter.actions[0].kind, ast::AlterTableActionKind::kSetStorage);
  EXPECT_EQ(alter.actions[0].value, "external");
  EXPECT_EQ(alter.actions[1].kind, ast::AlterTableActionKind::kSetCompression);
  EXPECT_EQ(alter.actions[1].value, "default");
  EXPECT_EQ(alter.actions[2].kind, ast::AlterTableActionKind::kSetStatistics);
  EXPECT_EQ(alter.actions[2].value, "250");
  EXPECT_EQ(alter.actions[3].value, "-1");

  auto bad = Parse(
      "ALTER TABLE t ALTER COLUMN a SET STORAGE bogus;\n"
      "ALTER TABLE t ALTER COLUMN a SET COMPRESSION zstd;\n"
      "ALTER TABLE t ALTER COLUMN a SET STATISTICS 10001;\n"
      "CREATE TABLE u (a text COMPRESSION snappy);\n"
      "ALTER TABLE t ALTER COLUMN a SET DATA TYPE integer;\n");
  EXPECT_EQ(
      Reported(*bad),
      (std::vector<std::string>{
          "syntax-error: syntax error at \"bogus\"; expected PLAIN, EXTERNAL, EXTENDED or MAIN",
          "syntax-error: syntax error at \"zstd\"; expected pglz, lz4 or DEFAULT",
          "syntax-error: syntax error at \"10001\"; expected a statistics target from -1 to "
          "10000",
          "syntax-error: syntax error at \"snappy\"; expected pglz or lz4",
          "unsupported-clause: ALTER TABLE action ALTER COLUMN a SET DATA is not supported "
          "yet; remove it",
      }));
}

// An unsupported statement about one object of a kind exclusion patterns name says which: kind,
// schema (the search_path's first schema for an unqualified name) and name, folded as the server
// folds them; excluding that object excuses the statement.
TEST(ParserTest, UnsupportedStatementsNameTheObjectTheyAreAbout) {
  struct Case {
    std::string statement;
    std::optional<base::Subject> subject;
  };
  const Case cases[] = {
      {"ALTER CONVERSION Remote.\"Old\" RENAME TO new",
       base::Subject{"conversion", "remote", "Old"}},
      {"ALTER OPERATOR audit.=== (integer, integer) SET (RESTRICT = eqsel)",
       base::Subject{"operator", "audit", "==="}},
      {"ALTER OPERATOR CLASS ops USING btree RENAME TO reverse_ops",
       base::Subject{"operator_class", "public", "ops"}},
      {"ALTER TEXT SEARCH PARSER app.words RENAME TO tokens",
       base::Subject{"text_search_parser", "app", "words"}},
      {"ALTER TEXT SEARCH TEMPLATE app.stems OWNER TO admin",
       base::Subject{"text_search_template", "app", "stems"}},
      {"ALTER TEXT SEARCH CONFIGURATION english RENAME TO british",
       base::Subject{"text_search_configuration", "public", "english"}},
      {"ALTER EVENT TRIGGER stop RENAME TO halt", base::Subject{"event_trigger", "", "stop"}},
      {"ALTER FOREIGN DATA WRAPPER files RENAME TO f",
       base::Subject{"foreign_data_wrapper", "", "files"}},
      {"ALTER SERVER archive RENAME TO store", base::Subject{"server", "", "archive"}},
      {"CREATE SUBSCRIPTION everything CONNECTION 'host=a' PUBLICATION p",
       base::Subject{"subscription", "", "everything"}},
      {"ALTER PUBLICATION everything RENAME TO all_of_it",
       base::Subject{"publication", "", "everything"}},
      {"CREATE OR REPLACE TRUSTED LANGUAGE plsample HANDLER h",
       base::Subject{"language", "", "plsample"}},
      // Not about one object of such a kind: no subject.
      {"CREATE TRANSFORM FOR hstore LANGUAGE plperl (FROM SQL WITH FUNCTION f(internal))",
       std::nullopt},
  };
  for (const Case& c : cases) {
    auto parsed = Parse("SET search_path = public;\n" + c.statement + ";");
    const auto& diagnostics = parsed->sink.diagnostics();
    ASSERT_EQ(diagnostics.size(), 1u) << c.statement;
    EXPECT_EQ(diagnostics[0].code, "unsupported-statement") << c.statement;
    EXPECT_EQ(diagnostics[0].subject, c.subject) << c.statement;
    if (c.subject) {
      EXPECT_NE(diagnostics[0].message.find(", or exclude the "), std::string::npos)
          << diagnostics[0].message;
    }
  }
  auto message = Parse("ALTER TEXT SEARCH PARSER remote.old RENAME TO new;");
  ASSERT_EQ(message->sink.diagnostics().size(), 1u);
  EXPECT_TRUE(message->sink.diagnostics()[0].message.ends_with(
      ", or exclude the text search parser on purpose (--exclude text_search_parser:remote.old, "
      "or in schemac.toml)"))
      << message->sink.diagnostics()[0].message;
}

}  // namespace
}  // namespace schemac::parse

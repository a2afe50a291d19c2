// `schemac apply`: applies the plan in one transaction, refuses plans that delete data unless
// allowed, changes nothing on a dry run or when a statement fails, and checks its options.
#include <memory>

#include <fmt/format.h>
#include <gtest/gtest.h>

#include "migrate/migrate_fixture.h"

namespace schemac::testing {
namespace {

class ApplyCommandTest : public MigrateTest {
 protected:
  CommandResult Apply(const std::string& schema, const std::string& db,
                      const std::vector<std::string>& extra = {}) const {
    return RunAgainst("apply", schema, db, extra);
  }

  // AtV1 returns the test's database with V1 applied and a user with one order in it; V1 is in
  // directory v1, V2 in v2.
  std::string AtV1() const {
    WriteShopV1(Dir() / "v1");
    WriteShopV2(Dir() / "v2");
    std::string db = Db();
    CommandResult apply = Apply("v1", db);
    EXPECT_EQ(apply.exit_code, 0) << apply.out << apply.err;
    Query(TestDatabase(),
          "INSERT INTO users VALUES (1, 'a@example.com');"
          "INSERT INTO orders VALUES (10, 1, 12.50);");
    return db;
  }
};

constexpr const char* kNoChanges = "No changes. The database matches the schema.\n";

TEST_F(ApplyCommandTest, AppliesAndReportsTheSteps) {
  WriteShopV1(Dir() / "v1");
  std::string db = Db();
  CommandResult apply = Apply("v1", db, {"--lock-timeout", "2s"});
  EXPECT_EQ(apply.exit_code, 0) << apply.err;
  EXPECT_EQ(apply.err, "");
  EXPECT_TRUE(HasLine(apply.out, "Plan: 3 to create, 0 to alter, 0 to drop.")) << apply.out;
  EXPECT_TRUE(apply.out.ends_with("\nApplied 3 steps. The database matches the schema.\n"))
      << apply.out;
  EXPECT_EQ(Tables(TestDatabase()), "orders\nusers\n");
  EXPECT_EQ(Columns(TestDatabase(), "orders"), "id,user_id,total");
  EXPECT_EQ(Query(TestDatabase(),
                  "SELECT indexname FROM pg_indexes WHERE schemaname = 'public' "
                  "ORDER BY indexname;"),
            "orders_pkey\norders_user_id_idx\nusers_pkey\n");
  EXPECT_EQ(Query(TestDatabase(), "SELECT conname FROM pg_constraint WHERE contype = 'f';"),
            "orders_user_id_fkey\n");

  CommandResult again = Apply("v1", db);
  EXPECT_EQ(again.exit_code, 0) << again.err;
  EXPECT_EQ(again.out, kNoChanges);
}

// The default privileges of the role that applies the plan (ALTER DEFAULT PRIVILEGES) give the
// objects it creates more, or less, than their kind's defaults: the plan starts from what they
// give, so new objects end with what the files grant, and the database matches the schema. The
// files' default privileges do not apply to the objects they declare, whatever the statements'
// order; here they take the database's away, after the objects are created.
TEST_F(ApplyCommandTest, NewObjectsEndWithTheFilesPrivilegesWhateverTheDefaultPrivileges) {
  std::string db = Db();
  Query(TestDatabase(),
        "ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT SELECT, INSERT ON TABLES TO app_user;\n"
        "ALTER DEFAULT PRIVILEGES REVOKE EXECUTE ON FUNCTIONS FROM PUBLIC;\n"
        "ALTER DEFAULT PRIVILEGES GRANT USAGE ON SEQUENCES TO auditor;\n");
  Write("v1/schema.sql",
        "ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT SELECT, INSERT ON TABLES TO app_user;\n"
        "CREATE TABLE t (id integer);\n"
        "CREATE TABLE u (id integer);\n"
        "GRANT SELECT ON u TO app_user;\n"
        "CREATE SEQUENCE s;\n"
        "CREATE FUNCTION f() RETURNS integer LANGUAGE sql AS 'SELECT 1';\n");
  CommandResult apply = Apply("v1", db);
  EXPECT_EQ(apply.exit_code, 0) << apply.out << apply.err;
  EXPECT_TRUE(apply.out.ends_with("The database matches the schema.\n")) << apply.out;
  EXPECT_EQ(Query(TestDatabase(),
                  "SELECT c.relname || ' ' || coalesce(x.grantee::regrole::text, '-') || ' ' || "
                  "coalesce(x.privilege_type, '-') FROM pg_class c LEFT JOIN LATERAL "
                  "aclexplode(c.relacl) x ON x.grantee <> c.relowner "
                  "WHERE c.relname IN ('t', 'u', 's') ORDER BY 1;"),
            "s - -\nt - -\nu app_user SELECT\n");
  EXPECT_EQ(Query(TestDatabase(), "SELECT has_function_privilege('public', 'f()', 'EXECUTE');"),
            "t\n");
  EXPECT_EQ(
      Query(TestDatabase(),
            "SELECT defaclobjtype::text || ' ' || x.grantee::regrole || ' ' || x.privilege_type "
            "FROM pg_default_acl, aclexplode(defaclacl) x ORDER BY 1;"),
      "r app_user INSERT\nr app_user SELECT\n");
  CommandResult again = Apply("v1", db);
  EXPECT_EQ(again.exit_code, 0) << again.err;
  EXPECT_TRUE(again.out.starts_with(kNoChanges)) << again.out;
}

// Default privileges FOR ROLE the role that applies are its own: pg_dump writes FOR ROLE always,
// and the database calls them the applying role's whatever the role that loads the files.
TEST_F(ApplyCommandTest, DefaultPrivilegesForTheApplyingRoleAreItsOwn) {
  std::string db = Db();
  std::string role = Query(TestDatabase(), "SELECT current_user;");
  role.pop_back();  // the newline
  Write("v1/schema.sql",
        "CREATE TABLE t (id integer);\n"
        "ALTER DEFAULT PRIVILEGES FOR ROLE \"" +
            role +
            "\" IN SCHEMA public GRANT SELECT ON TABLES TO app_user;\n"
            "ALTER DEFAULT PRIVILEGES FOR ROLE app_user REVOKE EXECUTE ON "
            "FUNCTIONS FROM PUBLIC;\n");
  CommandResult apply = Apply("v1", db);
  EXPECT_EQ(apply.exit_code, 0) << apply.out << apply.err;
  EXPECT_TRUE(apply.out.ends_with("The database matches the schema.\n")) << apply.out;
  EXPECT_EQ(Query(TestDatabase(),
                  "SELECT defaclrole::regrole || ' ' || defaclobjtype::text || ' ' || "
                  "coalesce(defaclnamespace::regnamespace::text, '-') FROM pg_default_acl "
                  "ORDER BY defaclobjtype;"),
            "app_user f -\n" + role + " r public\n");
  CommandResult again = Apply("v1", db);
  EXPECT_EQ(again.exit_code, 0) << again.err;
  EXPECT_TRUE(again.out.starts_with(kNoChanges)) << again.out;
}

// apply reports as it goes: a warning of the files is printed once, not at every step.
TEST_F(ApplyCommandTest, WarningsArePrintedOnce) {
  WriteShopV1(Dir() / "v1");
  Write("v1/plpgsql.sql", "CREATE EXTENSION plpgsql WITH SCHEMA pg_catalog;\n");
  std::string db = Db();
  CommandResult apply = Apply("v1", db);
  EXPECT_EQ(apply.exit_code, 0) << apply.err;
  size_t warnings = 0;
  for (const std::string& line : Lines(apply.err)) {
    warnings += Contains(line, "[builtin-extension]") ? 1 : 0;
  }
  EXPECT_EQ(warnings, 1u) << apply.err;
}

// A rename annotated in the files renames, keeps the rows and needs no --allow; the check after
// the apply does not report the annotation it just acted on, a later run does (stale-rename),
// and a misspelt one stops the plan (unknown-rename).
TEST_F(ApplyCommandTest, RenamesKeepTheRowsAndTheirAnnotationsGoStaleOnlyAfterwards) {
  std::string db = AtV1();
  Write("v3/schema.sql",
        "-- schemac:renamed-from users\n"
        "CREATE TABLE customers (id bigint PRIMARY KEY, email text NOT NULL);\n"
        "CREATE TABLE orders (\n"
        "  id bigint PRIMARY KEY,\n"
        "  -- schemac:renamed-from user_id\n"
        "  customer_id bigint NOT NULL REFERENCES customers (id),\n"
        "  total numeric(10,2)\n"
        ");\n"
        "CREATE INDEX orders_customer_id_idx ON orders (customer_id);\n");
  Write("v4/schema.sql", "-- schemac:renamed-from client\nCREATE TABLE clients (id bigint);\n");
  CommandResult typo = Apply("v4", db, {"--allow-hazards"});
  EXPECT_EQ(typo.exit_code, 1) << typo.out;
  EXPECT_TRUE(Contains(typo.err, "[unknown-rename]")) << typo.err;
  CommandResult apply = Apply("v3", db);
  EXPECT_EQ(apply.exit_code, 0) << apply.out << apply.err;
  EXPECT_TRUE(Contains(apply.out, "rename table \"users\" to \"customers\"")) << apply.out;
  EXPECT_FALSE(Contains(apply.err, "stale-rename")) << apply.err;
  EXPECT_EQ(Tables(TestDatabase()), "customers\norders\n");
  EXPECT_EQ(Query(TestDatabase(), "SELECT customer_id FROM orders;"), "1\n");
  EXPECT_EQ(Query(TestDatabase(),
                  "SELECT conname FROM pg_constraint WHERE connamespace = 'public'::regnamespace "
                  "ORDER BY conname;"),
            "customers_pkey\norders_customer_id_fkey\norders_pkey\n");
  EXPECT_EQ(Query(TestDatabase(),
                  "SELECT indexname FROM pg_indexes WHERE tablename = 'orders' "
                  "ORDER BY indexname;"),
            "orders_customer_id_idx\norders_pkey\n");
  CommandResult again = Apply("v3", db);
  EXPECT_EQ(again.exit_code, 0) << again.err;
  EXPECT_TRUE(again.out.starts_with(kNoChanges)) << again.out;
  EXPECT_TRUE(Contains(again.err, "[stale-rename]")) << again.err;
}

TEST_F(ApplyCommandTest, DroppedColumnIsRefusedUnlessAllowed) {
  std::string db = AtV1();
  for (std::vector<std::string> extra :
       {std::vector<std::string>{}, std::vector<std::string>{"--allow", "index-build"}}) {
    CommandResult apply = Apply("v2", db, extra);
    EXPECT_EQ(apply.exit_code, 1) << apply.out;
    EXPECT_TRUE(Contains(apply.err,
                         "error: the plan deletes data; review it, then allow it with --allow "
                         "deletes-data [hazard-not-allowed]"))
        << apply.err;
    EXPECT_TRUE(HasLine(apply.err, "note: table public.orders: drops column total and its values"))
        << apply.err;
    // The plan is shown, so that it can be reviewed.
    EXPECT_TRUE(HasLine(apply.out, "Plan: 1 to create, 2 to alter, 1 to drop.")) << apply.out;
    EXPECT_FALSE(Contains(apply.out, "Applied")) << apply.out;
  }
  // Nothing was changed, not even the steps without hazards.
  EXPECT_EQ(Tables(TestDatabase()), "orders\nusers\n");
  EXPECT_EQ(Columns(TestDatabase(), "orders"), "id,user_id,total");
  EXPECT_EQ(Columns(TestDatabase(), "users"), "id,email");
  EXPECT_EQ(Query(TestDatabase(), "SELECT total FROM orders;"), "12.50\n");
}

TEST_F(ApplyCommandTest, AllowDeletesDataApplies) {
  std::string db = AtV1();
  // --allow takes several codes.
  CommandResult apply = Apply("v2", db, {"--allow", "access-exclusive-lock", "deletes-data"});
  EXPECT_EQ(apply.exit_code, 0) << apply.err;
  EXPECT_TRUE(apply.out.ends_with("\nApplied 4 steps. The database matches the schema.\n"))
      << apply.out;
  EXPECT_EQ(Tables(TestDatabase()), "audit\norders\nusers\n");
  EXPECT_EQ(Columns(TestDatabase(), "orders"), "id,user_id");
  EXPECT_EQ(Columns(TestDatabase(), "users"), "id,email,name");
  // The rows that were there stay.
  EXPECT_EQ(Query(TestDatabase(), "SELECT id, user_id FROM orders;"), "10|1\n");
}

// Every hazard code is accepted by --allow, untracked-dependencies among them: a plpgsql function
// carries it.
TEST_F(ApplyCommandTest, AllowTakesEveryHazardCode) {
  std::string db = Db();
  Write("functions/touch.sql",
        "CREATE FUNCTION public.touch() RETURNS trigger LANGUAGE plpgsql AS "
        "$$ BEGIN RETURN NEW; END $$;\n");
  CommandResult apply = Apply("functions", db, {"--allow", "untracked-dependencies"});
  EXPECT_EQ(apply.exit_code, 0) << apply.err;
  EXPECT_TRUE(Contains(apply.out, "[untracked-dependencies]")) << apply.out;
  EXPECT_TRUE(apply.out.ends_with("\nApplied 1 step. The database matches the schema.\n"))
      << apply.out;
  for (const char* code : {"deletes-data", "table-rewrite", "access-exclusive-lock",
                           "validates-constraint", "index-build", "irreversible-down"}) {
    CommandResult again = Apply("functions", db, {"--allow", code});
    EXPECT_EQ(again.exit_code, 0) << code << "\n" << again.err;
  }
  CommandResult unknown = Apply("functions", db, {"--allow", "no-such-hazard"});
  EXPECT_NE(unknown.exit_code, 0);
}

TEST_F(ApplyCommandTest, AllowHazardsApplies) {
  std::string db = AtV1();
  CommandResult apply = Apply("v2", db, {"--allow-hazards"});
  EXPECT_EQ(apply.exit_code, 0) << apply.err;
  EXPECT_TRUE(apply.out.ends_with("\nApplied 4 steps. The database matches the schema.\n"))
      << apply.out;
  EXPECT_EQ(Tables(TestDatabase()), "audit\norders\nusers\n");
  EXPECT_EQ(Columns(TestDatabase(), "orders"), "id,user_id");
}

TEST_F(ApplyCommandTest, DryRunPrintsThePlanAndChangesNothing) {
  WriteShopV1(Dir() / "v1");
  std::string db = Db();
  CommandResult dry = Apply("v1", db, {"--dry-run"});
  EXPECT_EQ(dry.exit_code, 0) << dry.err;
  EXPECT_TRUE(HasLine(dry.out, "Plan: 3 to create, 0 to alter, 0 to drop.")) << dry.out;
  EXPECT_TRUE(dry.out.ends_with("\nDry run: nothing was applied.\n")) << dry.out;
  EXPECT_EQ(Tables(TestDatabase()), "");

  // In any format, and with data-deleting steps allowed.
  WriteShopV2(Dir() / "v2");
  ASSERT_EQ(Apply("v1", db).exit_code, 0);
  CommandResult sql = Apply("v2", db, {"--dry-run", "--allow-hazards", "--format", "sql"});
  EXPECT_EQ(sql.exit_code, 0) << sql.err;
  EXPECT_TRUE(sql.out.starts_with("-- schemac migration: up\n-- 4 steps;")) << sql.out;
  EXPECT_TRUE(HasLine(sql.out, "ALTER TABLE public.orders DROP COLUMN total;")) << sql.out;
  EXPECT_EQ(Tables(TestDatabase()), "orders\nusers\n");
  EXPECT_EQ(Columns(TestDatabase(), "orders"), "id,user_id,total");
}

TEST_F(ApplyCommandTest, FailingStatementRollsEverythingBack) {
  std::string db = Db();
  Query(TestDatabase(),
        "CREATE TABLE t (id bigint PRIMARY KEY);"
        "INSERT INTO t VALUES (1), (2), (3);");
  // A new table, created first, then a NOT NULL column without a default, which the rows of t
  // cannot have.
  Write("fail/a_new.sql", "CREATE TABLE a_new (id bigint PRIMARY KEY);\n");
  Write("fail/t.sql",
        "CREATE TABLE t (\n"
        "  id bigint PRIMARY KEY,\n"
        "  c integer NOT NULL\n"
        ");\n");
  CommandResult apply = Apply("fail", db);
  EXPECT_EQ(apply.exit_code, 1) << apply.out;
  // The plan creates a_new before it alters t.
  size_t create = apply.out.find("\nCREATE TABLE public.a_new (");
  size_t alter = apply.out.find("\nALTER TABLE public.t ADD COLUMN c integer NOT NULL;");
  ASSERT_NE(create, std::string::npos) << apply.out;
  ASSERT_NE(alter, std::string::npos) << apply.out;
  EXPECT_LT(create, alter);
  EXPECT_TRUE(Contains(apply.err,
                       "fail/t.sql:3:3: error: the server refused the migration: column \"c\" of "
                       "relation \"t\" contains null values; nothing was changed (the transaction "
                       "was rolled back) [apply-failed]"))
      << apply.err;
  EXPECT_TRUE(HasLine(apply.err, "note: in step table public.t: add column c integer NOT NULL"))
      << apply.err;
  EXPECT_TRUE(
      HasLine(apply.err, "note: statement: ALTER TABLE public.t ADD COLUMN c integer NOT NULL;"))
      << apply.err;
  EXPECT_FALSE(Contains(apply.out, "Applied")) << apply.out;
  // The table created before the failure is gone with the rest of the transaction.
  EXPECT_EQ(Tables(TestDatabase()), "t\n");
  EXPECT_EQ(Columns(TestDatabase(), "t"), "id");
  EXPECT_EQ(Query(TestDatabase(), "SELECT count(*) FROM t;"), "3\n");
}

TEST_F(ApplyCommandTest, TableNamedLikeALiveUnmanagedTableChangesNothing) {
  std::string db = AtV1();
  Query(TestDatabase(),
        "CREATE LANGUAGE lang2 HANDLER plpgsql_call_handler;"
        "CREATE FUNCTION next_id() RETURNS bigint LANGUAGE lang2 AS $$ BEGIN RETURN 1; END $$;"
        "CREATE TABLE audit (id bigint DEFAULT next_id());");
  CommandResult apply = Apply("v2", db, {"--allow-hazards"});
  EXPECT_EQ(apply.exit_code, 1);
  EXPECT_EQ(apply.out, "");
  EXPECT_TRUE(Contains(apply.err,
                       "warning: table public.audit is not managed by schemac (depends on "
                       "function public.next_id()); the plan leaves it alone [unmanaged-object]\n"))
      << apply.err;
  EXPECT_TRUE(Contains(apply.err,
                       "v2/audit.sql:1:1: error: table public.audit cannot be created: the "
                       "database has table public.audit (depends on function public.next_id()) "
                       "of that name, which schemac does not manage; rename one of them "
                       "[unmanaged-conflict]\n"))
      << apply.err;
  // Nothing was applied: orders still has its column total.
  EXPECT_EQ(Columns(TestDatabase(), "orders"), "id,user_id,total");

  // Without the clash, the migration is applied around the shell type, named once.
  Query(TestDatabase(), "DROP TABLE audit; DROP LANGUAGE lang2 CASCADE; CREATE TYPE pending;");
  CommandResult applied = Apply("v2", db, {"--allow-hazards"});
  EXPECT_EQ(applied.exit_code, 0) << applied.out << applied.err;
  EXPECT_EQ(applied.err,
            "warning: shell type public.pending is not managed by schemac; the plan leaves it "
            "alone [unmanaged-object]\n");
  EXPECT_TRUE(Contains(applied.out, "Applied 4 steps. The database matches the schema.\n"))
      << applied.out;
  EXPECT_EQ(Query(TestDatabase(), "SELECT count(*) FROM pg_type WHERE typname = 'pending'"), "1\n");
}

TEST_F(ApplyCommandTest, BadLockTimeoutIsAUsageError) {
  WriteShopV1(Dir() / "v1");
  std::string db = Db();
  for (const char* value : {"5x", "soon", "ms", "-1s", ""}) {
    CommandResult apply = Apply("v1", db, {"--lock-timeout", value});
    EXPECT_EQ(apply.exit_code, 1) << value;
    EXPECT_EQ(apply.out, "") << value;
    EXPECT_TRUE(Contains(apply.err, "--lock-timeout")) << apply.err;
    EXPECT_TRUE(
        Contains(apply.err, std::string("not a duration such as 500ms, 5s or 1min: ") + value))
        << apply.err;
  }
  // Longer than PostgreSQL takes: a usage error, not a lock held by another run.
  for (const char* value : {"2147483648", "600h", "99999999999999999999s"}) {
    CommandResult apply = Apply("v1", db, {"--lock-timeout", value});
    EXPECT_EQ(apply.exit_code, 1) << value;
    EXPECT_EQ(apply.out, "") << value;
    EXPECT_TRUE(Contains(apply.err, "longer than PostgreSQL's longest lock_timeout")) << apply.err;
    EXPECT_FALSE(Contains(apply.err, "another schemac run")) << apply.err;
  }
  EXPECT_EQ(Tables(TestDatabase()), "");
  // The longest one PostgreSQL takes, and 0, which waits for ever, apply.
  EXPECT_EQ(Apply("v1", db, {"--lock-timeout", "2147483647ms", "--dry-run"}).exit_code, 0);
  CommandResult forever = Apply("v1", db, {"--lock-timeout", "0"});
  EXPECT_EQ(forever.exit_code, 0) << forever.err;
}

// A refused statement shows the server's detail, hint and SQLSTATE, read from libpq's fields.
TEST_F(ApplyCommandTest, ServerDetailAndSqlstateAreShown) {
  std::string db = Db();
  Query(TestDatabase(),
        "CREATE TABLE users (id bigint PRIMARY KEY, email text);"
        "INSERT INTO users VALUES (1, 'a@example.com'), (2, 'a@example.com');");
  Write("unique/users.sql",
        "CREATE TABLE users (\n"
        "  id bigint PRIMARY KEY,\n"
        "  email text UNIQUE\n"
        ");\n");
  CommandResult apply = Apply("unique", db);
  EXPECT_EQ(apply.exit_code, 1) << apply.out;
  EXPECT_TRUE(Contains(apply.err,
                       "error: the server refused the migration: could not create "
                       "unique index \"users_email_key\""))
      << apply.err;
  EXPECT_TRUE(
      HasLine(apply.err, "note: the server's detail: Key (email)=(a@example.com) is duplicated."))
      << apply.err;
  EXPECT_TRUE(HasLine(apply.err, "note: SQLSTATE 23505")) << apply.err;
}

// A first migration too large for the server's lock table fails whole, and says what to raise.
TEST_F(ApplyCommandTest, OutOfLockSlotsShowsTheServersHint) {
  pgserver::ServerOptions options;
  options.settings = {"max_locks_per_transaction=10", "max_connections=10"};
  std::string error;
  std::unique_ptr<pgserver::EphemeralServer> small =
      pgserver::EphemeralServer::Start(options, &error);
  ASSERT_NE(small, nullptr) << error;
  ASSERT_TRUE(small->CreateDatabase("app", &error)) << error;
  std::string tables;
  for (int i = 0; i < 400; ++i) {
    tables += fmt::format("CREATE TABLE t{} (id bigint PRIMARY KEY);\n", i);
  }
  Write("many/tables.sql", tables);
  CommandResult apply = Apply("many", small->ConnectionString("app"));
  EXPECT_EQ(apply.exit_code, 1) << apply.out;
  EXPECT_TRUE(Contains(apply.err, "error: the server refused the migration: out of shared memory"))
      << apply.err;
  EXPECT_TRUE(HasLine(apply.err,
                      "note: the server's hint: You might need to increase "
                      "max_locks_per_transaction."))
      << apply.err;
  EXPECT_TRUE(HasLine(apply.err, "note: SQLSTATE 53200")) << apply.err;
  // Nothing was created.
  pgserver::PsqlResult count = small->RunPsql(
      "\\pset tuples_only on\n\\pset format unaligned\n"
      "SELECT count(*) FROM pg_class WHERE relnamespace = 'public'::regnamespace;\n",
      "app");
  EXPECT_EQ(count.output, "0\n");
}

}  // namespace
}  // namespace schemac::testing

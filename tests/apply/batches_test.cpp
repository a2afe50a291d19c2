// Steps that cannot run in a transaction: the plan is cut into as few transactions as they
// allow, such a step runs on its own between them, and a failure after a committed batch says
// what was committed. On a server: CREATE INDEX CONCURRENTLY, which PostgreSQL refuses inside a
// transaction block.
#include <gtest/gtest.h>

#include "schemac/apply/apply.h"
#include "schemac/pg/session.h"

#include "run_plan.h"
#include "support/server_test.h"

namespace schemac::testing {
namespace {

using apply::Batch;

plan::Step NewStep(std::vector<std::string> statements, bool in_transaction = true) {
  plan::Step step;
  step.object = {catalog::ObjectKind::kTable, "public", "t", ""};
  step.target = step.object;
  step.description = "test step";
  step.statements = std::move(statements);
  step.in_transaction = in_transaction;
  return step;
}

plan::Plan PlanOf(const std::vector<bool>& in_transaction) {
  plan::Plan plan;
  for (bool in : in_transaction) {
    plan.steps.push_back(NewStep({"SELECT 1;"}, in));
  }
  return plan;
}

TEST(BatchesTest, StepsShareTransactionsUntilOneCannot) {
  EXPECT_EQ(apply::Batches(PlanOf({})), std::vector<Batch>{});
  EXPECT_EQ(apply::Batches(PlanOf({true, true, true})), (std::vector<Batch>{{0, 3, true}}));
  EXPECT_EQ(
      apply::Batches(PlanOf({true, true, false, true, false, false, true})),
      (std::vector<Batch>{
          {0, 2, true}, {2, 3, false}, {3, 4, true}, {4, 5, false}, {5, 6, false}, {6, 7, true}}));
  EXPECT_EQ(apply::Batches(PlanOf({false})), (std::vector<Batch>{{0, 1, false}}));
}

class ApplyBatchesTest : public ServerTest {
 protected:
  // A fresh database for the test, and a session to look at it.
  std::string Database(const std::string& name) {
    std::string error;
    EXPECT_TRUE(server_->CreateDatabase(name, &error)) << error;
    return server_->ConnectionString(name);
  }
  static std::string One(const std::string& connection, const std::string& query) {
    std::string error;
    std::unique_ptr<pg::Session> session = pg::Session::Open(connection, &error);
    EXPECT_NE(session, nullptr) << error;
    pg::Result result = session->Exec(query);
    return result.rows() == 1 ? result.Value(0, 0).value_or("NULL") : "no row";
  }
};

const char* const kIndexIsValid =
    "SELECT i.indisvalid::text FROM pg_index i WHERE i.indexrelid = 'public.t_note'::regclass";

TEST_F(ApplyBatchesTest, AStepOutsideATransactionRunsOnItsOwn) {
  std::string connection = Database("batches_alone");
  plan::Plan plan;
  plan.steps.push_back(NewStep({"CREATE TABLE public.t (id integer, note text);",
                                "INSERT INTO public.t VALUES (1, 'a'), (2, 'b');"}));
  plan.steps.push_back(
      NewStep({"CREATE INDEX CONCURRENTLY t_note ON public.t (note);"}, /*in_transaction=*/false));
  plan.steps.push_back(NewStep({"COMMENT ON INDEX public.t_note IS 'by note';"}));
  base::DiagnosticSink sink;
  std::unique_ptr<apply::RunLock> lock = apply::RunLock::Acquire(connection, "5s", sink);
  ASSERT_NE(lock, nullptr);
  EXPECT_TRUE(lock->Apply(plan, {}, sink));
  EXPECT_TRUE(sink.diagnostics().empty());
  EXPECT_EQ(One(connection, kIndexIsValid), "true");
  EXPECT_EQ(One(connection, "SELECT obj_description('public.t_note'::regclass, 'pg_class')"),
            "by note");
}

TEST_F(ApplyBatchesTest, TheSameStepInsideATransactionIsRefused) {
  // The flag is what makes the step above work: inside the transaction PostgreSQL refuses it.
  std::string connection = Database("batches_inside");
  plan::Plan plan;
  plan.steps.push_back(NewStep({"CREATE TABLE public.t (id integer, note text);"}));
  plan.steps.push_back(NewStep({"CREATE INDEX CONCURRENTLY t_note ON public.t (note);"}));
  base::DiagnosticSink sink;
  EXPECT_FALSE(apply::ApplyPlan(connection, plan, {}, sink));
  ASSERT_EQ(sink.diagnostics().size(), 1u);
  EXPECT_NE(sink.diagnostics()[0].message.find("cannot run inside a transaction block"),
            std::string::npos)
      << sink.diagnostics()[0].message;
  EXPECT_EQ(One(connection, "SELECT to_regclass('public.t')::text"), "NULL");
}

TEST_F(ApplyBatchesTest, AFailureAfterACommittedBatchSaysWhatWasCommitted) {
  std::string connection = Database("batches_failure");
  plan::Plan plan;
  plan.steps.push_back(NewStep({"CREATE TABLE public.t (id integer, note text);"}));
  plan.steps.push_back(
      NewStep({"CREATE INDEX CONCURRENTLY t_note ON public.t (note);"}, /*in_transaction=*/false));
  plan.steps.push_back(NewStep({"CREATE TABLE public.u (id integer);"}));
  plan.steps.push_back(NewStep({"SELECT 1 / 0;"}));
  base::DiagnosticSink sink;
  EXPECT_FALSE(apply::ApplyPlan(connection, plan, {}, sink));
  ASSERT_EQ(sink.diagnostics().size(), 1u);
  EXPECT_EQ(sink.diagnostics()[0].message,
            "the server refused the migration: division by zero; the open transaction was rolled "
            "back, but the first 2 steps of the plan were committed before it (a step that "
            "cannot run in a transaction divides the migration); run `schemac plan` to see what "
            "remains");
  EXPECT_EQ(One(connection, kIndexIsValid), "true");
  EXPECT_EQ(One(connection, "SELECT to_regclass('public.u')::text"), "NULL");
}

TEST_F(ApplyBatchesTest, AFailureOutsideATransactionSaysWhatMayStay) {
  std::string connection = Database("batches_outside_failure");
  plan::Plan plan;
  plan.steps.push_back(
      NewStep({"CREATE TABLE public.t (id integer);", "INSERT INTO public.t VALUES (1), (1);"}));
  plan.steps.push_back(
      NewStep({"CREATE UNIQUE INDEX CONCURRENTLY t_note ON public.t (id);"}, false));
  base::DiagnosticSink sink;
  EXPECT_FALSE(apply::ApplyPlan(connection, plan, {}, sink));
  ASSERT_EQ(sink.diagnostics().size(), 1u);
  std::string notes;
  for (const base::Note& note : sink.diagnostics()[0].notes) {
    notes += note.message + "\n";
  }
  EXPECT_NE(notes.find("this step runs outside a transaction"), std::string::npos) << notes;
  // What PostgreSQL leaves behind when a concurrent build fails: the index, invalid.
  EXPECT_EQ(One(connection, kIndexIsValid), "false");
}

}  // namespace
}  // namespace schemac::testing

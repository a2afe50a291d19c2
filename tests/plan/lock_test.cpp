// The lock storage options take, without a server. The lock of every kind of step, and its
// hazards, are checked on a server (lock_server_test.cpp): the planner orders steps by what the
// server says objects use.
#include <string>

#include <gtest/gtest.h>

#include "schemac/plan/plan.h"

#include "builder.h"

namespace schemac::testing {
namespace {

TEST(LockTest, StorageOptionsTakeTheLockPostgreSqlChangesThemUnder) {
  using plan::StorageOptionsLock;
  using plan::TableLock;
  EXPECT_EQ(StorageOptionsLock({}), TableLock::kNone);
  EXPECT_EQ(StorageOptionsLock({"fillfactor", "autovacuum_enabled", "toast.autovacuum_enabled",
                                "parallel_workers", "deduplicate_items"}),
            TableLock::kShareUpdateExclusive);
  for (std::string option : {"user_catalog_table", "fastupdate", "gin_pending_list_limit",
                             "buffering", "pages_per_range", "autosummarize", "no_such_option"}) {
    EXPECT_EQ(StorageOptionsLock({"fillfactor", option}), TableLock::kAccessExclusive) << option;
  }
}

}  // namespace
}  // namespace schemac::testing

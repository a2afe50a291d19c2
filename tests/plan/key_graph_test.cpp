// The compact graph of object keys behind the planner's dependency index.
#include "key_graph.h"

#include <gtest/gtest.h>

namespace schemac::testing {
namespace {

using catalog::ObjectKey;
using catalog::ObjectKind;

ObjectKey Column(const std::string& table, const std::string& column) {
  return {ObjectKind::kColumn, "app", table, column};
}
ObjectKey Table(const std::string& table) {
  return {ObjectKind::kTable, "app", table, ""};
}

TEST(KeyGraphTest, KeepsTheOrderEdgesWereFirstAddedAndCountsEachOnce) {
  plan::KeyGraph graph;
  graph.AddEdge(Column("t", "b"), Table("t"));
  graph.AddEdge(Column("t", "a"), Table("t"));
  graph.AddEdge(Column("t", "b"), Column("t", "a"));
  graph.AddEdge(Column("t", "b"), Table("t"));  // again
  graph.AddEdge(Table("t"), {ObjectKind::kSchema, "", "app", ""});
  graph.AddEdge(Column("u", "a"), Table("u"));
  graph.AddEdge(Column("t", "a"), Table("t"));  // again
  graph.Finish();
  EXPECT_EQ(graph.key_count(), 6u);
  EXPECT_EQ(graph.Out(Column("t", "b")), (std::vector<ObjectKey>{Table("t"), Column("t", "a")}));
  EXPECT_EQ(graph.In(Table("t")), (std::vector<ObjectKey>{Column("t", "b"), Column("t", "a")}));
  EXPECT_EQ(graph.In(Column("t", "a")), (std::vector<ObjectKey>{Column("t", "b")}));
  EXPECT_EQ(graph.Out(Table("u")), std::vector<ObjectKey>{});
  EXPECT_EQ(graph.In(Column("u", "a")), std::vector<ObjectKey>{});
  // Keys the graph lacks, also when each of their names is known: nothing.
  EXPECT_EQ(graph.Out(Column("u", "b")), std::vector<ObjectKey>{});
  EXPECT_EQ(graph.In(Column("t", "u")), std::vector<ObjectKey>{});
  EXPECT_EQ(graph.Out({ObjectKind::kIndex, "app", "t", ""}), std::vector<ObjectKey>{});
  EXPECT_EQ(graph.In({ObjectKind::kTable, "other", "t", ""}), std::vector<ObjectKey>{});
}

TEST(KeyGraphTest, ManyKeysSharingNames) {
  plan::KeyGraph graph;
  for (int t = 0; t < 300; ++t) {
    for (int c = 0; c < 20; ++c) {
      graph.AddEdge(Column("t" + std::to_string(t), "c" + std::to_string(c)),
                    Table("t" + std::to_string(t)));
    }
  }
  graph.Finish();
  EXPECT_EQ(graph.key_count(), 300u * 21u);
  std::vector<ObjectKey> columns = graph.In(Table("t299"));
  ASSERT_EQ(columns.size(), 20u);
  EXPECT_EQ(columns.front(), Column("t299", "c0"));
  EXPECT_EQ(columns.back(), Column("t299", "c19"));
  EXPECT_EQ(graph.Out(Column("t7", "c3")), std::vector<ObjectKey>{Table("t7")});
}

}  // namespace
}  // namespace schemac::testing

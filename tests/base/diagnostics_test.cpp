#include "schemac/base/diagnostics.h"

#include <gtest/gtest.h>

namespace schemac::base {
namespace {

TEST(RenderDiagnosticTest, ShowsLineAndCaret) {
  auto file = std::make_shared<const SourceFile>(
      "shop/orders.sql",
      "CREATE TABLE orders (\n  customer_id bigint REFERENCES customer (id)\n);\n");
  Diagnostic d;
  d.code = "unknown-relation";
  d.message = "relation \"public.customer\" does not exist";
  d.range = SourceRange{file, 2, 33, 8};
  d.notes.push_back(Note{{}, "did you mean \"public.customers\"?"});
  EXPECT_EQ(RenderDiagnostic(d),
            "shop/orders.sql:2:33: error: relation \"public.customer\" does not exist "
            "[unknown-relation]\n"
            "    customer_id bigint REFERENCES customer (id)\n"
            "                                  ^~~~~~~~\n"
            "note: did you mean \"public.customers\"?\n");
}

TEST(SourceFileTest, MapsOffsetsToLinesAndColumns) {
  SourceFile file("a.sql", "ab\ncd\r\nef");
  EXPECT_EQ(file.LineOfOffset(0), 1u);
  EXPECT_EQ(file.LineOfOffset(3), 2u);
  EXPECT_EQ(file.ColumnOfOffset(4), 2u);
  EXPECT_EQ(file.LineText(2), "cd");
  EXPECT_EQ(file.LineText(3), "ef");
  EXPECT_EQ(file.LineText(4), "");
}

TEST(SortDiagnosticsTest, OrdersByFileThenPosition) {
  auto a = std::make_shared<const SourceFile>("a.sql", "x\ny\n");
  auto b = std::make_shared<const SourceFile>("b.sql", "x\n");
  std::vector<Diagnostic> ds(3);
  ds[0].range = SourceRange{b, 1, 1, 1};
  ds[0].message = "b1";
  ds[1].range = SourceRange{a, 2, 1, 1};
  ds[1].message = "a2";
  ds[2].range = SourceRange{a, 1, 1, 1};
  ds[2].message = "a1";
  SortDiagnostics(ds);
  EXPECT_EQ(ds[0].message, "a1");
  EXPECT_EQ(ds[1].message, "a2");
  EXPECT_EQ(ds[2].message, "b1");
}

}  // namespace
}  // namespace schemac::base

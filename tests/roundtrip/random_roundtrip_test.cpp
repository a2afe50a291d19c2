// The migration round trip (support/roundtrip.h) for schema pairs made by the seeded generator
// (support/random_schema.h): seeds 1 to 200 by default; SCHEMAC_RANDOM_SEEDS=first:count runs
// others. A failure names its seed, the mutations and both schemas.
#include <cstdlib>
#include <string>

#include <gtest/gtest.h>

#include "schemac/pgserver/server.h"

#include "support/random_schema.h"
#include "support/roundtrip.h"
#include "support/server_test.h"

namespace schemac::testing {
namespace {

std::vector<uint64_t> Seeds() {
  uint64_t first = 1;
  uint64_t count = 200;
  if (const char* value = std::getenv("SCHEMAC_RANDOM_SEEDS")) {
    std::string text = value;
    size_t colon = text.find(':');
    first = std::stoull(text.substr(0, colon));
    count = colon == std::string::npos ? 1 : std::stoull(text.substr(colon + 1));
  }
  std::vector<uint64_t> seeds;
  for (uint64_t seed = first; seed < first + count; ++seed) {
    seeds.push_back(seed);
  }
  return seeds;
}

class RandomRoundTripTest : public ServerTest, public ::testing::WithParamInterface<uint64_t> {};

TEST_P(RandomRoundTripTest, AppliesUpAndDown) {
  ASSERT_NE(server_, nullptr);
  uint64_t seed = GetParam();
  RandomSchemaPair pair = GenerateRandomPair(seed);
  RoundTripResult result =
      RunRoundTrip(*server_, "random_" + std::to_string(seed), pair.from_sql, pair.to_sql);
  EXPECT_EQ(result.failure, "") << Describe(seed, pair);
}

INSTANTIATE_TEST_SUITE_P(Seeds, RandomRoundTripTest, ::testing::ValuesIn(Seeds()),
                         [](const auto& param_info) {
                           return "seed_" + std::to_string(param_info.param);
                         });

}  // namespace
}  // namespace schemac::testing

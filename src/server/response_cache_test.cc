#include "server/response_cache.h"

#include <gtest/gtest.h>

namespace tri::server {
namespace {

std::shared_ptr<const std::string> Body(size_t n, char c = 'x') {
  return std::make_shared<const std::string>(n, c);
}

TEST(ResponseCache, ServesOnlyTheSameGeneration) {
  ResponseCache cache(1 << 20);
  cache.Put("story:s1", 7, Body(100));
  ASSERT_NE(cache.Get("story:s1", 7), nullptr);
  EXPECT_EQ(cache.Get("story:s1", 7)->size(), 100u);
  EXPECT_EQ(cache.Get("story:s2", 7), nullptr);
  EXPECT_EQ(cache.Get("story:s1", 8), nullptr);  // a commit happened: stale
  EXPECT_EQ(cache.Get("story:s1", 7), nullptr);  // and the stale entry is gone
  EXPECT_EQ(cache.entries(), 0u);
  EXPECT_EQ(cache.bytes(), 0u);
}

TEST(ResponseCache, StaysWithinItsBudgetLeastRecentlyUsedOutFirst) {
  ResponseCache cache(4000);
  cache.Put("a", 1, Body(900));
  cache.Put("b", 1, Body(900));
  cache.Put("c", 1, Body(900));
  ASSERT_NE(cache.Get("a", 1), nullptr);  // a is now the most recently used
  cache.Put("d", 1, Body(900));
  cache.Put("e", 1, Body(900));  // needs room: b goes first, then c
  EXPECT_LE(cache.bytes(), 4000u);
  EXPECT_EQ(cache.Get("b", 1), nullptr);
  EXPECT_NE(cache.Get("a", 1), nullptr);
  EXPECT_NE(cache.Get("e", 1), nullptr);
  cache.Put("huge", 1, Body(1500));  // over a quarter of the budget: not kept
  EXPECT_EQ(cache.Get("huge", 1), nullptr);
  cache.Put("a", 2, Body(10, 'y'));  // replacing keeps one entry per key
  EXPECT_EQ(*cache.Get("a", 2), "yyyyyyyyyy");
}

TEST(ResponseCache, ZeroBudgetCachesNothing) {
  ResponseCache cache(0);
  cache.Put("a", 1, Body(1));
  EXPECT_EQ(cache.Get("a", 1), nullptr);
}

}  // namespace
}  // namespace tri::server

#include "core/ascii8.h"

#include <gtest/gtest.h>

#include <string>

namespace tri::ascii8 {
namespace {

// The word masks agree with a byte-by-byte test for every byte value in every position,
// with neighbours that would carry into it if the additions were not kept per byte.
TEST(Ascii8, MasksAgreeWithTheByteTestEverywhere) {
  for (int v = 0; v < 256; ++v) {
    for (int pos = 0; pos < 8; ++pos) {
      for (char fill : {'\xFF', 'a', '0', '\x7F'}) {
        std::string bytes(8, fill);
        bytes[pos] = static_cast<char>(v);
        const uint64_t x = Load(bytes.data());
        const bool letter = (v >= 'a' && v <= 'z') || (v >= 'A' && v <= 'Z');
        const bool digit = v >= '0' && v <= '9';
        EXPECT_EQ((Letters(x) >> (8 * pos + 7)) & 1u, letter ? 1u : 0u) << v << " at " << pos;
        EXPECT_EQ((Digits(x) >> (8 * pos + 7)) & 1u, digit ? 1u : 0u) << v << " at " << pos;
      }
    }
  }
}

TEST(Ascii8, LoadStoreAndFirstMarked) {
  std::string text = "Abcdefg1";
  const uint64_t x = Load(text.data());
  EXPECT_EQ(x & 0xFF, uint64_t{'A'});  // the first byte is the lowest on every host
  EXPECT_EQ(FirstMarked(~Letters(x) & kHigh), 7u);
  EXPECT_EQ(FirstMarked(Digits(x)), 7u);
  Store(text.data(), x | (Letters(x) >> 2));  // bit 5 of every letter: lower case
  EXPECT_EQ(text, "abcdefg1");
}

}  // namespace
}  // namespace tri::ascii8

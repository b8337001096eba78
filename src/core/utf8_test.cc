#include "core/utf8.h"

#include <gtest/gtest.h>

namespace tri {
namespace {

TEST(Utf8Test, FindsFirstInvalidByte) {
  EXPECT_FALSE(FindInvalidUtf8("Grüße aus Köln „…“"));
  EXPECT_EQ(FindInvalidUtf8("ab\xff"
                            "cd"),
            2u);
  EXPECT_EQ(FindInvalidUtf8("ok\xc3"), 2u);            // truncated sequence
  EXPECT_EQ(FindInvalidUtf8("x\xc0\xaf"), 1u);         // overlong '/'
  EXPECT_EQ(FindInvalidUtf8("x\xed\xa0\x80"), 1u);     // surrogate
  EXPECT_EQ(FindInvalidUtf8("\xf4\x90\x80\x80"), 0u);  // above U+10FFFF
}

TEST(Utf8Test, DecodesAndSanitizes) {
  std::string s = "ä€😀";
  size_t i = 0;
  EXPECT_EQ(NextCodePoint(s, i), U'ä');
  EXPECT_EQ(NextCodePoint(s, i), U'€');
  EXPECT_EQ(NextCodePoint(s, i), U'😀');
  EXPECT_EQ(i, s.size());
  EXPECT_EQ(SanitizeUtf8("a\xff"
                         "b"),
            "a\xef\xbf\xbd"
            "b");
  std::string out;
  AppendUtf8(out, U'ß');
  EXPECT_EQ(out, "ß");
}

}  // namespace
}  // namespace tri

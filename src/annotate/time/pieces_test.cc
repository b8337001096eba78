// Pieces keep lower-cased views into one buffer filled in place (pieces.cc); these pin down the
// folding and the bounds that buffer relies on.
#include "annotate/time/pieces.h"

#include <gtest/gtest.h>

#include <string>

#include "annotate/time/lexicon.h"
#include "text/text.h"

namespace tri::timex {
namespace {

TEST(PiecesTest, LowerCaseFormsNumbersAndLexiconEntries) {
  auto lexicon = Lexicon::Default();
  ASSERT_TRUE(lexicon.ok());
  const std::string text = "Am ÜBERNÄCHSTEN Montagabend, 14:05 Uhr (31.10.2025)\nOKTOBER";
  const Pieces p = BuildPieces(text, Tokenize(text), &*lexicon);
  std::vector<std::string> lower;
  for (const Piece& q : p.items) lower.emplace_back(q.lower);
  const std::vector<std::string> want = {"am", "übernächsten", "montagabend", ",",      "14", ":",
                                         "05", "uhr",          "(",           "31",     ".",  "10",
                                         ".",  "2025",         ")",           "oktober"};
  EXPECT_EQ(lower, want);
  ASSERT_EQ(p.size(), want.size());
  EXPECT_TRUE(p[1].upper);
  EXPECT_EQ(p[13].num, 2025);
  EXPECT_EQ(p[13].digits, 4u);
  EXPECT_TRUE(p[15].newline_before);
  EXPECT_FALSE(p[14].newline_before);
  EXPECT_NE(p[15].lex, nullptr);  // "oktober" is a month
  EXPECT_EQ(p[2].lex, nullptr);   // compounds are split by the rules, not the lexicon
}

TEST(PiecesTest, LongRunsAreCutAndViewsStayInsideTheText) {
  const std::string word(100, 'X');
  const std::string digits(30, '7');
  const std::string text = word + " " + digits + " Ä";
  const Pieces p = BuildPieces(text, Tokenize(text), nullptr);
  ASSERT_EQ(p.size(), 3u);
  EXPECT_EQ(p[0].lower, std::string(64, 'x'));  // words are folded up to 64 bytes
  EXPECT_EQ(p[1].lower, std::string(12, '7'));  // long digit runs keep 12 digits
  EXPECT_EQ(p[1].num, -1);
  EXPECT_EQ(p[1].digits, 30u);
  EXPECT_EQ(p[2].lower, "ä");
  EXPECT_LE(p.storage.size(), text.size());
  for (const Piece& q : p.items) {
    EXPECT_GE(q.lower.data(), p.storage.data());
    EXPECT_LE(q.lower.data() + q.lower.size(), p.storage.data() + p.storage.size());
  }
  std::string folded;
  AppendLower("ÄÖÜ ÀÞ × Straße", folded);
  EXPECT_EQ(folded, "äöü àþ × straße");
}

}  // namespace
}  // namespace tri::timex

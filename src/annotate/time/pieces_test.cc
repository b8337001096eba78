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

// Letter runs are found and folded eight bytes at a time, and the lexicon is probed with a
// word-at-a-time hash: words of 7 to 17 bytes, with non-ASCII letters at and around the 8-byte
// boundaries, glued to digits and punctuation, must come out as the byte loop would cut them.
TEST(PiecesTest, RunsAndLookupsAcrossEightByteWords) {
  auto lexicon = Lexicon::Default();
  ASSERT_TRUE(lexicon.ok());
  const std::string text =
      "SEPTEMBR SEPTEMBER Dezember1999 NOVEMBERx Abcdefgä ABCDEFGHÄIJ Wochenende. "
      "Sonnabend,Freitag";
  const Pieces p = BuildPieces(text, Tokenize(text), &*lexicon);
  std::vector<std::string> lower;
  for (const Piece& q : p.items) lower.emplace_back(q.lower);
  const std::vector<std::string> want = {
      "septembr", "september", "dezember",    "1999", "novemberx", "abcdefgä", "abcdefghäij",
      "wochenende", ".",       "sonnabend", ",",    "freitag"};
  EXPECT_EQ(lower, want);
  ASSERT_EQ(p.size(), want.size());
  EXPECT_EQ(p[0].lex, nullptr);   // 8 bytes, not a key
  EXPECT_NE(p[1].lex, nullptr);   // 9 bytes: a month over two words of the hash
  EXPECT_NE(p[2].lex, nullptr);   // glued to digits
  EXPECT_EQ(p[4].lex, nullptr);   // a month name plus one letter is no month
  EXPECT_NE(p[11].lex, nullptr);  // after a comma with no space
  EXPECT_FALSE(p[3].space_before);
  EXPECT_FALSE(p[11].space_before);
  for (size_t k : {0u, 1u, 2u, 4u, 5u, 6u, 7u, 9u, 11u}) EXPECT_TRUE(p[k].upper) << k;
}

}  // namespace
}  // namespace tri::timex

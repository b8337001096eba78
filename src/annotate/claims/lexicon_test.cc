#include "annotate/claims/lexicon.h"

#include <gtest/gtest.h>

#include <cmath>

#include "annotate/claims/numbers.h"

namespace tri::claims {
namespace {

std::vector<CueMatch> MatchWords(const CueLexicon& lex, std::vector<std::string> keys,
                                 LangMask lang = kLangAny) {
  std::vector<CueMatch> out;
  lex.Match(keys, lang, out);
  return out;
}

TEST(CueLexicon, PatternKinds) {
  auto lex = CueLexicon::Parse(
      "# comment\n"
      "frame\tde\tmeet\ttreffen\n"
      "frame\tde\tmeet\t*gipfel\n"
      "stance\tde\tready\t*bereitschaft*\n"
      "hedge\tde\t-\tvoraussicht*\n"
      "lik\tde\tlow\teher unwahrscheinlich\n"
      "hedge\ten\t-\treportedly\n");
  ASSERT_TRUE(lex.ok()) << lex.status().ToString();
  auto m = MatchWords(**lex,
                      {"das", "überraschungsgipfel", "gesprächsbereitschaften", "voraussichtlich",
                       "eher", "unwahrscheinlich", "treffen", "reportedly"},
                      kLangDe);
  ASSERT_EQ(m.size(), 5u);
  EXPECT_EQ(m[0].begin, 1u);
  EXPECT_EQ(m[0].cls, CueClass::kFrame);
  EXPECT_EQ((*lex)->value(m[0].value), "meet");
  EXPECT_EQ(m[1].cls, CueClass::kStance);
  EXPECT_EQ(m[2].cls, CueClass::kHedge);
  EXPECT_EQ(m[3].cls, CueClass::kLik);
  EXPECT_EQ(m[3].end - m[3].begin, 2u);
  EXPECT_EQ(m[4].begin, 6u);  // "reportedly" is English only
}

TEST(CueLexicon, HyphenatedCompoundsMatchPartByPart) {
  auto lex = CueLexicon::Parse("frame\t*\tmeet\t*gipfels\nrole\t*\tleader\tpräsident\n");
  ASSERT_TRUE(lex.ok());
  auto m = MatchWords(**lex, {"apec-gipfels", "us-präsident"});
  ASSERT_EQ(m.size(), 2u);
  EXPECT_EQ(m[0].cls, CueClass::kFrame);
  EXPECT_EQ(m[1].cls, CueClass::kRole);
}

TEST(CueLexicon, RejectsBadLines) {
  EXPECT_FALSE(CueLexicon::Parse("hedge\tde\toffenbar\n").ok());
  EXPECT_FALSE(CueLexicon::Parse("nonsense\tde\t-\toffenbar\n").ok());
  EXPECT_FALSE(CueLexicon::Parse("hedge\tde\t-\t \n").ok());
}

TEST(CueLexicon, EmbeddedLoads) {
  auto lex = CueLexicon::Embedded();
  ASSERT_TRUE(lex.ok()) << lex.status().ToString();
  EXPECT_GT((*lex)->size(), 500u);
  EXPECT_GE((*lex)->FindValue("very_low"), 0);
}

TEST(Numbers, NumeralsByLanguage) {
  EXPECT_EQ(ParseNumeral("1.500", kLangDe).value_or(-1), 1500);
  EXPECT_EQ(ParseNumeral("3,5", kLangDe).value_or(-1), 3.5);
  EXPECT_EQ(ParseNumeral("1,500", kLangEn).value_or(-1), 1500);
  EXPECT_EQ(ParseNumeral("3.5", kLangEn).value_or(-1), 3.5);
  EXPECT_FALSE(ParseNumeral("2017-2021", kLangDe).has_value());
  EXPECT_FALSE(ParseNumeral("14:11", kLangDe).has_value());
}

TEST(Numbers, IntervalsRoundTrip) {
  double lo, hi;
  ASSERT_TRUE(ParseInterval(FormatInterval(120, std::numeric_limits<double>::infinity()), lo, hi));
  EXPECT_EQ(lo, 120);
  EXPECT_TRUE(std::isinf(hi));
  EXPECT_EQ(FormatInterval(0, 50), "..50");
  EXPECT_EQ(FormatInterval(2.5, 2.5), "2.5..2.5");
  EXPECT_FALSE(ParseInterval("12", lo, hi));
}

}  // namespace
}  // namespace tri::claims

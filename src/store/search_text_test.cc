#include "store/search_text.h"

#include <gtest/gtest.h>

namespace tri::store {
namespace {

TEST(SearchText, FoldsDiacritics) {
  EXPECT_EQ(FoldWord("Straße"), "strasse");
  EXPECT_EQ(FoldWord("Pjöngjang"), "pjongjang");
  EXPECT_EQ(FoldWord("ÉLYSÉE"), "elysee");
}

TEST(SearchText, SplitsCommonCompounds) {
  EXPECT_EQ(SplitCompound("bahnstreik"), (std::vector<std::string>{"bahn", "streik"}));
  EXPECT_EQ(SplitCompound("regierungssprecher"),
            (std::vector<std::string>{"regierung", "sprecher"}));
  EXPECT_EQ(SplitCompound("sicherheitsrat"), (std::vector<std::string>{"sicherheit", "rat"}));
  EXPECT_TRUE(SplitCompound("haus").empty());
  EXPECT_TRUE(SplitCompound("gestern").empty());
}

TEST(SearchText, IndexTermsStemAndSplit) {
  SearchText st;
  const std::string terms = st.IndexTerms("Der Bahnstreik der Lokführer", "de");
  EXPECT_NE(terms.find("bahnstreik bahn streik"), std::string::npos) << terms;
  EXPECT_NE(terms.find("lokfuhr"), std::string::npos) << terms;
  EXPECT_EQ(st.IndexTerms("negotiations resumed", "en"), "negoti resum");
  EXPECT_EQ(st.IndexTerms("1.500 Fahrgäste, 3,5 Prozent", "de").substr(0, 4), "1500");
  EXPECT_NE(st.IndexTerms("3,5 Prozent", "de").find("3d5"), std::string::npos);
}

TEST(SearchText, QueriesUseTheSameNormalisation) {
  SearchText st;
  auto q = st.ParseQuery("Streiks");
  ASSERT_TRUE(q.ok());
  EXPECT_NE(q->match.find("\"streik\""), std::string::npos) << q->match;
  auto c = st.ParseQuery("Bahnstreik -Flughafen");
  ASSERT_TRUE(c.ok());
  EXPECT_NE(c->match.find("\"bahn streik\""), std::string::npos) << c->match;
  EXPECT_NE(c->match.find("NOT"), std::string::npos) << c->match;
  auto p = st.ParseQuery("\"72 Stunden\" OR verhandl*");
  ASSERT_TRUE(p.ok());
  EXPECT_NE(p->match.find(" OR \"verhandl\"*"), std::string::npos) << p->match;
}

TEST(SearchText, HostileQueriesCannotReachFtsSyntax) {
  SearchText st;
  auto q = st.ParseQuery("a\" OR title:* NEAR(");
  ASSERT_TRUE(q.ok());
  EXPECT_EQ(q->match.find("title:"), std::string::npos) << q->match;
  EXPECT_FALSE(st.ParseQuery("").ok());
  EXPECT_FALSE(st.ParseQuery("  -- ** ").ok());
  EXPECT_FALSE(st.ParseQuery(std::string(300, 'a')).ok());
  EXPECT_FALSE(st.ParseQuery("a b c d e f g h i j k l m n o p q").ok());
}

TEST(SearchText, SnippetHighlightsMatchedWords) {
  SearchText st;
  auto q = st.ParseQuery("Streik");
  ASSERT_TRUE(q.ok());
  const std::string text =
      std::string(400, 'x') + " Der Bahnstreik dauert an. " + std::string(400, 'y');
  Snippet s = st.MakeSnippet(text, "de", *q);
  ASSERT_EQ(s.highlights.size(), 1u);
  EXPECT_EQ(s.text.substr(s.highlights[0].begin, s.highlights[0].size()), "Bahnstreik");
  EXPECT_LE(s.text.size(), 260u);
}

}  // namespace
}  // namespace tri::store

#include "text/lexicon.h"

#include <gtest/gtest.h>

#include <fstream>
#include <map>
#include <set>
#include <sstream>

namespace tri::text {
namespace {

TEST(Lexicon, Lookups) {
  const Lexicon& lex = Lexicon::Get();
  EXPECT_EQ(lex.Abbreviation("Dr."), AbbrevClass::kPrefix);
  EXPECT_EQ(lex.Abbreviation("etc."), AbbrevClass::kFinal);
  EXPECT_EQ(lex.Abbreviation("Nr."), AbbrevClass::kNumber);
  EXPECT_EQ(lex.Abbreviation("Haus."), AbbrevClass::kNone);
  EXPECT_TRUE(lex.IsStarter("Die"));
  EXPECT_FALSE(lex.IsStarter("die"));
  EXPECT_TRUE(lex.IsMonth("Oktober"));
  EXPECT_TRUE(lex.IsOrdinalContext("im"));
  EXPECT_TRUE(lex.IsContinuation("und"));
}

TEST(Lexicon, FileIsConsistent) {
  std::ifstream in(std::string(TRI_SOURCE_DIR) + "/data/text/lexicon.tsv");
  ASSERT_TRUE(in.good());
  const std::set<std::string> kinds = {"prefix", "final",  "num", "starter",
                                       "month",  "ordctx", "cont"};
  std::map<std::string, std::string> abbreviation_class;
  std::string line;
  int n = 0;
  while (std::getline(in, line)) {
    if (line.empty() || line[0] == '#') continue;
    const size_t tab = line.find('\t');
    ASSERT_NE(tab, std::string::npos) << line;
    const std::string word = line.substr(0, tab), kind = line.substr(tab + 1);
    EXPECT_TRUE(kinds.count(kind)) << line;
    if (kind == "prefix" || kind == "final" || kind == "num") {
      EXPECT_EQ(word.back(), '.') << line;
      const auto [it, fresh] = abbreviation_class.emplace(word, kind);
      EXPECT_TRUE(fresh || it->second == kind) << word << " has two classes";
    }
    ++n;
  }
  EXPECT_GT(n, 300);
}

}  // namespace
}  // namespace tri::text

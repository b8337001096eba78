// Story features: number normalisation across notations, stop words and agency credits left
// out, names counted as entities (also where the recogniser missed them), German compounds
// split against the corpus vocabulary, cross-language similarity through neutral terms.
#include "story/features.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <set>

#include "story/story_testing.h"

namespace tri::story {
namespace {

using story_testing::At;
using story_testing::MakeDoc;

TEST(NormalizeNumber, GermanAndEnglishNotationsMeet) {
  EXPECT_EQ(NormalizeNumber("1.500", true), "1500");
  EXPECT_EQ(NormalizeNumber("1,500", false), "1500");
  EXPECT_EQ(NormalizeNumber("6,1", true), "6.1");
  EXPECT_EQ(NormalizeNumber("6.1", false), "6.1");
  EXPECT_EQ(NormalizeNumber("0,50", true), "0.5");
  EXPECT_EQ(NormalizeNumber("2.000.000", true), "2000000");
  EXPECT_EQ(NormalizeNumber("2019", true), "2019");
  // Not amounts: times, dates, ordinals, ranges, a time written with a period.
  EXPECT_EQ(NormalizeNumber("14:11", true), "");
  EXPECT_EQ(NormalizeNumber("03.11.2026", true), "");
  EXPECT_EQ(NormalizeNumber("31.", true), "");
  EXPECT_EQ(NormalizeNumber("2017-2021", true), "");
  EXPECT_EQ(NormalizeNumber("2.30", true), "");
}

std::set<std::string> Names(const std::vector<Term>& terms,
                            const std::unordered_map<uint64_t, std::string>& names) {
  std::set<std::string> out;
  for (const Term& t : terms) {
    auto it = names.find(t.key);
    out.insert(it == names.end() ? "?" : it->second);
  }
  return out;
}

TEST(FeatureExtractor, TermsOfOneDocument) {
  FeatureExtractor fx;
  std::unordered_map<uint64_t, std::string> names;
  fx.set_term_names(&names);
  const Document d = MakeDoc(
      "d", "Hamburg (dpa) - Der Hafen meldet 1.500 wartende Schiffe. Das sagte die Senatorin.",
      At(2026, 11, 3), {{"Hamburg", "e:hh"}, {"dpa", "", EntityType::kOrg}}, "dpa", "Hansepost");
  const std::set<std::string> got = Names(fx.Extract(d), names);
  EXPECT_TRUE(got.count("@hamburg"));  // surface form of the mention
  EXPECT_TRUE(got.count("@@e:hh"));    // and its canonical id
  EXPECT_TRUE(got.count("#1500"));
  EXPECT_TRUE(got.count("haf"));       // Snowball stem of "Hafen"
  EXPECT_FALSE(got.count("@dpa"));     // the agency credit is no story feature
  EXPECT_FALSE(got.count("hamburg"));  // a name counts once, as an entity
  EXPECT_FALSE(got.count("sagt"));     // reporting verb: stop word
  EXPECT_FALSE(got.count("der"));
}

TEST(FeatureExtractor, CorpusVocabularySplitsCompoundsAndFindsMissedNames) {
  const std::vector<Document> docs = {
      MakeDoc("a", "Die Arbeiter im Hafen streiken. Kreta bebt.", At(2026, 1, 1),
              {{"Kreta", "", EntityType::kLoc}}),
      MakeDoc("b", "Der Hafen steht still, die Arbeiter warten.", At(2026, 1, 1)),
      MakeDoc("c", "Hafenarbeiter legen die Arbeit nieder. Auf Kreta ist es ruhig.",
              At(2026, 1, 2)),
  };
  FeatureExtractor fx;
  std::unordered_map<uint64_t, std::string> names;
  fx.set_term_names(&names);
  DocumentFrequencies df;
  for (const Document& d : docs) df.Add(fx.Extract(d));
  const std::set<std::string> alone = Names(fx.Extract(docs[2]), names);
  EXPECT_FALSE(alone.count("@kreta"));
  const std::set<std::string> with_vocab = Names(fx.Extract(docs[2], &df), names);
  EXPECT_TRUE(with_vocab.count("hafenarbeit"));
  EXPECT_TRUE(with_vocab.count("arbeit"));  // head of the compound, a word of its own elsewhere
  EXPECT_TRUE(with_vocab.count("@kreta"));  // recognised in "a", missed in "c"
}

TEST(FeatureExtractor, GermanAndEnglishReportsMeetThroughNeutralTerms) {
  const std::vector<story_testing::EntitySpec> e = {
      {"Kreta", "e:crete"}, {"Crete", "e:crete"}, {"Heraklion", "e:heraklion"}};
  std::vector<Document> docs = {
      MakeDoc("de",
              "Ein Erdbeben der Stärke 6,1 hat Kreta erschüttert. Das Zentrum lag 30 "
              "Kilometer südlich von Heraklion.",
              At(2026, 10, 12), e),
      MakeDoc("en", "A magnitude 6.1 earthquake struck Crete, 30 kilometers south of Heraklion.",
              At(2026, 10, 12), e),
      MakeDoc("other", "Im Bundestag wurde am Dienstag über den Haushalt 2027 beraten.",
              At(2026, 10, 12)),
  };
  docs[0].language = "de";
  docs[1].language = "en";
  FeatureExtractor fx;
  DocumentFrequencies df;
  for (const Document& d : docs) df.Add(fx.Extract(d));
  std::vector<DocVector> v;
  for (const Document& d : docs)
    v.push_back(fx.Weigh(fx.Extract(d, &df), LanguageCode(d.language), df));
  const PairSimilarity same = Compare(v[0], v[1]);
  EXPECT_EQ(same.words, 0.0);  // no shared words across languages
  EXPECT_GT(same.neutral, 0.5);
  EXPECT_LT(Compare(v[0], v[2]).neutral, 0.1);
  // Weighted vectors have unit length.
  double norm = 0;
  for (const Term& t : v[0].terms) norm += double(t.weight) * t.weight;
  EXPECT_NEAR(norm, 1.0, 1e-4);
}

}  // namespace
}  // namespace tri::story

// GermEval TSV handling, the chunk metric, and the trainer (deterministic, learns a toy task).
#include "annotate/entities/conll.h"

#include <gtest/gtest.h>

#include "annotate/entities/entities.h"
#include "annotate/entities/training.h"

namespace tri::ner {
namespace {

constexpr char kTsv[] =
    "#\tsource one\t[2020-01-01]\t\n"
    "1\tAnna\tB-PER\tO\n2\tfährt\tO\tO\n3\tnach\tO\tO\n4\tOslo\tB-LOC\tO\n\n"
    "#\tsource two\t[2020-01-02]\t\n"
    "1\tDie\tO\tO\n2\tUniversität\tB-ORG\tO\n3\tBergen\tI-ORG\tB-LOC\n4\t.\tO\tO\n";

TEST(Conll, RoundTrips) {
  auto s = ParseGermEval(kTsv);
  ASSERT_TRUE(s.ok());
  ASSERT_EQ(s->size(), 2u);
  EXPECT_EQ((*s)[1].tokens[2].inner, "B-LOC");
  EXPECT_EQ(FormatGermEval(*s), kTsv);
  EXPECT_FALSE(ParseGermEval("1\n").ok());
}

TEST(Conll, ChunksFollowConllConventions) {
  const auto c = ChunksFromBio(0, {"I-PER", "I-PER", "O", "B-LOC", "I-ORG", "B-LOC", "I-LOC"});
  ASSERT_EQ(c.size(), 4u);
  EXPECT_EQ(c[0].type, "PER");
  EXPECT_EQ(c[0].end, 2u);
  EXPECT_EQ(c[2].type, "ORG");  // I-ORG after B-LOC opens a new chunk
  EXPECT_EQ(c[3].begin, 5u);
  EXPECT_EQ(c[3].end, 7u);
}

TEST(Conll, StrictScoresCountBoundariesAndTypes) {
  auto gold = ParseGermEval(kTsv);
  auto pred = ParseGermEval(kTsv);
  (*pred)[0].tokens[3].outer = "B-ORG";  // wrong type
  (*pred)[1].tokens[2].outer = "O";      // cut short
  (*pred)[1].tokens[2].inner = "O";
  const GermEvalScores s = ScoreGermEval(*gold, *pred);
  EXPECT_EQ(s.outer.overall.tp, 1);
  EXPECT_EQ(s.outer.overall.fp, 2);
  EXPECT_EQ(s.outer.overall.fn, 2);
  EXPECT_EQ(s.inner.overall.fn, 1);
  EXPECT_EQ(s.combined.overall.tp, 1);
  EXPECT_NEAR(s.outer.overall.f1(), 100.0 / 3, 1e-9);
}

std::vector<ConllSentence> ToyData() {
  // Names after "Frau"/"Herr" are persons, capitalised words after "in" places.
  std::vector<ConllSentence> out;
  const char* names[] = {"Alma", "Berit", "Cora", "Dina", "Elin", "Fenja", "Greta", "Hanna"};
  const char* places[] = {"Arlo", "Borin", "Cesk", "Dorn", "Eskil", "Farun", "Gellin", "Hovik"};
  for (int i = 0; i < 64; ++i) {
    ConllSentence s;
    auto add = [&](const char* tok, const char* label) {
      s.tokens.push_back({std::to_string(s.tokens.size() + 1), tok, label, "O"});
    };
    add(i % 2 ? "Frau" : "Herr", "O");
    add(names[i % 8], "B-PER");
    add("wohnt", "O");
    add("in", "O");
    add(places[(i * 3) % 8], "B-LOC");
    add(".", "O");
    out.push_back(std::move(s));
  }
  return out;
}

TEST(Trainer, IsDeterministicAndLearns) {
  auto gaz = Gazetteer::Parse("role\tfrau\t-\nrole\therr\t-\n");
  ASSERT_TRUE(gaz.ok());
  NerTrainOptions options;
  options.outer.epochs = 5;
  const std::string a = TrainRecognizerModel(ToyData(), *gaz, nullptr, options);
  const std::string b = TrainRecognizerModel(ToyData(), *gaz, nullptr, options);
  EXPECT_EQ(a, b);
  auto rec = EntityRecognizer::FromParts(*gaz, nullptr, a);
  ASSERT_TRUE(rec.ok()) << rec.status().ToString();
  const SentenceLabels l = (*rec)->TagTokens({"Frau", "Ilka", "wohnt", "in", "Ivrea", "."});
  EXPECT_EQ(l.outer[1], "B-PER");
  EXPECT_EQ(l.outer[4], "B-LOC");
  EXPECT_EQ(l.outer[2], "O");
}

}  // namespace
}  // namespace tri::ner

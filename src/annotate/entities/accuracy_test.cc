// Accuracy gate (label `accuracy`): 10-fold cross-validation on the GermEval 2014 dev data in
// ../shared, training at test time on nine folds and tagging the held-out tenth, exactly as
// `ner_eval --cv 10` does. The shipped model is trained on all 2,200 sentences, so it is never
// scored here. Thresholds sit a little under the measured figures (see data/ner/SOURCES).
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <sstream>

#include "annotate/entities/entities.h"
#include "annotate/entities/training.h"

namespace tri::ner {
namespace {

std::string Read(const std::filesystem::path& p) {
  std::ifstream in(p, std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

TEST(NerAccuracy, CrossValidatedGermEvalF1) {
  const auto data_path = std::filesystem::path(TRI_SHARED_DIR) / "data/germeval2014/NER-de-dev.tsv";
  if (!std::filesystem::exists(data_path)) GTEST_SKIP() << "no " << data_path;
  auto data = ParseGermEval(Read(data_path));
  ASSERT_TRUE(data.ok());
  auto gaz =
      Gazetteer::Parse(Read(std::filesystem::path(TRI_SOURCE_DIR) / "data/ner/gazetteer.tsv"));
  ASSERT_TRUE(gaz.ok());
  auto lex = Lexicon::Parse(Read(std::filesystem::path(TRI_SOURCE_DIR) / "data/ner/lexicon.bin"));
  ASSERT_TRUE(lex.ok());
  constexpr int kFolds = 10;
  std::vector<ConllSentence> predicted(data->size());
  for (int f = 0; f < kFolds; ++f) {
    std::vector<ConllSentence> train;
    for (size_t i = 0; i < data->size(); ++i) {
      if (!InFold(i, data->size(), f, kFolds)) train.push_back((*data)[i]);
    }
    auto rec = EntityRecognizer::FromParts(*gaz, *lex, TrainRecognizerModel(train, *gaz, *lex, {}));
    ASSERT_TRUE(rec.ok());
    for (size_t i = 0; i < data->size(); ++i) {
      if (!InFold(i, data->size(), f, kFolds)) continue;
      predicted[i] = (*data)[i];
      std::vector<std::string_view> tokens;
      for (const auto& t : predicted[i].tokens) tokens.push_back(t.token);
      const SentenceLabels l = (*rec)->TagTokens(tokens);
      for (size_t k = 0; k < tokens.size(); ++k) {
        predicted[i].tokens[k].outer = l.outer[k];
        predicted[i].tokens[k].inner = l.inner[k];
      }
    }
  }
  const GermEvalScores s = ScoreGermEval(*data, predicted);
  std::cout << FormatScores(s);
  // Measured (data/ner/SOURCES): outer 64.87, PER 76.62, LOC 69.96, ORG 51.21, combined 62.97.
  EXPECT_GE(s.outer.overall.f1(), 63.5);
  EXPECT_GE(s.outer.per_type.at("PER").f1(), 74.5);
  EXPECT_GE(s.outer.per_type.at("LOC").f1(), 68.0);
  EXPECT_GE(s.outer.per_type.at("ORG").f1(), 49.0);
  EXPECT_GE(s.combined.overall.f1(), 61.5);
}

}  // namespace
}  // namespace tri::ner

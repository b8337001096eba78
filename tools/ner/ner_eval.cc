// GermEval 2014 evaluation of the recogniser (strict chunks: outer, inner, combined = official
// M1), per type and overall.
//   ner_eval --cv K --data NER-de-dev.tsv --gazetteer data/ner/gazetteer.tsv
//            --lexicon data/ner/lexicon.bin
//       K-fold cross-validation: for each fold, trains on the other K-1 folds (contiguous blocks
//       of sentences) and tags the held-out fold; prints the pooled held-out scores.
//   ner_eval --gold GOLD.tsv --pred PRED.tsv
//       scores a prediction file, e.g. from `triangulate annotate --conll GOLD.tsv`.
//   ner_eval --data TSV --gazetteer TSV --lexicon BIN --model MODEL.bin
//       scores a trained model on a file (--lexicon is optional: models trained without one).
//   --out PRED.tsv (with --cv or --model) also writes the predictions, for error analysis.
#include <chrono>
#include <fstream>
#include <iostream>
#include <sstream>
#include <string>

#include "annotate/entities/entities.h"
#include "annotate/entities/training.h"
#include "tool_util.h"

namespace {

using tri::ner::ConllSentence;
using tri::ner_tools::ReadFile;
using tri::ner_tools::Store;

std::vector<ConllSentence> Tag(const tri::EntityRecognizer& r, std::vector<ConllSentence> s) {
  for (ConllSentence& sent : s) {
    std::vector<std::string_view> tokens;
    for (const auto& t : sent.tokens) tokens.push_back(t.token);
    const tri::SentenceLabels labels = r.TagTokens(tokens);
    for (size_t i = 0; i < sent.tokens.size(); ++i) {
      sent.tokens[i].outer = labels.outer[i];
      sent.tokens[i].inner = labels.inner[i];
    }
  }
  return s;
}

int Fail(const std::string& m) {
  std::cerr << "ner_eval: " << m << "\n";
  return 1;
}

}  // namespace

int main(int argc, char** argv) {
  std::string data_path, gaz_path, lex_path, model_path, gold_path, pred_path, out_path;
  int folds = 0, epochs = 12;
  uint64_t seed = tri::ner::TrainOptions().seed;
  int augment = tri::ner::AugmentOptions().copies;
  double augment_rate = tri::ner::AugmentOptions().replace_rate;
  std::string unknown;
  if (!tri::ner_tools::ParseFlags(argc, argv,
                                  {{"--data", Store(data_path)},
                                   {"--gazetteer", Store(gaz_path)},
                                   {"--lexicon", Store(lex_path)},
                                   {"--model", Store(model_path)},
                                   {"--gold", Store(gold_path)},
                                   {"--pred", Store(pred_path)},
                                   {"--out", Store(out_path)},
                                   {"--cv", Store(folds)},
                                   {"--epochs", Store(epochs)},
                                   {"--seed", Store(seed)},
                                   {"--augment", Store(augment)},
                                   {"--augment-rate", Store(augment_rate)}},
                                  unknown)) {
    return Fail("unknown option " + unknown);
  }
  std::string text;
  if (!gold_path.empty()) {
    std::string pred_text;
    if (!ReadFile(gold_path, text) || !ReadFile(pred_path, pred_text)) return Fail("cannot read");
    auto gold = tri::ner::ParseGermEval(text);
    auto pred = tri::ner::ParseGermEval(pred_text);
    if (!gold.ok() || !pred.ok()) return Fail("bad TSV");
    if (gold->size() != pred->size()) return Fail("gold and prediction differ in sentences");
    std::cout << tri::ner::FormatScores(tri::ner::ScoreGermEval(*gold, *pred));
    return 0;
  }
  std::string gaz_text;
  if (!ReadFile(data_path, text) || !ReadFile(gaz_path, gaz_text)) return Fail("cannot read");
  auto data = tri::ner::ParseGermEval(text);
  auto gaz = tri::ner::Gazetteer::Parse(gaz_text);
  if (!data.ok() || !gaz.ok()) return Fail("bad data or gazetteer");
  std::shared_ptr<const tri::ner::Lexicon> lexicon;
  if (!lex_path.empty()) {
    std::string lex_bytes;
    if (!ReadFile(lex_path, lex_bytes)) return Fail("cannot read " + lex_path);
    auto parsed = tri::ner::Lexicon::Parse(lex_bytes);
    if (!parsed.ok()) return Fail(parsed.status().ToString());
    lexicon = *parsed;
  }
  std::vector<ConllSentence> predicted(data->size());
  if (folds > 1) {
    tri::ner::NerTrainOptions options;
    options.outer.epochs = epochs;
    options.outer.seed = options.inner.seed = seed;
    options.augment.copies = augment;
    options.augment.replace_rate = augment_rate;
    for (int f = 0; f < folds; ++f) {
      std::vector<ConllSentence> train, test;
      std::vector<size_t> test_ids;
      for (size_t i = 0; i < data->size(); ++i) {
        if (tri::ner::InFold(i, data->size(), f, folds)) {
          test.push_back((*data)[i]);
          test_ids.push_back(i);
        } else {
          train.push_back((*data)[i]);
        }
      }
      const std::string model = tri::ner::TrainRecognizerModel(train, *gaz, lexicon, options);
      auto r = tri::EntityRecognizer::FromParts(*gaz, lexicon, model);
      if (!r.ok()) return Fail(r.status().ToString());
      const auto tagged = Tag(**r, test);
      for (size_t k = 0; k < tagged.size(); ++k) predicted[test_ids[k]] = tagged[k];
      const auto fold_scores = tri::ner::ScoreGermEval(test, tagged);
      std::cerr << "fold " << f << ": " << test.size() << " sentences, outer F1 "
                << fold_scores.outer.overall.f1() << "\n";
    }
    std::cout << folds << "-fold cross-validation on " << data_path << " (" << data->size()
              << " sentences; every figure is on held-out folds)\n";
  } else {
    std::string model;
    if (!ReadFile(model_path, model)) return Fail("cannot read model");
    auto r = tri::EntityRecognizer::FromParts(*gaz, lexicon, model);
    if (!r.ok()) return Fail(r.status().ToString());
    predicted = Tag(**r, *data);
    std::cout << "model " << model_path << " on " << data_path << "\n";
  }
  std::cout << tri::ner::FormatScores(tri::ner::ScoreGermEval(*data, predicted));
  if (!out_path.empty()) {
    std::ofstream out(out_path, std::ios::binary);
    out << tri::ner::FormatGermEval(predicted);
    if (!out) return Fail("cannot write " + out_path);
  }
  return 0;
}

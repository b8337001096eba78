#include "annotate/entities/training.h"

#include "annotate/entities/features.h"
#include "annotate/entities/model.h"

namespace tri::ner {

const std::vector<std::string>& GermEvalLabels() {
  static const std::vector<std::string> kLabels = [] {
    std::vector<std::string> l = {"O"};
    for (const char* type : {"PER", "ORG", "LOC", "OTH"}) {
      for (const char* variant : {"", "deriv", "part"}) {
        l.push_back(std::string("B-") + type + variant);
        l.push_back(std::string("I-") + type + variant);
      }
    }
    return l;
  }();
  return kLabels;
}

namespace {

uint16_t LabelId(const std::string& label) {
  const auto& labels = GermEvalLabels();
  for (size_t i = 0; i < labels.size(); ++i) {
    if (labels[i] == label) return static_cast<uint16_t>(i);
  }
  return 0;  // unknown labels count as O
}

}  // namespace

std::string TrainRecognizerModel(const std::vector<ConllSentence>& data,
                                 std::shared_ptr<const Gazetteer> gazetteer,
                                 std::shared_ptr<const Lexicon> lexicon,
                                 const NerTrainOptions& options) {
  FeatureExtractor fx(std::move(gazetteer), std::move(lexicon));
  std::vector<TrainingSentence> outer, inner;
  std::vector<std::string_view> tokens, outer_labels;
  for (const ConllSentence& s : data) {
    tokens.clear();
    outer_labels.clear();
    TrainingSentence o, i;
    for (const ConllToken& t : s.tokens) {
      tokens.push_back(t.token);
      outer_labels.push_back(t.outer);
      o.gold.push_back(LabelId(t.outer));
      i.gold.push_back(LabelId(t.inner));
    }
    fx.Extract(tokens, o.features);
    outer.push_back(std::move(o));
    // The inner model only ever runs on sentences with outer entities.
    bool any = false;
    for (std::string_view l : outer_labels) any |= l != "O";
    if (!any) continue;
    fx.Extract(tokens, i.features, &outer_labels);
    inner.push_back(std::move(i));
  }
  for (const ConllSentence& s : AugmentByMentionReplacement(data, options.augment)) {
    tokens.clear();
    TrainingSentence o;
    for (const ConllToken& t : s.tokens) {
      tokens.push_back(t.token);
      o.gold.push_back(LabelId(t.outer));
    }
    fx.Extract(tokens, o.features);
    outer.push_back(std::move(o));
  }
  std::string bytes;
  TrainPerceptron(outer, GermEvalLabels(), options.outer).Serialize(bytes);
  TrainPerceptron(inner, GermEvalLabels(), options.inner).Serialize(bytes);
  return bytes;
}

bool InFold(size_t sentence, size_t total, int fold, int folds) {
  return total > 0 && static_cast<int>(sentence * folds / total) == fold;
}

}  // namespace tri::ner

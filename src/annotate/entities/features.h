// Feature extraction for the NER tagger: word, affix, shape, context, gazetteer, compound-part
// and place-adjective features of each token of a sentence, as 64-bit hashes (template id as the
// hash seed). Training (tools/ner) and tagging call the same code, so the shipped model and the
// run-time features cannot drift apart. Word-list flags and word clusters come from the Lexicon
// (optional: without one those features are simply absent). Works on token strings only: GermEval
// tokens and the text stage's tokens are treated alike.
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "annotate/entities/gazetteer.h"
#include "annotate/entities/lexicon.h"

namespace tri::ner {

struct SentenceFeatures {
  std::vector<uint64_t> hashes;   // all features, token after token
  std::vector<uint32_t> offsets;  // token t: hashes[offsets[t], offsets[t + 1])
  size_t size() const { return offsets.empty() ? 0 : offsets.size() - 1; }
};

class FeatureExtractor {
 public:
  FeatureExtractor(std::shared_ptr<const Gazetteer> gazetteer,
                   std::shared_ptr<const Lexicon> lexicon)
      : gaz_(std::move(gazetteer)), lex_(std::move(lexicon)) {}

  // `extra`, when given, holds one string per token added as a feature with its neighbours
  // (the inner-entity model sees the outer labels that way).
  void Extract(const std::vector<std::string_view>& tokens, SentenceFeatures& out,
               const std::vector<std::string_view>* extra = nullptr) const;

  const Gazetteer& gazetteer() const { return *gaz_; }

 private:
  std::shared_ptr<const Gazetteer> gaz_;
  std::shared_ptr<const Lexicon> lex_;  // may be null
};

}  // namespace tri::ner

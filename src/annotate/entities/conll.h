// GermEval 2014 TSV (`index TAB token TAB outer TAB inner`, `#` comment lines, blank line between
// sentences): reading, writing with replaced label columns, and the task's chunk metric
// (strict: a predicted chunk counts only with exactly the gold boundaries and label, deriv/part
// included; chunks follow CoNLL conventions, so an I-X after O or another type opens a chunk).
// Used by `triangulate annotate --conll`, tools/ner and the accuracy tests.
#pragma once

#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "core/status.h"

namespace tri::ner {

struct ConllToken {
  std::string index, token, outer, inner;
};

struct ConllSentence {
  std::vector<std::string> comments;  // the `#` lines before the sentence, as read
  std::vector<ConllToken> tokens;
};

// Fails (naming the line) on a token line with fewer than two columns. Missing label columns
// read as "O", so unlabelled two-column input can be tagged too.
Result<std::vector<ConllSentence>> ParseGermEval(std::string_view text);
std::string FormatGermEval(const std::vector<ConllSentence>& sentences);

struct Chunk {
  size_t sentence = 0, begin = 0, end = 0;  // tokens [begin, end)
  std::string type;                         // "PER", "LOCderiv", ...
  friend auto operator<=>(const Chunk&, const Chunk&) = default;
};

std::vector<Chunk> ChunksFromBio(size_t sentence, const std::vector<std::string>& labels);

struct Prf {
  long tp = 0, fp = 0, fn = 0;
  double precision() const { return tp + fp ? 100.0 * tp / (tp + fp) : 0.0; }
  double recall() const { return tp + fn ? 100.0 * tp / (tp + fn) : 0.0; }
  double f1() const {
    const double p = precision(), r = recall();
    return p + r > 0 ? 2 * p * r / (p + r) : 0.0;
  }
  void Add(const Prf& o) { tp += o.tp, fp += o.fp, fn += o.fn; }
};

struct ChunkScores {
  std::map<std::string, Prf> per_type;
  Prf overall;
  void Add(const std::vector<Chunk>& gold, const std::vector<Chunk>& predicted);
};

// Outer (column 3), inner (column 4) and combined (both levels pooled: the official GermEval
// 2014 "strict, combined" figure) scores of predicted against gold sentences (same tokens).
struct GermEvalScores {
  ChunkScores outer, inner, combined;
};
GermEvalScores ScoreGermEval(const std::vector<ConllSentence>& gold,
                             const std::vector<ConllSentence>& predicted);
std::string FormatScores(const GermEvalScores& scores);

}  // namespace tri::ner

#include "annotate/entities/augment.h"

#include <map>
#include <string>

namespace tri::ner {
namespace {

uint64_t Next(uint64_t& state) {
  uint64_t z = (state += 0x9E3779B97F4A7C15ull);
  z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
  z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
  return z ^ (z >> 31);
}

struct Mention {
  size_t begin, end;  // tokens [begin, end)
  std::string type;   // "PER", "LOCderiv", ...
  bool replaceable;   // no inner entity inside
};

std::vector<Mention> Mentions(const ConllSentence& s) {
  std::vector<Mention> out;
  const size_t n = s.tokens.size();
  for (size_t i = 0; i < n;) {
    const std::string& l = s.tokens[i].outer;
    if (l.size() < 3 || l == "O") {
      ++i;
      continue;
    }
    const std::string type = l.substr(2);
    size_t j = i + 1;
    while (j < n && s.tokens[j].outer == "I-" + type) ++j;
    bool inner = false;
    for (size_t k = i; k < j; ++k) inner |= s.tokens[k].inner != "O";
    out.push_back({i, j, type, !inner});
    i = j;
  }
  return out;
}

}  // namespace

std::vector<ConllSentence> AugmentByMentionReplacement(const std::vector<ConllSentence>& data,
                                                       const AugmentOptions& options) {
  // Pool of names per type (plain types only: deriv/part forms depend on their word).
  std::map<std::string, std::vector<std::vector<std::string>>> pool;
  for (const ConllSentence& s : data) {
    for (const Mention& m : Mentions(s)) {
      if (!m.replaceable || m.type.size() != 3) continue;
      std::vector<std::string> words;
      for (size_t k = m.begin; k < m.end; ++k) words.push_back(s.tokens[k].token);
      pool[m.type].push_back(std::move(words));
    }
  }
  std::vector<ConllSentence> out;
  uint64_t rng = options.seed;
  for (const ConllSentence& s : data) {
    const std::vector<Mention> mentions = Mentions(s);
    bool any = false;
    for (const Mention& m : mentions) any |= m.replaceable && pool.count(m.type);
    if (!any) continue;
    for (int c = 0; c < options.copies; ++c) {
      ConllSentence copy;
      size_t next = 0;
      auto keep = [&](size_t end) {
        for (; next < end; ++next) {
          ConllToken t = s.tokens[next];
          t.inner = "O";
          copy.tokens.push_back(std::move(t));
        }
      };
      for (const Mention& m : mentions) {
        const auto it = pool.find(m.type);
        const bool replace =
            m.replaceable && it != pool.end() &&
            static_cast<double>(Next(rng) >> 11) * 0x1.0p-53 < options.replace_rate;
        keep(replace ? m.begin : m.end);
        if (!replace) continue;
        const auto& name = it->second[Next(rng) % it->second.size()];
        for (size_t k = 0; k < name.size(); ++k) {
          copy.tokens.push_back({std::to_string(copy.tokens.size() + 1), name[k],
                                 (k == 0 ? "B-" : "I-") + m.type, "O"});
        }
        next = m.end;
      }
      keep(s.tokens.size());
      out.push_back(std::move(copy));
    }
  }
  return out;
}

}  // namespace tri::ner

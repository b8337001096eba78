// IdentifyLanguage: German vs English by multinomial naive Bayes over character n-grams
// (orders 1-4, the trained profile data/langid/profile.tsv), then an "is it either?" check:
// enough text, mostly Latin script, and for longer snippets a plausible share of the winning
// language's function words (data/langid/function_words.tsv) and of its known trigrams.
// French, Polish or Dutch text scores low on both and comes out "und".
#include <unicode/uchar.h>

#include <array>
#include <cmath>
#include <cstdlib>
#include <string>
#include <unordered_map>
#include <unordered_set>

#include "text/langid_features.h"
#include "text/text.h"

namespace tri::embedded {
std::string_view LangidProfile();
std::string_view LangidFunctionWords();
}  // namespace tri::embedded

namespace tri::text {

char32_t LowerForLangid(char32_t cp) {
  if (cp < 0x80) return cp >= 'A' && cp <= 'Z' ? cp + 32 : cp;
  return static_cast<char32_t>(u_tolower(static_cast<UChar32>(cp)));
}

namespace {

// Decision constants, tuned with tools/langid/langid_eval (see data/langid/SOURCES).
constexpr size_t kSampleBytes = 16 * 1024;  // enough for any decision, bounds the cost
constexpr size_t kMinLetters = 8;           // fewer letters: too little text
constexpr double kMaxOtherScript = 0.3;     // share of non-Latin letters that makes it "und"
constexpr size_t kCheckWords = 6;           // from this many words on, check function words
constexpr double kMinFunctionWords = 0.10;  // share of the winner's function words
constexpr double kMinKnownTrigrams = 0.86;  // share of trigrams seen in the winner's training
constexpr double kShortMargin = 4.0;        // log-odds needed when there are fewer words
constexpr double kTemper = 0.25;            // naive Bayes overcounts correlated n-grams
constexpr float kSmoothing = 0.5f;          // additive smoothing of n-gram counts

constexpr int kDe = 0, kEn = 1;
constexpr const char* kNames[2] = {"de", "en"};

struct GramEntry {
  std::array<float, 2> logp;
  std::array<bool, 2> seen;
};

class Model {
 public:
  static const Model& Get() {
    static const Model kModel;  // immutable after construction
    return kModel;
  }

  std::unordered_map<uint64_t, GramEntry> grams;
  std::array<std::array<float, 2>, kMaxGramOrder + 1> unseen{};
  std::array<std::unordered_set<std::u32string>, 2> function_words;

 private:
  Model() {
    struct Raw {
      uint64_t hash;
      int order;
      std::array<double, 2> count;
    };
    std::vector<Raw> raw;
    std::array<std::array<double, 2>, kMaxGramOrder + 1> total{};
    std::array<double, kMaxGramOrder + 1> distinct{};
    ForEachLine(embedded::LangidProfile(), [&](std::string_view line) {
      std::array<std::string_view, 4> f;
      if (Split(line, f) < 3) return;
      if (f[0] == "!total") {
        const int order = static_cast<int>(Num(f[1]));
        if (order >= 1 && order <= kMaxGramOrder && !f[3].empty()) {
          total[order] = {Num(f[2]), Num(f[3])};
        }
        return;
      }
      const std::u32string gram = ToU32(f[0]);
      const int order = static_cast<int>(gram.size());
      if (order < 1 || order > kMaxGramOrder) return;
      raw.push_back({GramHash(gram), order, {Num(f[1]), Num(f[2])}});
      distinct[order] += 1;
    });
    for (int o = 1; o <= kMaxGramOrder; ++o) {
      for (int l = 0; l < 2; ++l) {
        unseen[o][l] = static_cast<float>(
            std::log(kSmoothing / (total[o][l] + kSmoothing * (distinct[o] + 1)) + 1e-30));
      }
    }
    grams.reserve(raw.size());
    for (const Raw& r : raw) {
      GramEntry e;
      for (int l = 0; l < 2; ++l) {
        e.logp[l] = static_cast<float>(std::log(
            (r.count[l] + kSmoothing) / (total[r.order][l] + kSmoothing * (distinct[r.order] + 1)) +
            1e-30));
        e.seen[l] = r.count[l] > 0;
      }
      grams.emplace(r.hash, e);
    }
    ForEachLine(embedded::LangidFunctionWords(), [&](std::string_view line) {
      std::array<std::string_view, 4> f;
      if (Split(line, f) < 2) return;
      if (f[0] == "de") function_words[kDe].insert(ToU32(f[1]));
      if (f[0] == "en") function_words[kEn].insert(ToU32(f[1]));
    });
  }

  template <typename Fn>
  static void ForEachLine(std::string_view data, Fn&& fn) {
    size_t pos = 0;
    while (pos < data.size()) {
      size_t nl = data.find('\n', pos);
      if (nl == std::string_view::npos) nl = data.size();
      const std::string_view line = data.substr(pos, nl - pos);
      if (!line.empty() && line[0] != '#') fn(line);
      pos = nl + 1;
    }
  }
  static size_t Split(std::string_view line, std::array<std::string_view, 4>& f) {
    size_t n = 0, pos = 0;
    while (n < f.size() && pos <= line.size()) {
      size_t tab = line.find('\t', pos);
      if (tab == std::string_view::npos) tab = line.size();
      f[n++] = line.substr(pos, tab - pos);
      pos = tab + 1;
    }
    return n;
  }
  static double Num(std::string_view s) { return std::strtod(std::string(s).c_str(), nullptr); }
  static std::u32string ToU32(std::string_view s) {
    std::u32string out;
    size_t i = 0;
    while (i < s.size()) out.push_back(DecodeAt(s, i));
    return out;
  }
};

}  // namespace

LangidDetail ExplainLanguage(std::string_view text) {
  const Model& m = Model::Get();
  LangidDetail d;
  std::array<double, 2> score{};
  std::array<size_t, 2> fw{}, known3{};
  std::u32string key;
  ForEachFeature(
      text, kSampleBytes, d.script,
      [&](std::u32string_view w) {
        ++d.words;
        key.assign(w);
        for (int l = 0; l < 2; ++l) fw[l] += m.function_words[l].count(key);
      },
      [&](std::u32string_view g, int order) {
        const auto it = m.grams.find(GramHash(g));
        if (order == 3) ++d.trigrams;
        for (int l = 0; l < 2; ++l) {
          if (it == m.grams.end()) {
            score[l] += m.unseen[order][l];
          } else {
            score[l] += it->second.logp[l];
            if (order == 3) known3[l] += it->second.seen[l];
          }
        }
      });
  d.log_odds_de = (score[kDe] - score[kEn]) * kTemper;
  for (int l = 0; l < 2; ++l) {
    d.function_words[l] = d.words ? static_cast<double>(fw[l]) / d.words : 0.0;
    d.known_trigrams[l] = d.trigrams ? static_cast<double>(known3[l]) / d.trigrams : 0.0;
  }
  return d;
}

}  // namespace tri::text

namespace tri {

LanguageGuess IdentifyLanguage(std::string_view text) {
  using namespace text;
  const LangidDetail d = ExplainLanguage(text);
  LanguageGuess guess;
  const size_t letters = d.script.latin_letters + d.script.other_letters;
  if (letters < kMinLetters) return guess;
  const int best = d.log_odds_de >= 0 ? kDe : kEn;
  guess.confidence = static_cast<float>(1.0 / (1.0 + std::exp(-std::abs(d.log_odds_de))));
  if (static_cast<double>(d.script.other_letters) > kMaxOtherScript * letters) return guess;
  if (d.known_trigrams[best] < kMinKnownTrigrams) return guess;
  if (d.words >= kCheckWords ? d.function_words[best] < kMinFunctionWords
                             : std::abs(d.log_odds_de) < kShortMargin) {
    return guess;
  }
  guess.language = kNames[best];
  return guess;
}

}  // namespace tri

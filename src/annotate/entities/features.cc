#include "annotate/entities/features.h"

#include <algorithm>

#include "annotate/entities/fold.h"
#include "core/hash.h"

namespace tri::ner {
namespace {

// Template ids: changing one changes the model's feature hashes (retrain after edits).
enum Template : uint64_t {
  kBias = 1,
  kLower,
  kRaw,
  kPrefix,
  kSuffix,
  kShape,
  kFirstCap,
  kPrevW,
  kNextW,
  kPrev2W,
  kNext2W,
  kPrevCur,
  kCurNext,
  kShapeCtx,
  kGazB,
  kGazI,
  kGazPrev,
  kGazNext,
  kDeriv,
  kCityEr,
  kHyphenHead,
  kHyphenTail,
  kHyphenGaz,
  kCompoundGaz,
  kRoleTail,
  kPrevRole,
  kOrgWordNext,
  kAllCaps,
  kInQuote,
  kLength,
  kExtra,
  kExtraCtx,
  kPrevShapeCur,
  kGenitiveGaz,
  kTailRole2,
  kLexFlagT,
  kLexSig,
  kLexPrevSig,
  kLexNextSig,
  kCluster0,
  kCluster1,
  kCluster2,
  kClusterPrev,
  kClusterNext,
  kClusterCap,
  kCompoundHead,
  kCompoundMod,
  kHyphenLex,
  kOrgTail,
  kNeighbourSuffix,
};

// Lexicon flags that tell names from common words; their combination is one feature.
constexpr uint16_t kSignatureFlags =
    kLexNoun | kLexLower | kLexCap | kLexAbbr | kLexSurname | kLexFirst | kLexPerson;

bool IsQuote(std::string_view t) {
  return t == "\"" || t == "„" || t == "“" || t == "”" || t == "»" || t == "«" || t == "‚" ||
         t == "‘" || t == "’" || t == "'" || t == "''" || t == "``";
}

class Emitter {
 public:
  explicit Emitter(std::vector<uint64_t>& out) : out_(out) {}
  void Add(Template t, std::string_view v) { out_.push_back(Hash64(v, t)); }
  void Add(Template t, std::string_view a, std::string_view b) {
    buf_.assign(a);
    buf_.push_back('\x1f');
    buf_.append(b);
    out_.push_back(Hash64(buf_, t));
  }

 private:
  std::vector<uint64_t>& out_;
  std::string buf_;
};

// The longest gazetteer name (3+ bytes) that a compound starts with: "deutschlandreise" ->
// country. Only kinds that name places or organisations count.
int CompoundPrefixKind(const Gazetteer& gaz, std::string_view w) {
  for (size_t len = std::min<size_t>(w.size() - 1, 24); len >= 3; --len) {
    if (const auto* entries = gaz.Find(w.substr(0, len))) {
      for (const GazEntry& e : *entries) {
        if (e.kind <= GazKind::kOrg) return static_cast<int>(e.kind);
      }
    }
  }
  return -1;
}

// Whether the word (or the last part of a compound) is a role title: "vereinigungsminister".
bool EndsInRole(const Gazetteer& gaz, std::string_view w) {
  for (size_t start = 0; start + 4 <= w.size(); ++start) {
    if ((static_cast<unsigned char>(w[start]) & 0xC0) == 0x80) continue;
    if (gaz.Has(w.substr(start), GazKind::kRole)) return true;
  }
  return false;
}

// Whether a compound ends in an organisation head word: "bundesärztekammer", "kreditbank".
bool EndsInOrgWord(const Gazetteer& gaz, std::string_view w) {
  for (size_t start = 3; start + 3 <= w.size(); ++start) {
    if ((static_cast<unsigned char>(w[start]) & 0xC0) == 0x80) continue;
    if (gaz.Has(w.substr(start), GazKind::kOrgWord)) return true;
  }
  return false;
}

// Capitalisation class of token i: the lexicon features mean different things for a
// sentence-initial capital ("Gleich darauf") than for one inside a sentence.
std::string_view CapClass(bool first, bool upper) {
  return first ? (upper ? "F" : "f") : (upper ? "C" : "c");
}

std::string SignatureOf(const LexEntry& x, bool known_cluster) {
  std::string sig = std::to_string(x.flags & kSignatureFlags);
  if (!known_cluster) sig += "?";
  return sig;
}

void AddLexicon(Emitter& e, const std::vector<LexEntry>& lex, const std::vector<uint8_t>& cap,
                size_t i, bool first) {
  const size_t n = lex.size();
  const LexEntry& x = lex[i];
  const std::string_view cc = CapClass(first, cap[i]);
  for (int b = 0; b < kLexFlagCount; ++b) {
    if (x.flags & (1u << b)) e.Add(kLexFlagT, std::to_string(b), cc);
  }
  const std::string sig = SignatureOf(x, x.cluster[0] != 0);
  e.Add(kLexSig, sig, cc);
  if (i > 0) e.Add(kLexPrevSig, SignatureOf(lex[i - 1], true), cc);
  if (i + 1 < n) e.Add(kLexNextSig, SignatureOf(lex[i + 1], true), cc);
  static constexpr Template kLevels[kClusterLevels] = {kCluster0, kCluster1, kCluster2};
  for (int k = 0; k < kClusterLevels; ++k) {
    if (x.cluster[k] == 0) continue;
    const std::string id = std::to_string(x.cluster[k]);
    e.Add(kLevels[k], id);
    e.Add(kClusterCap, std::to_string(k) + ":" + id, cc);
    if (i > 0 && lex[i - 1].cluster[k] != 0) {
      e.Add(kClusterPrev, std::to_string(k) + ":" + std::to_string(lex[i - 1].cluster[k]));
    }
    if (i + 1 < n && lex[i + 1].cluster[k] != 0) {
      e.Add(kClusterNext, std::to_string(k) + ":" + std::to_string(lex[i + 1].cluster[k]));
    }
  }
}

// German compounds the word lists lack: a known common-noun head with its modifier
// ("Schwanitz|straße": unknown modifier, a street; "Spitzenreiter|trikots": a common noun).
void AddCompound(Emitter& e, const Lexicon& lexicon, const Gazetteer& gaz, std::string_view w,
                 std::string_view cc) {
  for (size_t start = 2; start + 4 <= w.size(); ++start) {
    if ((static_cast<unsigned char>(w[start]) & 0xC0) == 0x80) continue;
    const LexEntry head = lexicon.Find(w.substr(start));
    if (!(head.flags & kLexNoun)) continue;
    const std::string_view mod = w.substr(0, start);
    const LexEntry m = lexicon.Find(mod);
    e.Add(kCompoundHead, "noun", cc);
    if (head.cluster[1] != 0) e.Add(kCompoundHead, std::to_string(head.cluster[1]), cc);
    e.Add(kCompoundMod, SignatureOf(m, m.cluster[0] != 0), cc);
    if (const auto* entries = gaz.Find(mod)) {
      for (const GazEntry& g : *entries) e.Add(kCompoundMod, GazKindName(g.kind));
    }
    return;
  }
}

// The place a "-er" word is named after: "Bremer(n)" -> bremen, "Münchner" -> münchen,
// "Darmstädter" -> darmstadt, "Schalker" -> schalke. Returns the gazetteer kind, or -1.
int PlaceOfEr(const Gazetteer& gaz, std::string_view w) {
  static constexpr std::string_view kEndings[] = {"er", "ern", "ers"};
  static constexpr std::pair<std::string_view, std::string_view> kUmlauts[] = {
      {"ä", "a"}, {"ö", "o"}, {"ü", "u"}};
  static constexpr GazKind kKinds[] = {GazKind::kCity, GazKind::kCapital, GazKind::kRegion,
                                       GazKind::kCountry, GazKind::kTown};
  for (std::string_view ending : kEndings) {
    if (!w.ends_with(ending) || w.size() < ending.size() + 3) continue;
    const std::string stem(w.substr(0, w.size() - ending.size()));
    std::vector<std::string> candidates = {stem, stem + "en", stem + "e", stem + "n"};
    for (const auto& [from, to] : kUmlauts) {
      const size_t pos = stem.rfind(from);
      if (pos == std::string::npos) continue;
      std::string plain = stem;
      plain.replace(pos, from.size(), to);
      candidates.push_back(plain);
    }
    for (const std::string& c : candidates) {
      for (GazKind k : kKinds) {
        if (gaz.Has(c, k)) return static_cast<int>(k);
      }
    }
  }
  return -1;
}

void AddMask(Emitter& e, Template t, uint16_t mask) {
  for (unsigned k = 0; k < static_cast<unsigned>(GazKind::kCount); ++k) {
    if (mask & (1u << k)) e.Add(t, GazKindName(static_cast<GazKind>(k)));
  }
}

}  // namespace

void FeatureExtractor::Extract(const std::vector<std::string_view>& tokens, SentenceFeatures& out,
                               const std::vector<std::string_view>* extra) const {
  const size_t n = tokens.size();
  out.hashes.clear();
  out.offsets.assign(1, 0);
  std::vector<std::string> lower(n), shape(n);
  std::vector<uint8_t> role(n), in_quote(n), cap(n);
  std::vector<LexEntry> lex(lex_ ? n : 0);
  bool quoted = false;
  for (size_t i = 0; i < n; ++i) {
    lower[i] = Lower(tokens[i]);
    shape[i] = Shape(tokens[i]);
    if (IsQuote(tokens[i])) quoted = !quoted;
    in_quote[i] = quoted;
    role[i] = lower[i].size() >= 4 && EndsInRole(*gaz_, lower[i]);
    cap[i] = StartsUpper(tokens[i]);
    if (lex_) lex[i] = lex_->Find(lower[i]);
  }
  const std::vector<GazMatch> gaz = gaz_->Match(lower);
  static const std::string kBos = "<s>", kEos = "</s>";
  auto word = [&](ptrdiff_t j) -> const std::string& {
    return j < 0 ? kBos : j >= static_cast<ptrdiff_t>(n) ? kEos : lower[j];
  };
  auto shp = [&](ptrdiff_t j) -> const std::string& {
    return j < 0 ? kBos : j >= static_cast<ptrdiff_t>(n) ? kEos : shape[j];
  };

  Emitter e(out.hashes);
  for (size_t i = 0; i < n; ++i) {
    const ptrdiff_t p = static_cast<ptrdiff_t>(i);
    const std::string& w = lower[i];
    e.Add(kBias, "");
    e.Add(kLower, w);
    e.Add(kRaw, tokens[i]);
    for (size_t k = 2; k <= 4 && k < w.size(); ++k) e.Add(kPrefix, w.substr(0, k));
    for (size_t k = 2; k <= 5 && k < w.size(); ++k) e.Add(kSuffix, w.substr(w.size() - k));
    e.Add(kShape, shape[i]);
    const bool first = i == 0 || IsQuote(tokens[i - 1]) || tokens[i - 1] == ":";
    e.Add(kFirstCap, first ? (StartsUpper(tokens[i]) ? "first-cap" : "first")
                           : (StartsUpper(tokens[i]) ? "cap" : "nocap"));
    e.Add(kPrevW, word(p - 1));
    e.Add(kNextW, word(p + 1));
    e.Add(kPrev2W, word(p - 2));
    e.Add(kNext2W, word(p + 2));
    e.Add(kPrevCur, word(p - 1), w);
    e.Add(kCurNext, w, word(p + 1));
    e.Add(kShapeCtx, shp(p - 1) + " " + shape[i], shp(p + 1));
    e.Add(kPrevShapeCur, word(p - 1), shape[i]);
    AddMask(e, kGazB, gaz[i].begin);
    AddMask(e, kGazI, gaz[i].inside);
    if (i > 0) AddMask(e, kGazPrev, gaz[i - 1].begin | gaz[i - 1].inside);
    if (i + 1 < n) AddMask(e, kGazNext, gaz[i + 1].begin | gaz[i + 1].inside);
    if (!gaz_->DerivId(w).empty()) e.Add(kDeriv, StartsUpper(tokens[i]) ? "Cap" : "low");
    if (w.size() > 5 && StartsUpper(tokens[i])) {
      const int k = PlaceOfEr(*gaz_, w);
      if (k >= 0) e.Add(kCityEr, GazKindName(static_cast<GazKind>(k)));
    }
    // Genitive of a listed name: "nordkoreas", "trumps".
    if (w.size() > 3 && w.back() == 's') {
      const std::string_view stem = std::string_view(w).substr(0, w.size() - 1);
      if (const auto* entries = gaz_->Find(stem)) {
        for (const GazEntry& g : *entries) e.Add(kGenitiveGaz, GazKindName(g.kind));
      }
    }
    const size_t hyphen = w.find('-');
    if (hyphen != std::string::npos && hyphen > 0 && hyphen + 1 < w.size()) {
      const std::string_view head = std::string_view(w).substr(0, hyphen);
      const std::string_view tail = std::string_view(w).substr(w.rfind('-') + 1);
      e.Add(kHyphenHead, head);
      e.Add(kHyphenTail, tail);
      if (const auto* entries = gaz_->Find(head)) {
        for (const GazEntry& g : *entries) e.Add(kHyphenGaz, "head", GazKindName(g.kind));
      }
      if (const auto* entries = gaz_->Find(tail)) {
        for (const GazEntry& g : *entries) e.Add(kHyphenGaz, "tail", GazKindName(g.kind));
      }
      if (!gaz_->DerivId(tail).empty()) e.Add(kHyphenGaz, "tail", "deriv");
    } else if (w.size() >= 7 && StartsUpper(tokens[i]) && gaz[i].begin == 0) {
      const int k = CompoundPrefixKind(*gaz_, w);
      if (k >= 0) e.Add(kCompoundGaz, GazKindName(static_cast<GazKind>(k)));
    }
    if (role[i]) e.Add(kRoleTail, "");
    if (i > 0 && role[i - 1]) e.Add(kPrevRole, "");
    if (i > 1 && role[i - 2]) e.Add(kTailRole2, "");
    for (size_t k = i + 1; k < std::min(n, i + 4); ++k) {
      if (gaz_->Has(lower[k], GazKind::kOrgWord)) {
        e.Add(kOrgWordNext, std::to_string(k - i));
        break;
      }
    }
    if (gaz_->Has(w, GazKind::kOrgWord)) {
      e.Add(kOrgWordNext, "self");
    } else if (w.size() >= 7 && cap[i] && EndsInOrgWord(*gaz_, w)) {
      e.Add(kOrgTail, "");
    }
    // The endings of the neighbours: case and inflection ("der", "-ischen") around a name.
    if (i > 0 && lower[i - 1].size() > 3) {
      e.Add(kNeighbourSuffix, "p", std::string_view(lower[i - 1]).substr(lower[i - 1].size() - 3));
    }
    if (i + 1 < n && lower[i + 1].size() > 3) {
      e.Add(kNeighbourSuffix, "n", std::string_view(lower[i + 1]).substr(lower[i + 1].size() - 3));
    }
    if (AllUpper(tokens[i])) e.Add(kAllCaps, w.size() <= 5 ? "short" : "long");
    if (in_quote[i]) e.Add(kInQuote, "");
    e.Add(kLength, std::to_string(std::min<size_t>(w.size(), 12)));
    if (lex_) {
      AddLexicon(e, lex, cap, i, first);
      const std::string_view cc = CapClass(first, cap[i]);
      if (hyphen != std::string::npos && hyphen > 0 && hyphen + 1 < w.size()) {
        const LexEntry h = lex_->Find(std::string_view(w).substr(0, hyphen));
        const LexEntry t = lex_->Find(std::string_view(w).substr(w.rfind('-') + 1));
        e.Add(kHyphenLex, "h" + SignatureOf(h, h.cluster[0] != 0), cc);
        e.Add(kHyphenLex, "t" + SignatureOf(t, t.cluster[0] != 0), cc);
      } else if (w.size() >= 7 && cap[i] && !(lex[i].flags & (kLexNoun | kLexLower | kLexCap))) {
        AddCompound(e, *lex_, *gaz_, w, cc);
      }
    }
    if (extra != nullptr) {
      const auto& x = *extra;
      e.Add(kExtra, x[i]);
      e.Add(kExtraCtx, i > 0 ? x[i - 1] : "<s>", x[i]);
      e.Add(kExtra, x[i], w);
    }
    out.offsets.push_back(static_cast<uint32_t>(out.hashes.size()));
  }
}

}  // namespace tri::ner

// NER features of a sentence (FeatureExtractor::Extract in features.h): word shape, affixes,
// context words and quotes, plus the lexicon and gazetteer features of features_lexicon.cc.
#include "annotate/entities/features.h"

#include <algorithm>

#include "annotate/entities/features_internal.h"
#include "annotate/entities/fold.h"
#include "core/hash.h"

namespace tri::ner {

using namespace features_detail;  // NOLINT: the template ids and feature helpers

namespace {

bool IsQuote(std::string_view t) {
  return t == "\"" || t == "„" || t == "“" || t == "”" || t == "»" || t == "«" || t == "‚" ||
         t == "‘" || t == "’" || t == "'" || t == "''" || t == "``";
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

// Lexicon, gazetteer and compound features of a token for the NER model: lexicon-flag
// signatures of the word and its neighbours, compound prefixes and heads (places, roles,
// organisations), "-er" words named after places, gazetteer kind masks.
#include <algorithm>
#include <string>
#include <string_view>
#include <vector>

#include "annotate/entities/features_internal.h"
#include "annotate/entities/fold.h"

namespace tri::ner::features_detail {
namespace {

// Lexicon flags that tell names from common words; their combination is one feature.
constexpr uint16_t kSignatureFlags =
    kLexNoun | kLexLower | kLexCap | kLexAbbr | kLexSurname | kLexFirst | kLexPerson;

}  // namespace

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

}  // namespace tri::ner::features_detail

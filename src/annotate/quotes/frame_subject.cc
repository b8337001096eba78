// The subject of a German or English verb frame (FindSubject, AfterVerb in frame_util.h): the
// phrase after the finite verb or in the prefield, with bare names and pronouns preferred and
// time phrases skipped.
#include <algorithm>

#include "annotate/quotes/frame_util.h"

namespace tri::quotes {

namespace {

bool Temporal(const DocView& v, Range r) {
  const uint32_t n = FirstNoun(v, r);
  return n != UINT32_MAX && IsTemporalNoun(v.toks[n].lower);
}

// A bare name or pronoun ("Conze", "er"): with an object in the prefield it is the subject.
bool StrongSubject(const DocView& v, Range r) {
  if (r.empty()) return false;
  const std::string_view first = v.toks[r.b].lower;
  if (r.e - r.b == 1 && (first == "er" || first == "sie" || first == "wir")) return true;
  if (IsDeterminer(first) || r.e - r.b > 3) return false;
  for (uint32_t i = r.b; i < r.e; ++i) {
    if (!IsNounToken(v, i) || v.lexicon.Classify(v.toks[i].lower) != SourceClass::kNone) {
      return false;
    }
  }
  return true;
}

bool WeakSubject(const DocView& v, Range r) {
  if (r.empty() || !IsDeterminer(v.toks[r.b].lower)) return false;
  const uint32_t h = PhraseHead(v, r);
  return h < r.e && v.lexicon.Classify(v.toks[h].lower) == SourceClass::kNone &&
         !IsPersonalPronoun(v.toks[r.b].lower);
}

}  // namespace

// The phrase right after the finite verb at v2 ("sagte der Minister"), skipping "sich" and
// particles, and time phrases ("sagte Anfang Juli der Minister").
Range AfterVerb(const DocView& v, uint32_t v2, uint32_t limit) {
  uint32_t k = v2 + 1;
  for (int tries = 0; tries < 2; ++tries) {
    // Skip "sich", adverbs and "am" before the subject ("urteilte heute das Gericht").
    for (int skipped = 0; k < limit && skipped < 3; ++skipped) {
      const TokInfo& t = v.toks[k];
      const bool adverb = (t.flags & kLowerWord) && IsFunctionWord(t.lower) &&
                          !IsDeterminer(t.lower) && !IsPersonalPronoun(t.lower) &&
                          !IsPreposition(t.lower) && t.lower != "als" && t.lower != "und";
      if (!adverb) break;
      ++k;
    }
    Range r = NounPhraseAt(v, k, limit);
    if (r.empty() || !Temporal(v, r)) return r;
    k = r.e;
  }
  return {};
}

Subject FindSubject(const DocView& v, const QuoteContext& q, uint32_t b, Clause c, uint32_t v2,
                    uint32_t ce) {
  Subject s;
  s.frame_start = c.L;
  uint32_t P = c.L;
  while (P < v2) {
    const std::string_view w = v.toks[P].lower;
    if (w != "und" && w != "aber" && w != "doch" && w != "denn" && w != "sondern" && w != "auch" &&
        w != "nur" && w != "so" && w != "and" && w != "but") {
      break;
    }
    ++P;
  }
  PhraseOptions po;
  po.verb = v2;
  po.coordination = true;
  auto accept = [&](Range np, uint32_t start) {
    // "Eine Verschiebung bezeichnete Conze als fatal": an object in front of a bare name.
    Range after = AfterVerb(v, v2, ce);
    if (WeakSubject(v, np) && StrongSubject(v, after)) {
      s.speaker = after;
      return;
    }
    s.speaker = np;
    s.before_verb = true;
    s.frame_start = start;
  };
  if (P < v2) {
    Range np = NounPhraseAt(v, P, v2, po);
    // "Der Experte von Greenpeace, Martin Hoffstetter, wandte sich ...": the apposition's
    // closing comma stands before the verb.
    const bool ends = np.e == v2 || (np.e + 1 == v2 && (v.toks[np.e].flags & kComma));
    if (!np.empty() && ends && !Temporal(v, np)) {
      accept(np, c.L);
      return s;
    }
  }
  if (P < v2 && v2 > P + 1 && (v.Is(v2 - 1, "und") || v.Is(v2 - 1, "sowie"))) {
    Range np = NounPhraseAt(v, P, v2, po);  // "Die Regierung setzt auf X und hofft, dass ..."
    if (!np.empty() && !Temporal(v, np) && np.e < v2 - 1 && (v.toks[np.e].flags & kLowerWord)) {
      s.speaker = np;
      s.before_verb = true;
      return s;
    }
  }
  if (c.L > b && (v.toks[c.L - 1].flags & kComma)) {
    // "Der Leiter des Programms, Klaus Stöhr, sagte": the subject spans earlier commas.
    for (uint32_t start = b; start + 1 < c.L; ++start) {
      if (start > b && !(v.toks[start - 1].flags & kComma)) continue;
      if (q.region_of[start] >= 0) continue;
      Range np = NounPhraseAt(v, start, v2, po);
      if (np.empty()) continue;
      bool fits = np.e == v2 || np.e + 1 == c.L;
      if (!fits && np.e < c.L && (v.toks[np.e].flags & kComma) && np.e + 1 < v2 &&
          IsRelativePronoun(v.toks[np.e + 1].lower)) {
        fits = true;  // "Günther Platter, der ... hat, sagte"
      }
      if (fits) {
        accept(np, start);
        return s;
      }
    }
  }
  s.speaker = AfterVerb(v, v2, ce);
  return s;
}

}  // namespace tri::quotes

#include "annotate/quotes/frame_util.h"

#include <algorithm>

namespace tri::quotes {
namespace {

// Words after a comma that start a relative clause or a coordination, not a reported clause.
bool StartsNonComplement(const DocView& v, uint32_t n, uint32_t ce) {
  const std::string_view w = v.toks[n].lower;
  if (w == "und" || w == "oder" || w == "aber" || w == "sondern" || w == "doch" || w == "denn" ||
      w == "bevor" || w == "nachdem" || w == "weil" || w == "als" || w == "um" || w == "and" ||
      w == "but" || w == "which" || w == "who" || w == "wo" || w == "wobei" || w == "womit" ||
      w == "woraufhin" || w == "wodurch" || w == "worauf" || w == "worüber" || w == "so") {
    return true;
  }
  if (!IsRelativePronoun(w) || n + 1 >= ce) return false;
  // A clause in Konjunktiv is reported speech even when it starts like a relative clause
  // ("erklärte, die noch zu schaffende Verfassung werde ...").
  for (uint32_t k = n + 1; k < ce && !IsSeparator(v.toks[k]); ++k) {
    if ((v.toks[k].flags & kLowerWord) &&
        (IsKonjunktivI(v.toks[k].lower) || IsKonjunktivII(v.toks[k].lower))) {
      return false;
    }
  }
  // "der das Gesetz entworfen hatte", "die nichts tue": a relative clause; "die Lage sei",
  // "der erste Flug sei": a reported clause.
  const TokInfo& next = v.toks[n + 1];
  if (IsNounToken(v, n + 1) || (next.flags & kNumber)) return false;
  if (IsDeterminer(next.lower) || IsPersonalPronoun(next.lower) || IsFunctionWord(next.lower)) {
    return true;
  }
  return !IsAdjectiveLike(next, true);
}

}  // namespace

bool IsRelativePronoun(std::string_view w) {
  return w == "der" || w == "die" || w == "das" || w == "dem" || w == "den" || w == "deren" ||
         w == "dessen" || w == "denen" || w == "welche" || w == "welcher" || w == "welches" ||
         w == "who" || w == "which";
}

Clause ClauseAround(const DocView& v, const QuoteContext& q, uint32_t i, uint32_t b, uint32_t ce) {
  auto bound = [&](uint32_t k) {
    return q.region_of[k] >= 0 || (IsSeparator(v.toks[k]) && !q.in_title[k]);
  };
  uint32_t L = i;
  while (L > b && !bound(L - 1)) --L;
  uint32_t R = i + 1;
  while (R < ce && !bound(R)) ++R;
  return {L, R};
}

Complement FindComplement(const DocView& v, const QuoteContext& q, Clause c, uint32_t i,
                          uint32_t ce) {
  Complement out;
  const uint32_t R = c.R;
  if (R >= ce || R - i > 15) return out;
  auto region_at = [&](uint32_t t) -> int32_t {
    if (t >= v.toks.size()) return -1;
    const int32_t r = q.region_of[t];
    return r >= 0 && q.regions[r].open == t ? r : -1;
  };
  if (int32_t r = region_at(R); r >= 0) {
    out.kind = Complement::kQuote;
    out.region = r;
    return out;
  }
  const TokInfo& sep = v.toks[R];
  if (!(sep.flags & (kComma | kColon))) return out;
  if (R + 1 >= ce) {
    if (sep.flags & kColon) out.kind = Complement::kColonEnd;
    return out;
  }
  if (int32_t r = region_at(R + 1); r >= 0) {
    out.kind = Complement::kQuote;
    out.region = r;
    // A quotation that is only the start of a longer clause is a fragment of that clause.
    if (q.regions[r].close + 1 < ce && v.unit_of[q.regions[r].close] == v.unit_of[R] &&
        !(v.toks[q.regions[r].close + 1].flags & (kComma | kEnd))) {
      out.kind = Complement::kClause;
      out.region = -1;
    }
    return out;
  }
  if (StartsNonComplement(v, R + 1, ce)) return out;
  out.kind = Complement::kClause;
  return out;
}

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

Range AgentPhrase(const DocView& v, uint32_t from, uint32_t to) {
  for (uint32_t k = from; k + 1 < to; ++k) {
    if (v.Is(k, "von") || v.Is(k, "vom") || v.Is(k, "durch")) {
      Range r = NounPhraseAt(v, k + 1, to);
      if (!r.empty()) return r;
    }
  }
  return {};
}

void AddCueExtras(const DocView& v, Clause c, const CueEntry* entry, std::vector<uint32_t>& cue) {
  for (uint32_t k = c.L; k < c.R; ++k) {
    const std::string_view w = v.toks[k].lower;
    const bool extra =
        (entry->reflexive && w == "sich") ||
        std::find(entry->extras.begin(), entry->extras.end(), w) != entry->extras.end();
    if (extra && std::find(cue.begin(), cue.end(), k) == cue.end()) cue.push_back(k);
  }
}

uint32_t ExtendToSeparator(const DocView& v, const QuoteContext& q, uint32_t from, uint32_t ce) {
  uint32_t k = from;
  while (k < ce && (!IsSeparator(v.toks[k]) || q.in_title[k]) && q.region_of[k] < 0) ++k;
  return k;
}

uint32_t FirstNoun(const DocView& v, Range r) {
  for (uint32_t i = r.b; i < r.e; ++i) {
    if (IsNounToken(v, i)) return i;
  }
  return UINT32_MAX;
}

void TidyUnitFrames(const DocView& v, std::vector<Attribution>& frames) {
  const bool has_other = std::any_of(frames.begin(), frames.end(), [](const Attribution& a) {
    return a.form != QuoteForm::kReported;
  });
  // A frame inside another frame's reported clause ("Trump sagte, er hoffe, Kim zu treffen")
  // reports the same speaker's words again: only the outer one is kept.
  std::vector<char> inner(frames.size(), 0);
  for (size_t i = 0; i < frames.size(); ++i) {
    for (size_t j = 0; j < frames.size(); ++j) {
      if (i == j || frames[j].post || frames[i].cue.empty() || frames[j].message.empty()) continue;
      const uint32_t c = frames[i].cue[0];
      const uint32_t fb = frames[i].frame.empty() ? c : frames[i].frame[0].b;
      if (fb > 0 && (v.toks[fb - 1].flags & (kDash | kSemicolon))) continue;  // a new clause
      if (frames[j].message.contains(c) && !frames[i].message.empty() &&
          frames[j].message.b < frames[i].message.b && frames[i].message.e <= frames[j].message.e) {
        inner[i] = 1;
      }
    }
  }
  std::vector<Attribution> kept;
  for (size_t idx = 0; idx < frames.size(); ++idx) {
    Attribution& a = frames[idx];
    if (inner[idx]) continue;
    if (a.form == QuoteForm::kReported && (has_other || !kept.empty())) continue;
    bool dup = false;
    for (const Attribution& k : kept) {
      if (k.message.b == a.message.b && k.message.e == a.message.e && !a.message.empty())
        dup = true;
    }
    if (!dup) kept.push_back(std::move(a));
  }
  for (Attribution& a : kept) {
    if (a.post || a.message.empty()) continue;
    for (const Attribution& p : kept) {
      if (p.frame.empty() || &p == &a) continue;
      const uint32_t fb = p.frame[0].b;
      if (fb <= a.message.b || fb >= a.message.e) continue;
      // A trailing frame ends the message before it; so does a new frame after a dash or a
      // semicolon ("..., er habe nicht darüber entschieden - er räumte aber ein, dass ...").
      const bool after_break = fb > 0 && (v.toks[fb - 1].flags & (kDash | kSemicolon));
      if (p.post || after_break) a.message.e = after_break ? fb - 1 : fb;
    }
  }
  std::stable_sort(kept.begin(), kept.end(), [](const Attribution& x, const Attribution& y) {
    return x.message.b < y.message.b;
  });
  frames = std::move(kept);
}

QuoteContext MakeQuoteContext(const DocView& v, int max_paragraphs) {
  QuoteContext q;
  q.regions = FindQuoteRegions(v, max_paragraphs);
  q.region_of.assign(v.toks.size(), -1);
  q.in_title.assign(v.toks.size(), 0);
  for (size_t r = 0; r < q.regions.size(); ++r) {
    const QuoteRegion& reg = q.regions[r];
    if (reg.depth != 0 || q.region_of[reg.open] >= 0) continue;
    // A short capitalised name after an article or noun is a title, not a quotation:
    // "die Wochenzeitung „Die Zeit“", "das Schiff „Nordlicht“".
    const uint32_t inner = reg.close - reg.open - 1;
    // (After an article alone, one word is a quoted word: "eine „Zeitungsente“".)
    if (reg.closed && inner >= 1 && inner <= 6 && reg.open > 0 &&
        (v.toks[reg.open + 1].flags & (kCap | kNumber)) &&
        ((IsDeterminer(v.toks[reg.open - 1].lower) && inner >= 2) || IsNounToken(v, reg.open - 1) ||
         (v.toks[reg.open - 1].flags & kOpenParen))) {
      for (uint32_t i = reg.open; i <= reg.close; ++i) q.in_title[i] = 1;
      continue;
    }
    for (uint32_t i = reg.open; i <= reg.close && i < v.toks.size(); ++i)
      q.region_of[i] = int32_t(r);
  }
  return q;
}

}  // namespace tri::quotes

// Frame helpers (frame_util.h): the clause around a cue, its complement, cue extras, agent
// phrases, the per-unit tidy-up and the quote context. Subjects are in frame_subject.cc.
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

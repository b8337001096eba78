// English reporting frames in one sentence unit: "X said (that) ...", "X told reporters ...",
// "“…,” X said." / "“…,” said X.", "X said in a statement: …" and "according to X".
// English speaker phrases are taken as the words between the clause start and the verb (or
// after it), which is how news English places them; no capitalisation cues are needed.
#include <algorithm>

#include "annotate/quotes/attribution.h"
#include "annotate/quotes/frame_util.h"

namespace tri::quotes {
namespace {

bool StopWord(const TokInfo& t) {
  if (t.flags & (kComma | kColon | kSemicolon | kEnd | kDash | kQuoteMark | kOpenParen))
    return true;
  const std::string_view w = t.lower;
  return w == "that" || w == "and" || w == "but" || w == "in" || w == "on" || w == "at" ||
         w == "to" || w == "it" || w == "this" || w == "which" || w == "who" || w == "when" ||
         w == "on" || w == "after" || w == "before" || w == "while" || w == "if" ||
         (t.cues != nullptr) || IsAuxiliary(w);
}

// Words of a speaker phrase after `i` ("said the minister" / "according to the police").
Range PhraseAfter(const DocView& v, uint32_t i, uint32_t limit) {
  uint32_t j = i;
  while (j < limit && j - i < 8 && !StopWord(v.toks[j])) ++j;
  return {i, j};
}

// Words of a speaker phrase ending right before `verb` ("the foreign minister said").
Range PhraseBefore(const DocView& v, uint32_t verb, uint32_t floor) {
  uint32_t j = verb;
  while (j > floor && verb - j < 8 && !StopWord(v.toks[j - 1])) --j;
  return {j, verb};
}

}  // namespace

std::vector<Attribution> FindFramesEnglish(const DocView& v, const QuoteContext& q, uint32_t unit) {
  std::vector<Attribution> out;
  const Unit& u = v.units[unit];
  const uint32_t b = u.tb, ce = v.ContentEnd(u);
  for (uint32_t i = b; i < ce; ++i) {
    const TokInfo& t = v.toks[i];
    if (!t.cues || q.region_of[i] >= 0) continue;
    const CueEntry* e = t.cues->front().entry;
    if (e->kind == CueKind::kVerb && !(t.flags & kLowerWord)) continue;
    Attribution a;
    a.entry = e;
    a.unit = unit;
    a.cue = {i};
    if (e->kind == CueKind::kPrep) {  // "according to X"
      if (i + 1 >= ce || !v.Is(i + 1, "to")) continue;
      a.cue.push_back(i + 1);
      a.speaker = PhraseAfter(v, i + 2, ce);
      if (a.speaker.empty()) continue;
      a.frame = {{i, a.speaker.e}};
      a.message = {b, ce};
      out.push_back(std::move(a));
      continue;
    }
    if (e->kind != CueKind::kVerb) continue;
    const Clause c = ClauseAround(v, q, i, b, ce);
    const bool after_break =
        c.L > b && ((v.toks[c.L - 1].flags & kComma) || q.region_of[c.L - 1] >= 0);
    Range before = PhraseBefore(v, i, c.L);
    if (before.b != c.L) before = {};
    if (after_break && (before.empty() ? c.L == i : true) &&
        FindComplement(v, q, c, i, ce).kind == Complement::kNone) {
      // "“…,” X said." or "“…,” said X, ..."
      a.post = true;
      a.speaker = before.empty() ? PhraseAfter(v, i + 1, ce) : before;
      const bool comma = v.toks[c.L - 1].flags & kComma;
      a.frame = {
          {comma ? c.L - 1 : c.L, ExtendToSeparator(v, q, std::max(a.speaker.e, i + 1), ce)}};
      a.message = {b, comma ? c.L - 1 : c.L};
      if (!a.message.empty() && !a.speaker.empty()) out.push_back(std::move(a));
      continue;
    }
    if (before.empty()) continue;
    a.speaker = before;
    uint32_t m = i + 1;
    if (v.Is(i, "told") || v.Is(i, "tells") || v.Is(i, "tell")) {
      Range addr = PhraseAfter(v, m, ce);
      for (uint32_t k = addr.b + 1; k < addr.e; ++k) {
        if (IsDeterminer(v.toks[k].lower)) addr.e = k;  // "told reporters the talks ..."
      }
      if (!addr.empty()) a.addr = addr, m = addr.e;
    }
    // "X said in a statement (that|:|,) ...": a short phrase before "that" or a separator
    // belongs to the frame.
    for (uint32_t k = m; k < ce && k < m + 8 && q.region_of[k] < 0; ++k) {
      if (v.Is(k, "that") || IsSeparator(v.toks[k])) {
        m = k;
        break;
      }
      if (v.toks[k].cues) break;
    }
    while (m < ce && (IsSeparator(v.toks[m]) || v.Is(m, "that"))) ++m;
    if (m >= ce) {
      if (unit + 1 < v.units.size() && (v.toks[ce - 1].flags & kColon)) {
        a.open_colon = true;
        a.frame = {{c.L, ce}};
        out.push_back(std::move(a));
      }
      continue;
    }
    a.frame = {{c.L, m}};
    a.message = {m, ce};
    out.push_back(std::move(a));
  }
  TidyUnitFrames(v, out);
  return out;
}

}  // namespace tri::quotes

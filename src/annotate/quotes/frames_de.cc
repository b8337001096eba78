// German reporting frames in one sentence unit: verb frames before or after the message
// ("X sagte, ...", "„…“, sagte X.", "Wie X mitteilte, ...", "Dies bestätigte X."), impersonal
// "hieß es (aus X)", passives ("wurde von X kritisiert"). Verbs marked `report` without a
// clause give reported speech ("X forderte Neuwahlen."). Phrase frames are in
// frames_de_phrase.cc.
#include <algorithm>

#include "annotate/quotes/attribution.h"
#include "annotate/quotes/frame_util.h"
#include "annotate/quotes/frames_de_internal.h"

namespace tri::quotes {

using namespace frames_de_detail;  // NOLINT: the clause parts of a frame

namespace {

void VerbFrame(const DocView& v, const QuoteContext& q, uint32_t unit, uint32_t i,
               std::vector<Attribution>& out) {
  const Unit& u = v.units[unit];
  const uint32_t b = u.tb, ce = v.ContentEnd(u);
  Clause c = ClauseAround(v, q, i, b, ce);
  uint32_t particle = UINT32_MAX;
  const CueForm* reading = ChooseReading(v, i, c, ce, &particle);
  if (!reading) return;
  const CueEntry* entry = reading->entry;
  const bool es_frame = entry->kind == CueKind::kEs;
  uint32_t es_tok = UINT32_MAX;
  if (es_frame) {
    if (i + 1 < c.R && v.Is(i + 1, "es"))
      es_tok = i + 1;
    else if (i > c.L && v.Is(i - 1, "es"))
      es_tok = i - 1;
    else
      return;
  }
  Attribution a;
  a.entry = entry;
  a.unit = unit;
  a.cue = {i};
  if (particle != UINT32_MAX) a.cue.push_back(particle);
  if (es_tok != UINT32_MAX) a.cue.push_back(es_tok);
  uint32_t aux = UINT32_MAX;
  for (uint32_t k = c.L; k < i; ++k) {
    if ((v.toks[k].flags & kLowerWord) && IsAuxiliary(v.toks[k].lower)) {
      aux = k;
      break;
    }
  }
  if (aux != UINT32_MAX) {
    a.cue.push_back(aux);
  } else if (i + 1 < c.R && IsAuxiliary(v.toks[i + 1].lower) && i + 2 >= c.R) {
    a.cue.push_back(i + 1);
  }
  AddCueExtras(v, c, entry, a.cue);
  // In the passive the speaker is the "von" phrase, except for "X wird zitiert" where the
  // subject is the one quoted.
  // "wollte nicht bestätigen, dass": a negated speech act reports no words.
  for (uint32_t k = std::min(i, aux_first(v, c, i)); k < c.R; ++k) {
    if ((v.toks[k].flags & kLowerWord) &&
        (v.Is(k, "nicht") || v.Is(k, "nie") || v.Is(k, "niemals"))) {
      return;
    }
  }
  const bool passive = aux != UINT32_MAX && IsPassiveAux(v.toks[aux].lower) && !es_frame &&
                       entry->lemma != "ausgehen" && entry->lemma != "hervorgehen" &&
                       entry->lemma != "zitieren";
  const bool from_pp = es_frame || entry->lemma == "hervorgehen";
  const uint32_t v2 = aux != UINT32_MAX ? aux : i;

  const bool after_comma = c.L > b && (v.toks[c.L - 1].flags & kComma);
  const bool after_quote = c.L > b && (q.region_of[c.L - 1] >= 0 ||
                                       (after_comma && c.L > b + 1 && q.region_of[c.L - 2] >= 0));
  const bool verb_first = c.L == v2 || (es_tok == c.L && v2 == c.L + 1);
  Complement comp = FindComplement(v, q, c, i, ce);
  if ((after_comma || after_quote) && verb_first &&
      (comp.kind == Complement::kNone || after_quote) &&
      !(after_comma && !after_quote && IsAppositionSubject(v, b, c.L - 1))) {
    // "„…“, sagte der Minister am Freitag." / ", heißt es in der Erklärung."
    a.post = true;
    uint32_t s = std::max(v2, es_tok == UINT32_MAX ? v2 : es_tok) + 1;
    while (s < ce && (v.Is(s, "sich") || v.Is(s, "auch") || v.Is(s, "dazu"))) ++s;
    a.speaker = from_pp   ? EsSpeaker(v, {c.L, ce}, i, i + 1)
                : passive ? AgentPhrase(v, c.L, c.R)
                          : NounPhraseAt(v, s, ce);
    const uint32_t fe = ExtendToSeparator(v, q, std::max(a.speaker.e, c.R - 1), ce);
    const uint32_t me = after_comma ? c.L - 1 : c.L;
    if (me <= b) return;
    a.frame = {{me, fe}};
    a.message = {b, me};
    out.push_back(std::move(a));
    return;
  }

  uint32_t fs = c.L;
  const std::string_view first = v.toks[c.L].lower;
  if (first == "wie" && v2 > c.L + 1 && ClauseFinal(v, a.cue, i, c)) {
    a.cue.push_back(c.L);
    a.speaker = NounPhraseAt(v, c.L + 1, v2);
    if (c.L > b && comp.kind == Complement::kNone) {  // "..., wie X mitteilte."
      a.post = true;
      const bool comma = v.toks[c.L - 1].flags & kComma;
      a.frame = {{comma ? c.L - 1 : c.L, c.R}};
      a.message = {b, comma ? c.L - 1 : c.L};
      if (!a.message.empty()) out.push_back(std::move(a));
      return;
    }
    if (comp.kind == Complement::kNone) {  // "Wie X berichten sind ..." (no comma)
      const uint32_t end = std::max(i, *std::max_element(a.cue.begin(), a.cue.end())) + 1;
      if (end >= ce) return;
      a.frame = {{c.L, end}};
      a.message = {end, ce};
      out.push_back(std::move(a));
      return;
    }
  } else if (!passive && c.L > b && (v.toks[c.L - 1].flags & kComma) && v2 > c.L &&
             (first == "der" || first == "die" || first == "welcher" || first == "welche") &&
             !IsDeterminer(v.toks[c.L + 1].lower) && !IsNounToken(v, c.L + 1) &&
             ClauseFinal(v, a.cue, i, c)) {
    a.speaker = {c.L, c.L + 1};  // "ein Zeuge, der angab, ...": the relative pronoun speaks
  } else if (IsSubordinator(first) && v2 > c.L + 1 && ClauseFinal(v, a.cue, i, c)) {
    a.speaker = passive ? AgentPhrase(v, c.L, c.R) : NounPhraseAt(v, c.L + 1, v2);
  } else if (from_pp) {
    a.speaker = EsSpeaker(v, c, i, i + 1);
  } else if (passive) {
    a.speaker = AgentPhrase(v, c.L, c.R);
  } else {
    Subject subj = FindSubject(v, q, b, c, v2, ce);
    a.speaker = subj.speaker;
    fs = std::min(fs, subj.frame_start);
    if (subj.before_verb && TakesAddressee(entry->lemma)) {
      uint32_t s = v2 + 1;
      while (s < c.R && (v.Is(s, "sich") || v.Is(s, "es"))) ++s;
      Range addr = NounPhraseAt(v, s, c.R);
      if (!addr.empty() && addr.e <= c.R && !IsPersonalPronoun(v.toks[s].lower)) a.addr = addr;
    }
  }
  if (a.addr.empty()) a.addr = DativeAddressee(v, c, v2, a.speaker);
  if (passive && a.addr.empty() && TakesAddressee(entry->lemma)) {
    // "Der Ministerin wird vorgeworfen, ...": the one addressed fills the prefield.
    Range np = NounPhraseAt(v, c.L, v2);
    if (!np.empty() && np.e == v2) a.addr = np;
  }
  if (a.speaker.e > c.R) {  // an apposition after the verb: "sagte Jung, Chef des Verbands, ..."
    c.R = ExtendToSeparator(v, q, a.speaker.e, ce);
    comp = FindComplement(v, q, c, i, ce);
  }

  const bool dies = comp.kind == Complement::kNone && c.L == u.tb && v2 == c.L + 1 &&
                    (first == "dies" || first == "das" || first == "dieses") && unit > 0 &&
                    v.units[unit - 1].block == u.block;
  switch (comp.kind) {
    case Complement::kQuote: {
      const QuoteRegion& r = q.regions[comp.region];
      a.form = QuoteForm::kDirect;
      a.message = {r.open, r.close + 1};
      a.frame.push_back({fs, r.open});
      if (r.close + 1 < ce && v.unit_of[r.close] == unit) a.frame.push_back({r.close + 1, ce});
      break;
    }
    case Complement::kClause:
      a.message = {c.R + 1, MessageEnd(v, q, c.R + 1, ce)};
      a.frame = {{fs, c.R + 1}};
      break;
    case Complement::kColonEnd:
      a.open_colon = true;
      a.frame = {{fs, c.R + 1}};
      break;
    case Complement::kNone:
      if (dies) {  // "<sentence>. Dies bestätigte der Minister."
        a.message = {v.units[unit - 1].tb, c.L + 1};
        a.frame = {{c.L + 1, ce}};
        break;
      }
      if (!entry->report || from_pp || a.speaker.empty() || u.heading || c.L != u.tb ||
          IsSubordinator(first) || IsRelativePronoun(first)) {
        return;
      }
      a.form = QuoteForm::kReported;
      a.message = {u.tb, u.te};
      break;
  }
  out.push_back(std::move(a));
}

}  // namespace

std::vector<Attribution> FindFramesGerman(const DocView& v, const QuoteContext& q, uint32_t unit) {
  std::vector<Attribution> out;
  const Unit& u = v.units[unit];
  const uint32_t ce = v.ContentEnd(u);
  for (uint32_t i = u.tb; i < ce; ++i) {
    const TokInfo& t = v.toks[i];
    if (!t.cues || q.region_of[i] >= 0) continue;
    const CueEntry* e = t.cues->front().entry;
    if (e->kind == CueKind::kVerb || e->kind == CueKind::kEs) {
      if (t.flags & kLowerWord) VerbFrame(v, q, unit, i, out);
    } else {
      GermanPhraseFrame(v, q, unit, i, e, out);
    }
  }
  TidyUnitFrames(v, out);
  return out;
}

}  // namespace tri::quotes

// German phrase frames: "laut X", "gemäß X", "X zufolge", "nach Angaben X" / "seiner Meinung
// nach", "..., so X." (also ", so zeigen Studien, ...") and "wonach"/"demnach".
#include <algorithm>

#include "annotate/quotes/attribution.h"
#include "annotate/quotes/frame_util.h"

namespace tri::quotes {
namespace {

// "seiner Meinung nach ist ..." reports; "die Sicht nach oben", "Ergebnis ... nach dem Tode"
// use "nach" as a preposition of its own.
bool NachIsDirectional(const DocView& v, uint32_t next, uint32_t ce) {
  if (next >= ce) return false;
  const std::string_view w = v.toks[next].lower;
  return IsDeterminer(w) || w == "oben" || w == "unten" || w == "draußen" || w == "drinnen" ||
         w == "außen" || w == "innen" || w == "vorn" || w == "vorne" || w == "hinten" ||
         w == "links" || w == "rechts" || w == "hause";
}

}  // namespace

void GermanPhraseFrame(const DocView& v, const QuoteContext& q, uint32_t unit, uint32_t i,
                       const CueEntry* entry, std::vector<Attribution>& out) {
  const Unit& u = v.units[unit];
  const uint32_t b = u.tb, ce = v.ContentEnd(u);
  Attribution a;
  a.entry = entry;
  a.unit = unit;
  a.cue = {i};
  a.message = {b, ce};
  switch (entry->kind) {
    case CueKind::kPrep: {  // "laut X", "gemäß X"
      a.speaker = NounPhraseAt(v, i + 1, ce);
      if (a.speaker.empty()) return;
      a.frame = {{i, a.speaker.e}};
      break;
    }
    case CueKind::kPost: {  // "X zufolge"
      if (i == b) return;
      a.speaker = NounPhraseEndingAt(v, i - 1, b);
      if (a.speaker.empty()) return;
      a.frame = {{a.speaker.b, i + 1}};
      break;
    }
    case CueKind::kNach: {  // "nach Angaben der Polizei", "seiner Meinung nach"
      Range fwd = NounPhraseAt(v, i + 1, ce);
      const uint32_t head = fwd.empty() ? UINT32_MAX : FirstNoun(v, fwd);
      if (head != UINT32_MAX && v.lexicon.IsSourceNoun(v.lang, v.toks[head].lower)) {
        a.speaker = fwd;
        a.frame = {{i, fwd.e}};
      } else if (i > b && v.lexicon.IsSourceNoun(v.lang, v.toks[i - 1].lower) &&
                 !NachIsDirectional(v, i + 1, ce)) {
        a.speaker = NounPhraseEndingAt(v, i - 1, b);
        if (a.speaker.empty()) return;
        a.frame = {{a.speaker.b, i + 1}};
      } else {
        return;
      }
      break;
    }
    case CueKind::kSo: {  // "..., so der Minister."
      if (i == b || !(v.toks[i - 1].flags & kComma)) return;
      uint32_t s = i + 1;
      // ", so glaubt man", ", so zeigen Studien,": a verb after "so" belongs to the cue.
      if (s < ce && (v.toks[s].flags & kLowerWord) && !IsFunctionWord(v.toks[s].lower) &&
          !IsDeterminer(v.toks[s].lower) && !IsAdjectiveLike(v.toks[s], false) &&
          !IsNounToken(v, s)) {
        // Only a reporting verb: ", so wurde sein Werk ... bewertet" is a plain "so".
        if (!v.toks[s].cues) return;
        a.cue.push_back(s++);
      }
      a.speaker = NounPhraseAt(v, s, ce);
      if (a.speaker.empty() && a.cue.size() == 1) return;
      a.post = true;
      a.frame = {{i - 1, ExtendToSeparator(v, q, std::max(a.speaker.e, s), ce)}};
      a.message = {b, i - 1};
      if (a.frame[0].e < ce && (v.toks[a.frame[0].e].flags & kComma)) {
        a.frame[0].e += 1;  // "X, so zeigen Studien, Y": the message goes on after the frame
        a.message = {b, ce};
        a.post = false;
      }
      break;
    }
    case CueKind::kRef: {  // "wonach ...", "demnach ..."
      a.speaker = {i, i + 1};
      a.frame = {{i, i + 1}};
      if (entry->lemma == "wonach" && i >= b + 2 && (v.toks[i - 1].flags & kComma)) {
        // "bestätigte die Befunde des Amts, wonach ...": the report is the source.
        Range np = NounPhraseEndingAt(v, i - 2, b);
        if (!np.empty()) {
          a.speaker = np;
          a.frame = {{np.b, i + 1}};
        }
      }
      if (entry->lemma == "wonach") a.message = {i + 1, ce};
      break;
    }
    default:
      return;
  }
  if (a.message.empty()) return;
  out.push_back(std::move(a));
}

}  // namespace tri::quotes

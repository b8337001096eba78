// Quotations that no frame of their own claimed: a headline "X: „…“", a quotation after a
// sentence ending in a colon, after a sentence about someone, one carrying on a recent speaker,
// a fragment in a sentence whose subject is a named person, and long quotations kept without
// speaker.
#include "annotate/quotes/assemble_util.h"
#include "annotate/quotes/frame_util.h"

namespace tri::quotes {
namespace {

// The subject of a sentence that ends in a colon ("Eine Sprecherin formulierte es so:"):
// the phrase in front of the first verb-like word, or the one right after it.
Range ColonSubject(const DocView& v, const QuoteContext& q, const Unit& u) {
  uint32_t verb = u.tb;
  while (verb < u.te) {
    const TokInfo& t = v.toks[verb];
    if ((t.flags & kLowerWord) && !IsFunctionWord(t.lower) && !IsDeterminer(t.lower) &&
        !IsAdjectiveLike(t, true)) {
      break;
    }
    ++verb;
  }
  if (verb >= u.te) return {};
  Subject s = FindSubject(v, q, u.tb, {u.tb, u.te - 1}, verb, u.te - 1);
  return s.speaker;
}

}  // namespace

void AttributeUnframed(const DocView& v, const QuoteContext& q, const AssembleOptions& options,
                       const std::vector<char>& unit_framed, const std::vector<char>& used,
                       std::vector<Attribution>& all) {
  for (size_t r = 0; r < q.regions.size(); ++r) {
    const QuoteRegion& reg = q.regions[r];
    if (used[r] || reg.depth != 0 || q.region_of[reg.open] != int32_t(r)) continue;
    const uint32_t u = v.unit_of[reg.open];
    const Unit& unit = v.units[u];
    Attribution a;
    a.form = QuoteForm::kDirect;
    a.unit = u;
    a.message = {reg.open, reg.close + 1};
    const uint32_t inner = reg.close > reg.open ? reg.close - reg.open - 1 : 0;
    {
      // "„…“, strich Romney heraus.": after a quotation a clause that starts with its verb is
      // the frame, whatever the verb.
      const uint32_t cu = v.unit_of[reg.close];
      const uint32_t ce = v.ContentEnd(v.units[cu]);
      uint32_t k = reg.close + 1;
      if (k < ce && (v.toks[k].flags & kComma)) ++k;
      if (k + 1 < ce && (v.toks[k].flags & kLowerWord) && !IsFunctionWord(v.toks[k].lower) &&
          !IsDeterminer(v.toks[k].lower) && !IsPersonalPronoun(v.toks[k].lower) &&
          !IsAdjectiveLike(v.toks[k], false) && q.region_of[k] < 0 &&
          (reg.open == FirstContentToken(v, unit) || IsSeparator(v.toks[reg.open - 1]))) {
        Range speaker = AfterVerb(v, k, ce);
        if (!speaker.empty()) {
          a.speaker = speaker;
          a.cue = {k};
          if (v.toks[ce - 1].flags & kLowerWord) a.cue.push_back(ce - 1);  // "strich ... heraus"
          a.post = true;
          a.frame = {{reg.close + 1, ExtendToSeparator(v, q, speaker.e, ce)}};
          all.push_back(std::move(a));
          continue;
        }
      }
    }
    if (reg.open > unit.tb + 1 && reg.open - unit.tb <= 5 &&
        (v.toks[reg.open - 1].flags & kColon)) {
      Range np = NounPhraseAt(v, unit.tb, reg.open - 1);  // "Kim: „Gute Erinnerungen“ an Trump"
      if (!np.empty() && np.e == reg.open - 1) {
        a.speaker = np;
        a.frame = {{unit.tb, reg.open}};
        all.push_back(std::move(a));
        continue;
      }
    }
    if (u > 0 && reg.open == FirstContentToken(v, unit) && SameOrNextBlock(v, u - 1, u)) {
      const Unit& prev = v.units[u - 1];
      const uint32_t pe = v.ContentEnd(prev);
      if (prev.te > prev.tb && (v.toks[prev.te - 1].flags & kColon) && pe == prev.te) {
        a.speaker = ColonSubject(v, q, prev);
        a.frame = {{prev.tb, prev.te}};
        all.push_back(std::move(a));
        continue;
      }
    }
    if (u > 0 && reg.open == FirstContentToken(v, unit) && inner >= 4 && !unit_framed[u - 1] &&
        SameOrNextBlock(v, u - 1, u)) {
      // "Georg Ratzinger war ... eingeweiht. „Mein Bruder wünscht sich ...“": the quotation
      // after a sentence about someone is theirs.
      Range subject = SpeakingSubject(v, q, v.units[u - 1]);
      bool spoken = false;
      for (const Attribution& p : all) spoken |= p.unit == u - 1;
      if (!subject.empty() && !spoken) {
        a.speaker = subject;
        all.push_back(std::move(a));
        continue;
      }
    }
    const Attribution* last = nullptr;
    for (const Attribution& p : all) {
      if (p.message.e <= reg.open && !p.speaker.empty() && p.form != QuoteForm::kReported &&
          (!last || p.message.e >= last->message.e)) {
        last = &p;
      }
    }
    if (last && u - v.unit_of[last->message.e - 1] <= uint32_t(options.max_continuation_units) &&
        inner >= 4 && reg.open == FirstContentToken(v, unit) &&
        SameOrNextBlock(v, v.unit_of[last->message.e - 1], u)) {
      a.speaker = last->speaker;
      a.entry = last->entry;
      a.cue = last->cue;
      a.frame = last->frame;
      a.carried = true;
      all.push_back(std::move(a));
      continue;
    }
    if (options.fragment_subjects && reg.open != FirstContentToken(v, unit) && inner >= 1) {
      // "Schüssel würdigte Ligeti als „großen Österreicher“": a quoted fragment in a sentence
      // whose verb we do not list is still the subject's words.
      const uint32_t ce = v.ContentEnd(unit);
      uint32_t verb = unit.tb;
      while (verb < reg.open) {
        const TokInfo& t = v.toks[verb];
        if ((t.flags & kLowerWord) && !IsFunctionWord(t.lower) && !IsDeterminer(t.lower) &&
            !IsAdjectiveLike(t, true) && q.region_of[verb] < 0) {
          break;
        }
        ++verb;
      }
      if (verb < reg.open) {
        Subject subj = FindSubject(v, q, unit.tb, ClauseAround(v, q, verb, unit.tb, ce), verb, ce);
        const uint32_t head = subj.speaker.empty() ? 0 : PhraseHead(v, subj.speaker);
        const bool personal = !subj.speaker.empty() && head < subj.speaker.e &&
                              v.lexicon.Classify(v.toks[head].lower) == SourceClass::kNone &&
                              head > subj.speaker.b &&
                              v.lexicon.Classify(v.toks[head - 1].lower) == SourceClass::kRole;
        if (subj.before_verb && personal) {
          a.speaker = subj.speaker;
          a.cue = {verb};
          a.frame = {{unit.tb, ce}};
          all.push_back(std::move(a));
          continue;
        }
      }
    }
    // Without a frame, only a quotation that is a sentence (or more) of its own is kept.
    const bool whole = reg.open == FirstContentToken(v, unit) &&
                       reg.close + 1 >= v.ContentEnd(v.units[v.unit_of[reg.close]]);
    if (whole && inner >= uint32_t(options.min_unattributed_tokens)) all.push_back(std::move(a));
  }
}

}  // namespace tri::quotes

// Continuations: sentences in Konjunktiv I after someone spoke report the same speaker
// ("Er sagte, ... . Man habe alle Pfeiler geprüft."), as does a frame without a speaker of its
// own in Konjunktiv right after a speaker ("Beide Seiten seien aufgerufen, ...").
#include <algorithm>

#include "annotate/quotes/assemble_util.h"

namespace tri::quotes {

bool UnitHasMood(const DocView& v, const QuoteContext& q, const Unit& u, bool allow_ii) {
  for (uint32_t i = u.tb; i < u.te; ++i) {
    if (q.region_of[i] >= 0 || !(v.toks[i].flags & kLowerWord)) continue;
    if (IsKonjunktivI(v.toks[i].lower) || (allow_ii && IsKonjunktivII(v.toks[i].lower))) {
      return true;
    }
  }
  return false;
}

// The subject of a sentence when it names someone who could speak: a name, a role or an
// institution ("Berlins Regierender Bürgermeister Klaus Wowereit (SPD) bedauerte ...").
Range SpeakingSubject(const DocView& v, const QuoteContext& q, const Unit& u) {
  Range np = NounPhraseAt(v, u.tb, v.ContentEnd(u));
  if (np.empty() || np.e >= u.te || !(v.toks[np.e].flags & kLowerWord)) return {};
  if (q.region_of[np.b] >= 0 || IsPersonalPronoun(v.toks[np.b].lower)) return {};
  for (uint32_t i = np.b; i < np.e; ++i) {
    const SourceClass c = v.lexicon.Classify(v.toks[i].lower);
    if (c == SourceClass::kRole || c == SourceClass::kOfficial || c == SourceClass::kExpert ||
        c == SourceClass::kInstitution) {
      return np;
    }
  }
  return IsDeterminer(v.toks[np.b].lower) ? Range{} : np;  // a bare name: "Wowereit bedauerte"
}

void AddContinuations(const DocView& v, const QuoteContext& q, const AssembleOptions& options,
                      const std::vector<char>& unit_framed, std::vector<Attribution>& all) {
  // Konjunktiv sentences carrying on the last speaker.
  std::vector<char> covered(v.units.size(), 0);
  for (const Attribution& a : all) {
    for (uint32_t i = a.message.b; i < a.message.e; i = v.units[v.unit_of[i]].te) {
      covered[v.unit_of[i]] = 1;
    }
  }
  std::vector<Attribution> carried;
  size_t next = 0;
  const Attribution* last = nullptr;
  for (uint32_t u = 0; u < v.units.size(); ++u) {
    while (next < all.size() && all[next].message.b < v.units[u].tb) {
      if (!all[next].speaker.empty() && all[next].form != QuoteForm::kReported) {
        last = &all[next];
      }
      ++next;
    }
    if (covered[u] || unit_framed[u] || v.units[u].heading || v.lang != Lang::kGerman) continue;
    const Attribution* src = !carried.empty() && carried.back().unit + 1 == u &&
                                     (!last || carried.back().message.b > last->message.b)
                                 ? &carried.back()
                                 : last;
    const std::string_view first = v.toks[v.units[u].tb].lower;
    const bool conditional = first == "sollte" || first == "wenn" || first == "falls" ||
                             first == "sofern" || first == "ob";
    uint32_t src_unit = src ? v.unit_of[src->message.e - 1] : 0;
    Range speaker;
    if (src && u - src_unit <= uint32_t(options.max_continuation_units) &&
        SameOrNextBlock(v, src_unit, u)) {
      speaker = src->speaker;
    } else if (u > 0 && SameOrNextBlock(v, u - 1, u) && !covered[u - 1]) {
      src = nullptr;
      src_unit = u - 1;
      speaker = SpeakingSubject(v, q, v.units[u - 1]);
    }
    if (speaker.empty()) continue;
    const bool indirect_source =
        src && (src->form == QuoteForm::kIndirect || src->form == QuoteForm::kIndirectFreeIndirect);
    if (conditional || !UnitHasMood(v, q, v.units[u], indirect_source && src_unit + 1 == u)) {
      continue;
    }
    Attribution c;
    c.form = QuoteForm::kIndirectFreeIndirect;
    c.unit = u;
    c.entry = src ? src->entry : nullptr;
    c.speaker = speaker;
    c.message = {v.units[u].tb, v.units[u].te};
    c.carried = true;
    std::vector<char> none(q.regions.size(), 0);
    FitToRegions(v, q, c, none);
    carried.push_back(std::move(c));
  }
  for (Attribution& c : carried) all.push_back(std::move(c));
  // A frame without a speaker of its own in Konjunktiv ("Beide Seiten seien aufgerufen, ...")
  // right after someone spoke reports that speaker.
  std::stable_sort(all.begin(), all.end(), [](const Attribution& x, const Attribution& y) {
    return x.message.b < y.message.b;
  });
  for (size_t k = 1; k < all.size(); ++k) {
    Attribution& a = all[k];
    const Attribution& p = all[k - 1];
    if (!a.speaker.empty() || a.cue.empty() || a.form == QuoteForm::kReported ||
        p.speaker.empty() || a.unit > p.unit + 1 || !UnitHasMood(v, q, v.units[a.unit], false)) {
      continue;
    }
    a.speaker = p.speaker;
    a.carried = true;
  }
}

}  // namespace tri::quotes

// The parts of a German reporting clause that frames_de.cc reads frames from: apposition
// subjects, the reading of a verb with its particle, addressees ("sagte der Zeitung"), where the
// reported message ends, passive auxiliaries and the source of an impersonal "hieß es".
#include <algorithm>
#include <iterator>

#include "annotate/quotes/frames_de_internal.h"

namespace tri::quotes::frames_de_detail {
namespace {

bool IsParticle(std::string_view w) {
  static const std::string_view kParticles[] = {
      "zurück", "an",   "auf",  "aus", "ab",     "ein",    "vor",    "bei",     "nach", "weg",
      "los",    "fest", "mit",  "zu",  "hin",    "her",    "hinzu",  "bekannt", "fort", "heraus",
      "durch",  "um",   "teil", "dar", "hervor", "nieder", "voraus", "vorher",  "klar"};
  return std::find(std::begin(kParticles), std::end(kParticles), w) != std::end(kParticles);
}

// Words for the press as an audience: "vor Journalisten", "vor der Presse".
bool IsPressAudience(const DocView& v, uint32_t k) {
  const std::string_view w = v.toks[k].lower;
  return w == "journalisten" || w == "reportern" || w == "medienvertretern" ||
         w == "pressevertretern" || w == "presse" || w == "medien" ||
         v.lexicon.Classify(w) == SourceClass::kMedia;
}

}  // namespace

// "Der Sprecher der Regierung, Steffen Seibert, würdigte ...": what stands before the comma is
// a noun phrase closed by an apposition (the subject), not a message.
bool IsAppositionSubject(const DocView& v, uint32_t b, uint32_t comma) {
  uint32_t k = b;
  while (k < comma && (v.Is(k, "auch") || v.Is(k, "und") || v.Is(k, "so") || v.Is(k, "selbst"))) {
    ++k;
  }
  if (k >= comma) return false;
  PhraseOptions o;
  o.verb = comma + 1;
  const Range np = NounPhraseAt(v, k, comma + 1, o);
  return !np.empty() && np.e == comma && np.e > k + 1 &&
         std::any_of(v.toks.begin() + k, v.toks.begin() + comma,
                     [](const TokInfo& t) { return (t.flags & kComma) != 0; });
}

bool TakesAddressee(std::string_view lemma) {
  static const std::string_view kLemmas[] = {
      "auffordern", "vorwerfen",    "mitteilen",   "versichern",  "bitten",    "mahnen",
      "warnen",     "raten",        "empfehlen",   "versprechen", "zusichern", "aufrufen",
      "ermahnen",   "sagen",        "erklären",    "bestätigen",  "berichten", "erzählen",
      "antworten",  "beschuldigen", "informieren", "appellieren", "fragen",    "unterstellen"};
  return std::find(std::begin(kLemmas), std::end(kLemmas), lemma) != std::end(kLemmas);
}

// Picks the reading of a verb form whose particle (if it needs one) stands in the clause; a
// form without particle whose clause ends in another verb's particle ("ruft ... zurück") is
// no cue.
const CueForm* ChooseReading(const DocView& v, uint32_t i, Clause c, uint32_t ce,
                             uint32_t* particle) {
  const CueForm* plain = nullptr;
  // A particle closing the sentence wins ("Dies geht aus einer Meldung, die ..., hervor").
  if (ce > c.R && (v.toks[ce - 1].flags & kLowerWord)) {
    for (const CueForm& f : *v.toks[i].cues) {
      if (!f.particle.empty() && v.toks[ce - 1].lower == f.particle) {
        *particle = ce - 1;
        return &f;
      }
    }
  }
  for (const CueForm& f : *v.toks[i].cues) {
    if (f.entry->kind != CueKind::kVerb && f.entry->kind != CueKind::kEs) continue;
    if (f.particle.empty()) {
      if (!plain) plain = &f;
      continue;
    }
    // The particle closes the clause ("teilte ... mit,"); "nach Japan" in mid-clause is none.
    if (c.R > i + 1 && v.toks[c.R - 1].lower == f.particle) {
      *particle = c.R - 1;
      return &f;
    }
    if (i > c.L && v.toks[i - 1].lower == f.particle) {  // "wie X bekannt gab"
      *particle = i - 1;
      return &f;
    }
  }
  if (plain && c.R > i + 1) {
    const std::string_view last = v.toks[c.R - 1].lower;
    const auto& extras = plain->entry->extras;
    if ((v.toks[c.R - 1].flags & kLowerWord) && IsParticle(last) &&
        std::find(extras.begin(), extras.end(), last) == extras.end()) {
      return nullptr;
    }
  }
  return plain;
}

// Whether the verb ends its clause (only its own particle or auxiliary after it): then a
// leading "als"/"wie" opens a subordinate clause, not a prefield phrase ("Als Begründung sagte").
bool ClauseFinal(const DocView& v, const std::vector<uint32_t>& cue, uint32_t i, Clause c) {
  for (uint32_t k = i + 1; k < c.R; ++k) {
    if (std::find(cue.begin(), cue.end(), k) == cue.end() && !IsAuxiliary(v.toks[k].lower)) {
      return false;
    }
  }
  return true;
}

// To whom it was said: "sagte der Zeitung", "erklärte einem Reporter", "gegenüber Journalisten"
// (also before the verb), "vor der Presse", "zur Nachrichtenagentur dpa". The preposition
// stays out of the addressee, as in the SpkAtt annotation.
Range DativeAddressee(const DocView& v, Clause c, uint32_t v2, Range speaker) {
  for (uint32_t k = c.L; k < c.R; ++k) {
    if (speaker.contains(k)) {
      k = speaker.e - 1;
      continue;
    }
    const std::string_view w = v.toks[k].lower;
    Range r;
    if (w == "gegenüber") {
      r = NounPhraseAt(v, k + 1, c.R);
    } else if (k <= v2) {
      continue;
    } else if ((w == "dem" || w == "einem") && !IsPreposition(v.toks[k - 1].lower) &&
               !speaker.empty()) {
      r = NounPhraseAt(v, k, c.R);
    } else if (w == "journalisten" || w == "reportern" || w == "medienvertretern" ||
               w == "pressevertretern") {
      r = {k, k + 1};
    } else if (w == "der" && k + 1 < c.R &&
               v.lexicon.Classify(v.toks[k + 1].lower) == SourceClass::kMedia) {
      r = NounPhraseAt(v, k, c.R);  // "sagte der Zeitung"
    } else if ((w == "vor" || w == "zur" || w == "zum") && k + 1 < c.R) {
      const Range np = NounPhraseAt(v, k + 1, c.R);
      const uint32_t head = np.empty() ? c.R : PhraseHead(v, np);
      if (head < c.R && IsPressAudience(v, head)) r = np;
    }
    if (!r.empty() && !speaker.contains(r.b)) return r;
  }
  return {};
}

// The first auxiliary of the clause before the cue, or i.
uint32_t aux_first(const DocView& v, Clause c, uint32_t i) {
  for (uint32_t k = c.L; k < i; ++k) {
    if ((v.toks[k].flags & kLowerWord) && IsAuxiliary(v.toks[k].lower)) return k;
  }
  return i;
}

// The reported clause ends where the speaker's next main clause starts: ", sprach aber
// ...", ", räumte jedoch ein" (a comma, a verb, then aber/jedoch/zudem/auch/dann).
uint32_t MessageEnd(const DocView& v, const QuoteContext& q, uint32_t from, uint32_t ce) {
  for (uint32_t k = from; k + 2 < ce; ++k) {
    if (!(v.toks[k].flags & kComma) || q.region_of[k] >= 0) continue;
    const TokInfo& verb = v.toks[k + 1];
    const std::string_view next = v.toks[k + 2].lower;
    if ((verb.flags & kLowerWord) && !IsFunctionWord(verb.lower) && !IsDeterminer(verb.lower) &&
        !IsPersonalPronoun(verb.lower) &&
        (next == "aber" || next == "jedoch" || next == "zudem" || next == "auch" ||
         next == "dann" || next == "allerdings")) {
      return k;
    }
  }
  return ce;
}

bool IsPassiveAux(std::string_view w) {
  return w == "wurde" || w == "wurden" || w == "wird" || w == "werden" || w == "worden" ||
         w == "sei" || w == "seien" || w == "ist" || w == "sind" || w == "war" || w == "waren";
}

// The speaker of an impersonal "es" frame: the phrase after in/aus/von/bei/auf in the clause.
Range EsSpeaker(const DocView& v, Clause c, uint32_t skip_from, uint32_t skip_to) {
  for (uint32_t k = c.L; k + 1 < c.R; ++k) {
    if (k >= skip_from && k < skip_to) continue;
    const std::string_view w = v.toks[k].lower;
    if (w == "in" || w == "aus" || w == "von" || w == "bei" || w == "auf" || w == "im" ||
        w == "vom" || w == "beim") {
      Range r = NounPhraseAt(v, k + 1, c.R);
      if (!r.empty()) return r;
    }
  }
  return {};
}

}  // namespace tri::quotes::frames_de_detail

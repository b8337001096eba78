// The matcher's per-document set-up: lexicon category bits per piece and the cheap pre-filter
// of pieces that can start an expression (see Matcher in matcher.h).
#include "annotate/time/matcher.h"

namespace tri::timex {

// Pieces no rule starts with are skipped before any rule runs. Starters: numbers, words with
// a lexicon entry other than a tense cue, and compounds of temporal words ("Montagabend",
// "dreitägigen", "Spätsommer", "Vorjahr", "jahrelang"). Function words (the lexicon's
// "trigger" category: articles, prepositions) only start something before a starter.
static bool TemporalCompound(std::string_view w) {
  if (w.size() >= 5 && w.ends_with("mal")) return true;  // "zweimal pro Woche"
  if (w.size() < 6) return false;
  // Parts grouped by first letter, so each position of the word is checked against few.
  static constexpr std::string_view kA[] = {"abend", "anfang"}, kB[] = {"beginn"}, kE[] = {"ende"},
                                    kF[] = {"früh"}, kH[] = {"herbst"}, kJ[] = {"jahr", "jähr"},
                                    kL[] = {"lang"},
                                    kM[] = {"monat", "morgen", "mittag", "minüt", "mitte"},
                                    kN[] = {"nacht"}, kS[] = {"sommer", "stünd"},
                                    kT[] = {"tag", "täg"},
                                    kW[] = {"woche", "wöch", "winter", "wechsel", "wende"},
                                    kZ[] = {"ziger", "zeit"};
  for (size_t k = 0; k + 3 <= w.size(); ++k) {
    const std::string_view rest = w.substr(k);
    auto any = [&](const auto& parts) {
      for (std::string_view part : parts) {
        // The first byte matched (the switch below); the second rejects most parts before
        // the (out-of-line) comparison of the rest.
        if (rest[1] == part[1] && rest.starts_with(part)) return true;
      }
      return false;
    };
    switch (w[k]) {
      case 'a':
        if (any(kA)) return true;
        break;
      case 'b':
        if (any(kB)) return true;
        break;
      case 'e':
        if (any(kE)) return true;
        break;
      case 'f':
        if (any(kF)) return true;
        break;
      case 'h':
        if (any(kH)) return true;
        break;
      case 'j':
        if (any(kJ)) return true;
        break;
      case 'l':
        if (any(kL)) return true;
        break;
      case 'm':
        if (any(kM)) return true;
        break;
      case 'n':
        if (any(kN)) return true;
        break;
      case 's':
        if (any(kS)) return true;
        break;
      case 't':
        if (any(kT)) return true;
        break;
      case 'w':
        if (any(kW)) return true;
        break;
      case 'z':
        if (any(kZ)) return true;
        break;
      default:
        break;
    }
  }
  return false;
}

Matcher::Matcher(const Pieces& pieces, MatcherOptions options, MatcherBuffers* buffers)
    : p_(pieces),
      o_(options),
      buf_(buffers ? *buffers : own_),
      may_start_(buf_.may_start),
      cats_(buf_.cats) {
  const size_t n = pieces.size();
  may_start_.assign(n, 0);
  cats_.assign(n, 0);
  // Bit 1 of may_start_ marks function words (trigger only) until the second pass.
  constexpr uint8_t kStarter = 1, kTrigger = 2;
  for (size_t i = 0; i < n; ++i) {
    const Piece& p = pieces[i];
    if (p.kind == PieceKind::kNum) {
      may_start_[i] = kStarter;
      continue;
    }
    // The lexicon's summary of the entries gives both the category bits and the starter test
    // (IsStarterEntry's rule, which looks at all languages). Multi-word entries set the bit
    // too (LexSpan checks the rest); Lex() still only takes single-word entries after the bit
    // test.
    bool starter = false, trigger = false;
    if (p.item) {
      cats_[i] = p.item->cats[options.langs & 3u];
      starter = p.item->starter;
      trigger = p.item->trigger;
    }
    if (p.kind == PieceKind::kPunct) {
      may_start_[i] = p.lower == "'" ? kStarter : 0;
      continue;
    }
    if (starter || TemporalCompound(p.lower))
      may_start_[i] = kStarter;
    else if (trigger)
      may_start_[i] = kTrigger;
  }
  // A function word starts something only when a starter follows within two pieces
  // ("am selben Tag", "in den kommenden Tagen", "the end of").
  for (size_t i = n; i-- > 0;) {
    if (may_start_[i] != kTrigger) continue;
    bool starts = false;
    for (size_t k = i + 1; k < n && k <= i + 3; ++k) {
      if (may_start_[k] != 0) {
        starts = true;
        break;
      }
    }
    // Keeps the trigger mark for the pieces before it (they test "starter or trigger").
    may_start_[i] = starts ? (kStarter | kTrigger) : kTrigger;
  }
  for (uint8_t& m : may_start_) m &= kStarter;
}

}  // namespace tri::timex

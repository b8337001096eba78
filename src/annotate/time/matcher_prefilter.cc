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
      own_(buffers ? nullptr : std::make_unique<MatcherBuffers>()),
      buf_(buffers ? *buffers : *own_),
      may_start_(buf_.may_start),
      cats_(buf_.cats) {
  for (MatcherBuffers::CoreMemo& m : buf_.memo) m.piece = SIZE_MAX;
  buf_.memo_next = 0;
  const size_t n = pieces.size();
  // Every element is written below, so the arrays are only resized, not filled first.
  may_start_.resize(n);
  cats_.resize(n);
  uint8_t* const marks = may_start_.data();
  uint32_t* const cats = cats_.data();
  const unsigned lang = options.langs & 3u;
  // Bit 1 of may_start_ marks function words (trigger only) until the second pass.
  constexpr uint8_t kStarter = 1, kTrigger = 2;
  bool any_trigger = false;
  for (size_t i = 0; i < n; ++i) {
    const Piece& p = pieces[i];
    // The lexicon's summary of the entries gives both the category bits and the starter test
    // (IsStarterEntry's rule, which looks at all languages). Multi-word entries set the bit
    // too (LexSpan checks the rest); Lex() still only takes single-word entries after the bit
    // test. Numbers have no lexicon item.
    const LexItem* item = p.item;
    cats[i] = item ? item->cats[lang] : 0;
    uint8_t mark = 0;
    if (p.kind == PieceKind::kNum) {
      mark = kStarter;
    } else if (p.kind == PieceKind::kPunct) {
      mark = p.lower == "'" ? kStarter : 0;
    } else if ((item && item->starter) || TemporalCompound(p.lower)) {
      mark = kStarter;
    } else if (item && item->trigger) {
      mark = kTrigger;
      any_trigger = true;
    }
    marks[i] = mark;
  }
  if (!any_trigger) return;
  // A function word starts something only when a starter follows within two pieces
  // ("am selben Tag", "in den kommenden Tagen", "the end of").
  for (size_t i = n; i-- > 0;) {
    if (marks[i] != kTrigger) continue;
    bool starts = false;
    for (size_t k = i + 1; k < n && k <= i + 3; ++k) {
      if (marks[k] != 0) {
        starts = true;
        break;
      }
    }
    // Keeps the trigger mark for the pieces before it (they test "starter or trigger").
    marks[i] = starts ? (kStarter | kTrigger) : kTrigger;
  }
  for (size_t i = 0; i < n; ++i) marks[i] &= kStarter;
}

}  // namespace tri::timex

// The matcher's per-document set-up: lexicon category bits per piece and the cheap pre-filter
// of pieces that can start an expression (see Matcher in matcher.h).
#include "annotate/time/matcher.h"

#include <array>

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
  // Bit (second byte % 64) of [first byte]: set for the first two bytes of some part. Most
  // positions of most words fail this one test, before the switch and the lists.
  static constexpr auto kPairs = [] {
    std::array<uint64_t, 256> t{};
    auto add = [&t](const auto& parts) {
      for (std::string_view part : parts) {
        t[static_cast<unsigned char>(part[0])] |= uint64_t{1}
                                                  << (static_cast<unsigned char>(part[1]) % 64);
      }
    };
    add(kA), add(kB), add(kE), add(kF), add(kH), add(kJ), add(kL);
    add(kM), add(kN), add(kS), add(kT), add(kW), add(kZ);
    return t;
  }();
  const char* const end = w.data() + w.size();
  for (const char* q = w.data(); q + 3 <= end; ++q) {
    const uint64_t pairs = kPairs[static_cast<unsigned char>(q[0])];
    if (!((pairs >> (static_cast<unsigned char>(q[1]) % 64)) & 1u)) continue;
    const std::string_view rest(q, static_cast<size_t>(end - q));
    auto any = [&](const auto& parts) {
      for (std::string_view part : parts) {
        // The first byte matched (the switch below); the second rejects most parts before
        // the (out-of-line) comparison of the rest.
        if (rest[1] == part[1] && rest.starts_with(part)) return true;
      }
      return false;
    };
    switch (q[0]) {
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
  // A function word (the lexicon's "trigger" category) starts something only when a starter
  // or another function word follows within three pieces ("am selben Tag", "in den kommenden
  // Tagen", "the end of"). Bit d of `waiting`: piece i-1-d is a function word not yet marked,
  // so one forward pass settles them all.
  unsigned waiting = 0;
  const Piece* const piece = pieces.items.data();  // read once: the stores below alias it
  for (size_t i = 0; i < n; ++i) {
    const Piece& p = piece[i];
    // The lexicon's summary of the entries gives both the category bits and the starter test
    // (IsStarterEntry's rule, which looks at all languages). Multi-word entries set the bit
    // too (LexSpan checks the rest); Lex() still only takes single-word entries after the bit
    // test. Numbers have no lexicon item.
    const LexItem* item = p.item;
    cats[i] = item ? item->cats[lang] : 0;
    bool starter = false, trigger = false;
    if (p.kind == PieceKind::kNum) {
      starter = true;
    } else if (p.kind == PieceKind::kPunct) {
      starter = p.lower.size() == 1 && p.lower[0] == '\'';
    } else if ((item && item->starter) || TemporalCompound(p.lower)) {
      starter = true;
    } else {
      trigger = item && item->trigger;
    }
    marks[i] = starter ? 1 : 0;
    if (waiting != 0 && (starter || trigger)) {
      for (unsigned d = 0; d < 3; ++d) {
        if ((waiting >> d) & 1u) marks[i - 1 - d] = 1;
      }
      waiting = 0;
    }
    waiting = ((waiting << 1) | (trigger ? 1u : 0u)) & 7u;
  }
}

}  // namespace tri::timex

#include "annotate/time/tense.h"

#include <string_view>

namespace tri::timex {
namespace {

bool IsBoundary(const Piece& p) {
  if (p.kind == PieceKind::kWord) {
    return p.lower == "dass" || p.lower == "that" || p.lower == "weil" || p.lower == "because" ||
           p.lower == "bevor" || p.lower == "before" || p.lower == "nachdem" ||
           p.lower == "after" || p.lower == "wenn" || p.lower == "when" || p.lower == "als" ||
           p.lower == "ob";
  }
  if (p.kind != PieceKind::kPunct) return false;
  std::string_view c = p.lower;
  return c == "," || c == ";" || c == ":" || c == "(" || c == ")" || c == "\"" ||
         c == "\xE2\x80\x9E" || c == "\xE2\x80\x9C" || c == "\xE2\x80\x9D" || c == "\xC2\xAB" ||
         c == "\xC2\xBB" || c == "\xE2\x80\x93" || c == "\xE2\x80\x94";
}

// Called four times per piece of the clause for every expression, so kept inline (GCC outlines
// it otherwise). The lexicon's category bits (a superset: they count multi-word entries too)
// rule out most pieces without a walk over their entries.
[[gnu::always_inline]] inline double CueWeight(const Piece& p, LexCat cat, uint8_t langs) {
  if (!p.item || !(p.item->cats[langs & 3u] & (1u << static_cast<unsigned>(cat)))) return 0;
  double w = 0;
  for (const LexEntry& e : p.item->entries) {
    if (e.cat == cat && e.rest.empty() && (e.langs & langs)) w = std::max(w, double(e.ival));
  }
  return w;
}

bool LooksLikeParticiple(std::string_view w) {
  if (w.size() < 6) return false;
  const bool ending = w.back() == 't' || w.ends_with("en");
  if (!ending) return false;
  if (w.starts_with("ge") || w.ends_with("iert")) return true;
  // Separable verbs: "vorgestellt", "angekündigt", "zurückgetreten".
  static constexpr std::string_view kPrefixes[] = {
      "vor",  "an",     "auf", "aus", "ein", "mit",   "nach", "zu",  "ab",     "bei",
      "fest", "zurück", "weg", "her", "hin", "statt", "teil", "los", "bekannt"};
  for (std::string_view p : kPrefixes) {
    if (w.size() > p.size() + 4 && w.starts_with(p) && w.substr(p.size(), 2) == "ge") return true;
  }
  return false;
}

bool LooksLikeWeakPreterite(std::string_view w) {
  if (w.size() < 8 || w.starts_with("ge")) return false;
  std::string_view stem;
  if (w.ends_with("ten")) {
    stem = w.substr(0, w.size() - 3);
  } else if (w.ends_with("te")) {
    stem = w.substr(0, w.size() - 2);
  } else {
    return false;
  }
  if (stem.ends_with("de") || stem.ends_with("te")) return true;   // "meldeten", "arbeiteten"
  if (stem.ends_with("nn") || stem.ends_with("ch")) return false;  // "bekannten", "rechten"
  return std::string_view("bdfgklmnprwz").find(stem.back()) != std::string_view::npos;
}

bool LooksLikeEnglishPast(std::string_view w) {
  if (w.size() < 5 || w.substr(w.size() - 2) != "ed") return false;
  static constexpr std::string_view kNot[] = {"need",   "speed", "indeed", "proceed", "succeed",
                                              "exceed", "breed", "feed",   "seed",    "embed"};
  for (std::string_view n : kNot) {
    if (w == n) return false;
  }
  return true;
}

}  // namespace

Tense ClauseTense(const Pieces& p, size_t sent_begin, size_t sent_end, size_t at_begin,
                  size_t at_end, uint8_t langs) {
  // One test of a piece's category bits rules out most pieces for all three cue kinds.
  const unsigned sel = langs & 3u;
  constexpr uint32_t kAuxBit = 1u << static_cast<unsigned>(LexCat::kPerfectAux);
  constexpr uint32_t kFutureBit = 1u << static_cast<unsigned>(LexCat::kFutureCue);
  constexpr uint32_t kPastBit = 1u << static_cast<unsigned>(LexCat::kPastCue);
  auto cats = [&](const Piece& piece) -> uint32_t {
    return piece.item ? piece.item->cats[sel] : 0u;
  };
  double past = 0, future = 0;
  bool perfect_aux = false, future_aux = false;
  for (size_t j = sent_begin; j < sent_end; ++j) {
    const uint32_t c = cats(p[j]);
    if (!(c & (kAuxBit | kFutureBit))) continue;
    if (!perfect_aux && (c & kAuxBit) && CueWeight(p[j], LexCat::kPerfectAux, langs) > 0)
      perfect_aux = true;
    if (!future_aux && (c & kFutureBit) && CueWeight(p[j], LexCat::kFutureCue, langs) >= 2)
      future_aux = true;
  }
  auto weigh = [&](size_t j, double w, double& into) {
    // Count boundaries between the cue and the expression.
    size_t lo = j < at_begin ? j : at_end, hi = j < at_begin ? at_begin : j;
    int boundaries = 0;
    for (size_t k = lo; k < hi; ++k) boundaries += IsBoundary(p[k]);
    double factor = 1.0;
    for (int b = 0; b < boundaries && b < 8; ++b) factor *= 0.4;
    into += w * factor;
  };
  const bool de = langs & kLangDe, en = langs & kLangEn;
  const bool participles = perfect_aux && !future_aux && de;
  for (size_t j = sent_begin; j < sent_end; ++j) {
    if (j >= at_begin && j < at_end) continue;
    const Piece& piece = p[j];
    if (piece.kind != PieceKind::kWord) continue;
    const uint32_t c = cats(piece);
    const double f = (c & kFutureBit) ? CueWeight(piece, LexCat::kFutureCue, langs) : 0;
    double b = (c & kPastBit) ? CueWeight(piece, LexCat::kPastCue, langs) : 0;
    if (b == 0 && !piece.upper) {
      const std::string_view w = piece.lower;
      if (participles && LooksLikeParticiple(w)) {
        b = 1.5;
      } else if (en && LooksLikeEnglishPast(w)) {
        b = 1;
      } else if (de && w.size() > 7 && (w.ends_with("ierte") || w.ends_with("ierten"))) {
        // German weak verbs in -ieren: "demonstrierten", "kritisierte".
        b = 2;
      } else if (de && LooksLikeWeakPreterite(w)) {
        // German weak preterite ("entdeckten", "meldete"); participial adjectives
        // ("gesperrte") and superlatives ("letzten", "wichtigsten") look the same and are
        // left out.
        b = 1;
      }
    }
    if (f > 0) weigh(j, f, future);
    if (b > 0) weigh(j, b, past);
  }
  if (past > future * 1.1 && past > 0.3) return Tense::kPast;
  if (future > past * 1.1 && future > 0.3) return Tense::kFuture;
  return Tense::kUnknown;
}

}  // namespace tri::timex

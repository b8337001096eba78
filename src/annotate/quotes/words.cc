// Closed word lists and word-class tests of the quotes stage (German and English function
// words, determiners, auxiliaries, adjective endings, nouns of time); the word lists behind
// IsDeterminer, IsFunctionWord and IsAuxiliary are in word_lists.cc.
#include "annotate/quotes/words.h"

#include <array>
#include <unordered_set>

namespace tri::quotes {
namespace {

using WordSet = std::unordered_set<std::string_view>;

bool EndsWith(std::string_view s, std::string_view suf) {
  return s.size() >= suf.size() && s.substr(s.size() - suf.size()) == suf;
}

bool InflectedEnding(std::string_view w) {
  return EndsWith(w, "e") || EndsWith(w, "en") || EndsWith(w, "er") || EndsWith(w, "es") ||
         EndsWith(w, "em");
}

// Adjective suffixes that verbs rarely have, so an adjective is believed without a determiner.
bool AdjectiveStem(std::string_view w) {
  static constexpr std::array<std::string_view, 13> kStems = {
      "isch", "lich", "ig", "ell", "al", "iv", "bar", "end", "st", "ar", "sam", "los", "iert"};
  std::string_view stem = w;
  for (std::string_view end : {"en", "em", "er", "es", "e"}) {
    if (EndsWith(stem, end)) {
      stem.remove_suffix(end.size());
      break;
    }
  }
  if (stem.size() == w.size()) return false;
  for (std::string_view s : kStems) {
    if (EndsWith(stem, s)) return true;
  }
  return false;
}

// "al-Dschasira", "eBay": lower-case words with a capital inside are names.
bool InnerCapital(std::string_view w) {
  for (size_t k = 1; k < w.size(); ++k) {
    if (w[k] >= 'A' && w[k] <= 'Z') return true;
  }
  return false;
}

// "ndr.de", "faz.net": web sites are named in lower case but stand as nouns ("laut ndr.de").
bool IsDomainName(std::string_view w) {
  const size_t dot = w.rfind('.');
  if (dot == std::string_view::npos || dot == 0 || w.size() - dot < 3 || w.size() - dot > 5) {
    return false;
  }
  for (size_t k = dot + 1; k < w.size(); ++k) {
    if (w[k] < 'a' || w[k] > 'z') return false;
  }
  return true;
}

bool IsNoun(const DocView& v, uint32_t i) {
  const TokInfo& t = v.toks[i];
  if (!(t.flags & kCap) && !((t.flags & kLowerWord) && InnerCapital(t.text)) &&
      !IsDomainName(t.lower)) {
    return false;
  }
  return !IsDeterminer(t.lower) && !IsFunctionWord(t.lower) && !IsPersonalPronoun(t.lower) &&
         !IsAuxiliary(t.lower);
}

}  // namespace

bool IsArticle(std::string_view w) {
  return w == "der" || w == "die" || w == "das" || w == "den" || w == "dem" || w == "des" ||
         w == "ein" || w == "eine" || w == "einer" || w == "eines" || w == "einem" ||
         w == "einen" || w == "the" || w == "a" || w == "an";
}

bool IsPreposition(std::string_view w) {
  static const WordSet s = {
      "an",    "am",     "auf", "aus",      "bei",  "beim",  "bis",   "durch",     "für",
      "gegen", "hinter", "im",  "in",       "ins",  "mit",   "nach",  "neben",     "ohne",
      "seit",  "über",   "um",  "unter",    "vom",  "von",   "vor",   "während",   "wegen",
      "zu",    "zum",    "zur", "zwischen", "laut", "gemäß", "trotz", "gegenüber", "of",
      "to",    "on",     "at",  "for",      "with", "by",    "from"};
  return s.count(w) > 0;
}

bool IsPersonalPronoun(std::string_view w) {
  return w == "er" || w == "sie" || w == "wir" || w == "ich" || w == "he" || w == "she" ||
         w == "they" || w == "we" || w == "i";
}

bool IsSubordinator(std::string_view w) {
  return w == "als" || w == "weil" || w == "nachdem" || w == "da" || w == "während" || w == "ob" ||
         w == "wenn" || w == "dass" || w == "obwohl" || w == "indem" || w == "wie";
}

bool IsAdjectiveLike(const TokInfo& t, bool after_det) {
  if (t.flags & kNumber) return true;
  if (!(t.flags & kLowerWord) || t.lower.size() < 3) return false;
  if (IsFunctionWord(t.lower) || IsAuxiliary(t.lower) || IsDeterminer(t.lower)) return false;
  if (t.cues) return false;
  return after_det ? InflectedEnding(t.lower) : AdjectiveStem(t.lower);
}

bool IsTemporalNoun(std::string_view w) {
  static const WordSet s = {
      "anfang",    "ende",       "mitte",      "montag", "dienstag",  "mittwoch", "donnerstag",
      "freitag",   "samstag",    "sonntag",    "januar", "februar",   "märz",     "april",
      "mai",       "juni",       "juli",       "august", "september", "oktober",  "november",
      "dezember",  "jahr",       "jahres",     "jahren", "woche",     "wochen",   "tag",
      "tage",      "tagen",      "uhr",        "abend",  "morgen",    "nacht",    "monat",
      "monaten",   "wochenende", "sommer",     "winter", "frühjahr",  "herbst",   "zeit",
      "anschluss", "vormittag",  "nachmittag", "mittag", "vorjahr",   "zuge",     "laufe"};
  return s.count(w) > 0;
}

bool IsNounToken(const DocView& v, uint32_t i) { return i < v.toks.size() && IsNoun(v, i); }

bool HasInnerCapital(std::string_view w) { return InnerCapital(w); }

bool IsSeparator(const TokInfo& t) {
  return (t.flags & (kComma | kColon | kSemicolon | kDash)) != 0;
}

bool IsKonjunktivI(std::string_view w) {
  static const std::unordered_set<std::string_view> kForms = {
      "sei",        "seien",      "habe",         "werde",      "könne",    "müsse",   "solle",
      "wolle",      "dürfe",      "möge",         "wisse",      "gebe",     "gehe",    "stehe",
      "liege",      "komme",      "bleibe",       "sehe",       "halte",    "lasse",   "fehle",
      "brauche",    "handle",     "handele",      "bestehe",    "entstehe", "erhalte", "trage",
      "zeige",      "plane",      "arbeite",      "wirke",      "diene",    "führe",   "gelte",
      "helfe",      "nehme",      "spiele",       "stamme",     "treffe",   "verfüge", "befinde",
      "beziehe",    "betrage",    "gehöre",       "hänge",      "reiche",   "sitze",   "spreche",
      "suche",      "verstehe",   "lebe",         "kenne",      "erwarte",  "biete",   "setze",
      "stelle",     "nutze",      "scheine",      "lägen",      "gäbe",     "bedeute", "erfolge",
      "ermögliche", "verhindere", "beabsichtige", "entspreche", "falle",    "finde",   "laufe",
      "behindere",  "lege",       "wachse",       "sinke",      "steige",   "hoffe",   "glaube",
      "fürchte",    "rechne"};
  return kForms.count(w) > 0;
}

bool IsKonjunktivII(std::string_view w) {
  return w == "hätte" || w == "hätten" || w == "wäre" || w == "wären" || w == "würde" ||
         w == "würden" || w == "könnte" || w == "könnten" || w == "müssten" || w == "dürften";
}

}  // namespace tri::quotes

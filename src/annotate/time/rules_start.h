// Where each rule family can start at a word: Core (matcher.cc) runs a family at a word only
// when its test here passes (numbers and punctuation go to the families unfiltered). Each test
// is exact: the family's rules find nothing at a word failing it. The tests are inline, and
// take the facts they share (the word, its lexicon categories, its WordKey) from one place, so
// the ten cost a few instructions each per word instead of a call and ~30 instructions.
#pragma once

#include "annotate/time/matcher.h"

namespace tri::timex {

// Filters over tables that the families' rules use too (defined next to the tables).
extern const WordSet kRelativeCompoundFilter;  // rules_relative.cc: "vorjahr", "folgetag", ...
extern const WordSet kRefPhraseFilter;         // rules_anaphora.cc: phrases' first words
// rules_period.cc: "jahresende", "wochenbeginn", ...
extern const WordSet kPeriodBoundaryFilter;
bool IsPeriodBoundary(std::string_view w);

struct WordFacts {
  WordFacts(std::string_view word, uint32_t cat_bits)
      : w(word),
        cats(cat_bits),
        key_word(WordKey(word) / 64),
        key_bit(uint64_t{1} << (WordKey(word) % 64)) {}

  std::string_view w;  // lower-cased
  uint32_t cats;       // bit c: an entry of LexCat c (Rules::HasCat)
  unsigned key_word;   // WordKey(w), split as MayBeIn uses it
  uint64_t key_bit;

  bool MayBeIn(const WordSet& filter) const { return filter.bits[key_word] & key_bit; }
  template <size_t N>
  bool In(const std::string_view (&words)[N], const WordSet& filter) const {
    if (!MayBeIn(filter)) return false;
    for (std::string_view x : words) {
      if (SameText(w, x)) return true;
    }
    return false;
  }
};

// Dates: a word starts one only as a month name (DateAt's MonthAt; the other forms start with a
// number).
inline bool DatesStart(const WordFacts& f) {
  return f.cats & CatBits(LexCat::kMonth, LexCat::kMonthAbbr);
}

// Months: both forms need a month name at i, or REL at i before one.
inline bool MonthsStart(const WordFacts& f) {
  return f.cats & CatBits(LexCat::kRel, LexCat::kMonth, LexCat::kMonthAbbr);
}

// Years: a year word (YearAt: "Jahr 1917"), a decade word ("zwanziger Jahre") or an ordinal
// ("zwanzigsten Jahrhundert").
inline bool YearsStart(const WordFacts& f) {
  static constexpr std::string_view kWords[] = {"jahr",       "jahre",     "jahres",    "jahrs",
                                                "jahren",     "year",      "zwanziger", "dreißiger",
                                                "dreissiger", "vierziger", "fünfziger", "sechziger",
                                                "siebziger",  "achtziger", "neunziger"};
  static constexpr WordSet kFilter = WordFilter(kWords);
  return (f.cats & CatBits(LexCat::kOrdinal)) || f.In(kWords, kFilter);
}

// Periods: one of these categories, a season compound ("Spätsommer"), a boundary word
// ("Jahresende") or one of the listed words.
inline bool PeriodsStart(const WordFacts& f) {
  if (f.cats & CatBits(LexCat::kSeason, LexCat::kOrdinal, LexCat::kHoliday)) return true;
  static constexpr std::string_view kWords[] = {"q", "h", "kw", "week", "kalenderwoche"};
  static constexpr WordSet kFilter = WordFilter(kWords);
  const std::string_view w = f.w;
  const bool season_compound =
      w.size() > 7 && (IsLiteral(w.substr(0, 5), "spät") || IsLiteral(w.substr(0, 5), "früh") ||
                       IsLiteral(w.substr(0, 4), "hoch"));
  return season_compound || (f.MayBeIn(kPeriodBoundaryFilter) && IsPeriodBoundary(w)) ||
         f.In(kWords, kFilter);
}

// Clock: ClockAt needs a number; a word starts only "Mitternacht"/"noon" or a part of day.
inline bool ClockStart(const WordFacts& f) {
  return (f.cats & CatBits(LexCat::kDaypart)) || IsLiteral(f.w, "mitternacht") ||
         IsLiteral(f.w, "midnight") || IsLiteral(f.w, "noon");
}

// Relative: one of these categories or words, a compound ("Vorjahr"), or 9+ letters (weekday
// compounds: "Montagabend").
inline bool RelativeStart(const WordFacts& f) {
  static constexpr std::string_view kWords[] = {"this", "last", "weekend", "vor", "in", "binnen"};
  static constexpr WordSet kFilter = WordFilter(kWords);
  return (f.cats &
          CatBits(LexCat::kDeicticDay, LexCat::kRel, LexCat::kWeekday, LexCat::kWeekdayAbbr)) ||
         f.w.size() > 8 || f.In(kWords, kFilter) || f.MayBeIn(kRelativeCompoundFilter);
}

// Anaphora: SAME, FOLLOW, PRIOR, REL, a unit, AmountAt's words, or a listed word (the
// prepositions and articles the rules skip: "am", "the").
inline bool AnaphoraStart(const WordFacts& f) {
  static constexpr std::string_view kWords[] = {
      "am",   "an",    "im",     "that",    "the",      "next",  "previous",
      "nach", "a",     "dieses", "diesem",  "jenes",    "jenem", "neuen",
      "neue", "ganze", "ganzen", "gesamte", "gesamten", "whole", "entire"};
  static constexpr WordSet kFilter = WordFilter(kWords);
  return (f.cats & CatBits(LexCat::kSame, LexCat::kFollow, LexCat::kPrior, LexCat::kRel,
                           LexCat::kUnit, LexCat::kVague, LexCat::kNumber, LexCat::kFraction)) ||
         f.In(kWords, kFilter);
}

// Durations: REL/FOLLOW/ordinal prefix, AmountAt's words, a listed word, or a compound that
// passes CompoundSuffixUnit's own first test ("dreitägigen", "jahrelang").
inline bool DurationsStart(const WordFacts& f) {
  static constexpr std::string_view kWords[] = {
      "a",         "seit",       "for",         "über",         "folgejahren",   "folgejahre",
      "vorjahren", "jahrzehnte", "jahrzehnten", "jahrhunderte", "jahrhunderten", "decades",
      "centuries"};
  static constexpr WordSet kFilter = WordFilter(kWords);
  return (f.cats & CatBits(LexCat::kRel, LexCat::kFollow, LexCat::kOrdinal, LexCat::kVague,
                           LexCat::kNumber, LexCat::kFraction)) ||
         f.In(kWords, kFilter) ||
         (f.w.size() >= 5 && (Contains(f.w, "ig") || Contains(f.w, "lang")));
}

// Sets: a set adverb, a weekday ("montags"), a number ("drei Mal"), "...mal" or a listed word.
inline bool SetsStart(const WordFacts& f) {
  static constexpr std::string_view kWords[] = {"jeden", "jede", "jedes", "jedem", "alle",
                                                "every", "each", "once",  "twice"};
  static constexpr WordSet kFilter = WordFilter(kWords);
  return (f.cats & CatBits(LexCat::kSet, LexCat::kWeekday, LexCat::kNumber)) ||
         (f.w.size() > 3 && f.w.ends_with("mal")) || f.In(kWords, kFilter);
}

// Refs: a REF entry, a phrase's first word or "seit".
inline bool RefsStart(const WordFacts& f) {
  return (f.cats & CatBits(LexCat::kRef)) || (!f.w.empty() && f.MayBeIn(kRefPhraseFilter)) ||
         IsLiteral(f.w, "seit");
}

}  // namespace tri::timex

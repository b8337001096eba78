// Lexicon: the temporal vocabulary (month and weekday names, number words, units, seasons,
// parts of day, deictic and relative words, holidays, time zones, tense cues) of the time stage,
// parsed once from data/time/lexicon.tsv (embedded in the binary). Immutable after Parse, so
// one instance is shared by all threads.
#pragma once

#include <cstdint>
#include <functional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "core/status.h"

namespace tri::timex {

enum class LexCat : uint8_t {
  kMonth,
  kMonthAbbr,
  kWeekday,
  kWeekdayAbbr,
  kNumber,
  kOrdinal,
  kFraction,
  kUnit,
  kSeason,
  kDaypart,
  kDeicticDay,
  kRel,
  kSame,
  kFollow,
  kPrior,
  kRef,
  kModPre,
  kHoliday,
  kTz,
  kSet,
  kVague,
  kFutureCue,
  kPastCue,
  kPerfectAux,
  kTrigger,
};

// Languages an entry applies to (bit set).
inline constexpr uint8_t kLangDe = 1;
inline constexpr uint8_t kLangEn = 2;

struct LexEntry {
  LexCat cat = LexCat::kMonth;
  uint8_t langs = kLangDe | kLangEn;
  int ival = 0;      // numeric value where the category has one (month 1-12, offset, ...)
  std::string sval;  // textual value ("SU", "P1D", "EASTER+1", "PRESENT_REF", "3/2")
  // Further pieces of a multi-word form after the first ("der deutschen einheit" for
  // "tag der deutschen einheit"), already split and lower-cased like text pieces.
  std::vector<std::string> rest;
};

class Lexicon {
 public:
  // Parses the TSV format documented in data/time/lexicon.tsv. Errors name the line.
  static Result<Lexicon> Parse(std::string_view tsv);
  // The embedded data/time/lexicon.tsv.
  static Result<Lexicon> Default();

  // Entries whose form starts with the lower-cased piece `first`; nullptr if none.
  const std::vector<LexEntry>* Find(std::string_view first) const;

 private:
  struct Hash {
    using is_transparent = void;
    // FNV-1a: every word piece of a document is looked up, and the words are short, so a
    // simple inline hash beats the library's general-purpose one.
    size_t operator()(std::string_view s) const {
      uint64_t h = 14695981039346656037ull;
      for (unsigned char c : s) h = (h ^ c) * 1099511628211ull;
      return static_cast<size_t>(h);
    }
  };
  std::unordered_map<std::string, std::vector<LexEntry>, Hash, std::equal_to<>> by_first_;
};

// Units of time the rules work with (TIMEX3 duration letters in comments).
enum class Unit : uint8_t {
  kNone,
  kYear /*Y*/,
  kMonth /*M*/,
  kWeek /*W*/,
  kDay /*D*/,
  kHour /*H*/,
  kMinute /*M after T*/,
  kSecond /*S*/,
  kDecade /*DE*/,
  kCentury /*CE*/,
  kQuarter /*Q*/,
  kHalfYear /*HY*/,
  kWeekend /*WE*/,
};
Unit UnitFromCode(std::string_view code);  // "Y" -> kYear, ...; kNone if unknown

}  // namespace tri::timex

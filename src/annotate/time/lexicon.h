// Lexicon: the temporal vocabulary (month and weekday names, number words, units, seasons,
// parts of day, deictic and relative words, holidays, time zones, tense cues) of the time stage,
// parsed once from data/time/lexicon.tsv (embedded in the binary). Immutable after Parse, so
// one instance is shared by all threads.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
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

// All entries whose form starts with one piece, with what the matcher's per-piece set-up
// needs from them computed once (it runs for every word of every text).
struct LexItem {
  std::vector<LexEntry> entries;
  uint32_t cats[4] = {0, 0, 0, 0};  // by language mask (kLangDe | kLangEn): bit c for LexCat c
  bool starter = false;             // an entry (any language) other than a tense cue or a trigger
  bool trigger = false;             // a trigger entry (articles, prepositions)
};

class Lexicon {
 public:
  // Parses the TSV format documented in data/time/lexicon.tsv. Errors name the line.
  static Result<Lexicon> Parse(std::string_view tsv);
  // The embedded data/time/lexicon.tsv.
  static Result<Lexicon> Default();

  // Entries whose form starts with the lower-cased piece `first`; nullptr if none.
  const std::vector<LexEntry>* Find(std::string_view first) const {
    const LexItem* item = FindItem(first);
    return item ? &item->entries : nullptr;
  }
  const LexItem* FindItem(std::string_view first) const { return FindItem(first, Hash(first)); }
  // The same with `hash` == Hash(first), for callers that hash while they lower-case.
  // Inline: it runs for every word and punctuation piece, and most are misses that end at the
  // first, empty slot.
  const LexItem* FindItem(std::string_view first, uint64_t hash) const {
    if (slots_.empty() || first.empty()) return nullptr;
    // Keys start with few punctuation marks ("'ll"): other marks need no probe.
    const unsigned char c0 = static_cast<unsigned char>(first[0]);
    if (!((first_bytes_[c0 / 64] >> (c0 % 64)) & 1u)) return nullptr;
    for (size_t at = hash & mask_;; at = (at + 1) & mask_) {
      const Slot& slot = slots_[at];
      if (slot.item == UINT32_MAX) return nullptr;
      if (slot.hash == static_cast<uint32_t>(hash) && keys_[slot.item] == first) {
        return &items_[slot.item];
      }
    }
  }

  // FNV-1a: every word piece of a document is looked up, and the words are short, so a simple
  // inline hash beats the library's general-purpose one. HashStep adds one byte.
  static constexpr uint64_t kHashSeed = 14695981039346656037ull;
  static uint64_t HashStep(uint64_t h, unsigned char c) { return (h ^ c) * 1099511628211ull; }
  static uint64_t Hash(std::string_view s) {
    uint64_t h = kHashSeed;
    for (unsigned char c : s) h = HashStep(h, c);
    return h;
  }

 private:
  void BuildIndex();

  // Open addressing with linear probing over a power-of-two table at most a quarter full: most
  // pieces are not in the lexicon, and a miss usually ends at the first, empty slot without a
  // string compare. Slots hold indexes, so copies of a Lexicon stay valid.
  struct Slot {
    uint32_t hash = 0;           // low bits of the key's hash
    uint32_t item = UINT32_MAX;  // index into keys_/items_; UINT32_MAX: empty
  };
  std::vector<std::string> keys_;
  std::vector<LexItem> items_;
  std::vector<Slot> slots_;
  size_t mask_ = 0;
  uint64_t first_bytes_[4] = {0, 0, 0, 0};  // bit b: some key starts with byte b
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

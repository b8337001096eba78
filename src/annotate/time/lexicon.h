// Lexicon: the temporal vocabulary (month and weekday names, number words, units, seasons,
// parts of day, deictic and relative words, holidays, time zones, tense cues) of the time stage,
// parsed once from data/time/lexicon.tsv (embedded in the binary). Immutable after Parse, so
// one instance is shared by all threads.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "core/ascii8.h"
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
  const LexItem* FindItem(std::string_view first) const {
    if (first.empty() || !MayHold(first)) return nullptr;
    uint64_t head;
    const uint64_t hash = Hash(first, &head);
    return Probe(first, hash, head);
  }
  // The same for a non-empty lower-cased piece whose storage stays readable for 8 bytes past
  // its end (BuildPieces' padded buffer): the hash then loads whole words without a byte loop.
  // Inline: it runs for every word and punctuation piece, and most are misses that end at the
  // length/first-byte filter or at the first, empty slot.
  const LexItem* FindPadded(std::string_view first) const {
    if (!MayHold(first)) return nullptr;
    uint64_t head;
    const uint64_t hash = HashPadded(first.data(), first.size(), &head);
    return Probe(first, hash, head);
  }

  // Word-at-a-time hash (8 bytes per multiply; the last word zero-filled): pieces are short,
  // so most take one step. `head` receives the first word. HashPadded gives the same values
  // for n >= 1 bytes at p, reading whole words past the end.
  static uint64_t Hash(std::string_view s, uint64_t* head) {
    uint64_t h = kHashSeed;
    size_t i = 0;
    *head = 0;
    for (; i + 8 <= s.size(); i += 8) {
      const uint64_t w = ascii8::Load(s.data() + i);
      if (i == 0) *head = w;
      h = HashMix(h, w);
    }
    if (i < s.size()) {
      uint64_t w = 0;
      for (size_t k = i; k < s.size(); ++k)
        w |= uint64_t{static_cast<unsigned char>(s[k])} << (8 * (k - i));
      if (i == 0) *head = w;
      h = HashMix(h, w);
    }
    return h ^ (h >> 32);  // the slot index takes low bits, which the multiply alone leaves weak
  }
  static uint64_t HashPadded(const char* p, size_t n, uint64_t* head) {
    uint64_t h;
    if (n <= 8) {  // most pieces: one word, no loop
      *head = ascii8::Load(p) & (~uint64_t{0} >> (64 - 8 * n));
      h = HashMix(kHashSeed, *head);
    } else {
      *head = ascii8::Load(p);
      h = HashMix(kHashSeed, *head);
      for (n -= 8, p += 8; n >= 8; n -= 8, p += 8) h = HashMix(h, ascii8::Load(p));
      if (n > 0) h = HashMix(h, ascii8::Load(p) & (~uint64_t{0} >> (64 - 8 * n)));
    }
    return h ^ (h >> 32);
  }

 private:
  static constexpr uint64_t kHashSeed = 14695981039346656037ull;
  static uint64_t HashMix(uint64_t h, uint64_t w) { return (h ^ w) * 0x9E3779B97F4A7C15ull; }
  // Most pieces are not keys: a key of this first byte and length (modulo 64, which costs no
  // instruction in the shift) must exist before the piece is hashed at all.
  bool MayHold(std::string_view first) const {
    return (first_len_[static_cast<unsigned char>(first[0])] >> (first.size() % 64)) & 1u;
  }
  // Slots keep each key's size and first word, so keys of up to 8 bytes (most) compare
  // without a call to memcmp.
  const LexItem* Probe(std::string_view first, uint64_t hash, uint64_t head) const {
    for (size_t at = hash & mask_;; at = (at + 1) & mask_) {
      const Slot& slot = slots_[at];
      if (slot.size == 0) return nullptr;
      if (slot.head == head && slot.size == first.size() &&
          (first.size() <= 8 || keys_[slot.item] == first)) {
        return &items_[slot.item];
      }
    }
  }

  void BuildIndex();

  // Open addressing with linear probing over a power-of-two table at most a quarter full: most
  // pieces are not in the lexicon, and a miss usually ends at the first, empty slot without a
  // string compare. Slots hold indexes, so copies of a Lexicon stay valid.
  struct Slot {
    uint64_t head = 0;  // the key's first 8 bytes (as Hash's first word)
    uint32_t size = 0;  // the key's size; 0: empty
    uint32_t item = 0;  // index into keys_/items_
  };
  std::vector<std::string> keys_;
  std::vector<LexItem> items_;
  std::vector<Slot> slots_;
  size_t mask_ = 0;
  uint64_t first_len_[256] = {};  // [b] bit l: some key starts with byte b, length l (mod 64)
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

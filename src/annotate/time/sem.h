// Sem: what a temporal expression means, independent of any anchor: a (partial) calendar
// value, an offset from the anchor or the narrative reference date ("gestern", "zwei Tage
// später"), a weekday near one of them, or a literal value (durations, sets, PRESENT_REF).
// The resolver turns a Sem into a TIMEX3 value; Encode/Decode give the compact form stored in
// Timex::relative_form so undated documents can be re-resolved later.
#pragma once

#include <climits>
#include <optional>
#include <string>
#include <string_view>

#include "annotate/time/lexicon.h"
#include "core/annotations.h"

namespace tri::timex {

inline constexpr int kUnset = INT_MIN;

// A short fixed-capacity string (values like "PRESENT_REF", "XXXX-XX-XXTEV", mods, feasts), so
// a Sem is trivially copyable: the matcher builds and discards many per candidate.
class ShortText {
 public:
  static constexpr size_t kCapacity = 23;
  ShortText() = default;
  ShortText(std::string_view s) { assign(s); }  // NOLINT: implicit by design
  ShortText& operator=(std::string_view s) {
    assign(s);
    return *this;
  }
  ShortText& operator=(const std::string& s) { return *this = std::string_view(s); }
  ShortText& operator=(const char* s) { return *this = std::string_view(s); }
  std::string_view view() const { return {data_, len_}; }
  operator std::string_view() const { return view(); }          // NOLINT
  operator std::string() const { return std::string(view()); }  // NOLINT
  bool empty() const { return len_ == 0; }
  size_t size() const { return len_; }
  const char* c_str() const { return data_; }
  void clear() { assign({}); }
  bool starts_with(std::string_view p) const { return view().starts_with(p); }
  friend bool operator==(const ShortText& a, std::string_view b) { return a.view() == b; }
  friend bool operator==(const ShortText& a, const ShortText& b) { return a.view() == b.view(); }

 private:
  void assign(std::string_view s) {
    len_ = static_cast<uint8_t>(s.size() < kCapacity ? s.size() : kCapacity);
    for (size_t i = 0; i < len_; ++i) data_[i] = s[i];
    data_[len_] = '\0';
  }
  char data_[kCapacity + 1] = {};
  uint8_t len_ = 0;
};

enum class SemKind : uint8_t {
  kCalendar,  // calendar fields; a missing year (or month/day) comes from the context
  kOffset,    // the base moved by `offset` `unit`s, reported at `gran`, then calendar overlays
  kWeekday,   // the weekday `weekday` before/after the base (see `dir`)
  kFixed,     // `fixed` is the value (durations, sets, PRESENT_REF, ...)
};

// What a relative value is relative to.
enum class Base : uint8_t {
  kNone,     // absolute
  kContext,  // the anchor in news, the narrative's reference date in narratives
  kRef,      // the last mentioned date (anaphora: "am selben Tag", "zwei Tage später")
  kAnchor,   // always the anchor ("heute", "gestern", "vor zwei Wochen" in news)
};

// Direction for year-less dates and weekdays: from the sentence's tense (kAuto) or fixed.
enum class Dir : uint8_t { kAuto, kPast, kFuture, kNearest, kStrictPast, kStrictFuture, kSameWeek };

enum class Season : uint8_t { kNone, kSpring, kSummer, kFall, kWinter };
enum class Daypart : uint8_t { kNone, kMorning, kMidday, kAfternoon, kEvening, kNight };

struct Sem {
  TimexType type = TimexType::kDate;
  SemKind kind = SemKind::kCalendar;
  Base base = Base::kNone;
  Dir dir = Dir::kAuto;

  int year = kUnset;  // as written (positive); bc marks years before Christ
  bool bc = false;
  bool two_digit_year = false;  // "39" in "1.9.39": the century comes from the context
  int century = kUnset;         // TIMEX "19" = the 1900s
  int decade = kUnset;          // TIMEX "193" = the 1930s
  int month = 0, day = 0, week = 0, quarter = 0, half = 0, weekday = 0;  // weekday 1=Mon..7
  Season season = Season::kNone;
  bool weekend = false;
  Daypart part = Daypart::kNone;
  int hour = -1, minute = -1, second = -1;
  int tz = kUnset;  // UTC offset in minutes

  Unit unit = Unit::kNone;  // kOffset
  int offset = 0;
  Unit gran = Unit::kNone;  // granularity of an offset's value (defaults to unit)

  ShortText feast;       // movable feast ("EASTER+1", "THANKSGIVING"): month/day follow the year
  ShortText fixed;       // kFixed
  ShortText mod;         // TIMEX3 mod
  bool invalid = false;  // impossible as written ("31.02.2025"): partial value, unresolved
  bool bare = false;     // a number read as a year with no year context; dropped if implausible

  bool HasDateFields() const {
    return month || day || week || quarter || half || season != Season::kNone || weekend ||
           !feast.empty();
  }
  bool HasTime() const { return hour >= 0 || part != Daypart::kNone; }
};

// Compact "key=value;..." form of a relative Sem (Timex::relative_form) and back.
std::string Encode(const Sem& sem);
// The same with `dir` in place of sem.dir (saves the resolver a copy of the Sem).
std::string Encode(const Sem& sem, Dir dir);
std::optional<Sem> Decode(std::string_view form);

std::string_view SeasonCode(Season s);    // "SP", ...
std::string_view DaypartCode(Daypart p);  // "MO", ...

}  // namespace tri::timex

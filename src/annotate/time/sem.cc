#include "annotate/time/sem.h"

#include <charconv>
#include <cstring>

namespace tri::timex {
namespace {

struct IntField {
  std::string_view key;
  int Sem::*member;
  int unset;
};

constexpr IntField kIntFields[] = {
    {"y", &Sem::year, kUnset}, {"ce", &Sem::century, kUnset}, {"de", &Sem::decade, kUnset},
    {"m", &Sem::month, 0},     {"d", &Sem::day, 0},           {"w", &Sem::week, 0},
    {"q", &Sem::quarter, 0},   {"h", &Sem::half, 0},          {"wd", &Sem::weekday, 0},
    {"hh", &Sem::hour, -1},    {"mi", &Sem::minute, -1},      {"ss", &Sem::second, -1},
    {"tz", &Sem::tz, kUnset},  {"o", &Sem::offset, 0},
};

template <typename E>
int AsInt(E e) {
  return static_cast<int>(e);
}

// Writes Encode's output into the caller's buffer; copied into a string once (every relative
// value is encoded). The cursor lives apart from the buffer so that, inlined, it stays in a
// register (a member next to the bytes written would be reloaded after each one). Bounded: at
// most 27 fields of ';', a key of <= 3 bytes, '=', and an int (<= 11 bytes) or a ShortText
// (<= 23 bytes).
class FormWriter {
 public:
  explicit FormWriter(char* buf) : begin_(buf), p_(buf) {}
  [[gnu::always_inline]] void Put(std::string_view key, std::string_view value) {
    Key(key);
    Add(value);
  }
  [[gnu::always_inline]] void Put(std::string_view key, const ShortText& value) {
    Put(key, value.view());
  }
  [[gnu::always_inline]] void Put(std::string_view key, const char* value) {
    Put(key, std::string_view(value));
  }
  [[gnu::always_inline]] void Put(std::string_view key, int value) {
    Key(key);
    // Most fields are small numbers (kinds, months, days, weekdays, offsets) or years.
    unsigned u = static_cast<unsigned>(value);
    if (value < 0 && value > -100) {
      *p_++ = '-';
      u = static_cast<unsigned>(-value);
    }
    if (u < 10) {
      *p_++ = static_cast<char>('0' + u);
    } else if (u < 100) {
      *p_++ = static_cast<char>('0' + u / 10);
      *p_++ = static_cast<char>('0' + u % 10);
    } else if (u >= 1000 && u < 10000) {
      *p_++ = static_cast<char>('0' + u / 1000);
      *p_++ = static_cast<char>('0' + u / 100 % 10);
      *p_++ = static_cast<char>('0' + u / 10 % 10);
      *p_++ = static_cast<char>('0' + u % 10);
    } else {
      p_ = std::to_chars(p_, p_ + 12, value).ptr;
    }
  }
  std::string str() const { return std::string(begin_, p_); }

 private:
  [[gnu::always_inline]] void Key(std::string_view key) {
    if (p_ != begin_) *p_++ = ';';
    Add(key);
    *p_++ = '=';
  }
  [[gnu::always_inline]] void Add(std::string_view s) {
    std::memcpy(p_, s.data(), s.size());
    p_ += s.size();
  }
  char* const begin_;
  char* p_;
};

bool ParseInt(std::string_view s, int& v) {
  auto [p, ec] = std::from_chars(s.data(), s.data() + s.size(), v);
  return ec == std::errc() && p == s.data() + s.size();
}

}  // namespace

std::string_view SeasonCode(Season s) {
  switch (s) {
    case Season::kSpring:
      return "SP";
    case Season::kSummer:
      return "SU";
    case Season::kFall:
      return "FA";
    case Season::kWinter:
      return "WI";
    case Season::kNone:
      break;
  }
  return "";
}

std::string_view DaypartCode(Daypart p) {
  switch (p) {
    case Daypart::kMorning:
      return "MO";
    case Daypart::kMidday:
      return "MI";
    case Daypart::kAfternoon:
      return "AF";
    case Daypart::kEvening:
      return "EV";
    case Daypart::kNight:
      return "NI";
    case Daypart::kNone:
      break;
  }
  return "";
}

std::string Encode(const Sem& s) { return Encode(s, s.dir); }

std::string Encode(const Sem& s, Dir dir) {
  char buf[1024];
  FormWriter out(buf);
  out.Put("t", AsInt(s.type));
  out.Put("k", AsInt(s.kind));
  out.Put("b", AsInt(s.base));
  if (dir != Dir::kAuto) out.Put("dir", AsInt(dir));
  // The fields of kIntFields in its order, written out: a loop over member pointers cost more
  // than the digits (every relative value is encoded).
  static_assert(sizeof kIntFields / sizeof kIntFields[0] == 14);
  if (s.year != kUnset) out.Put("y", s.year);
  if (s.century != kUnset) out.Put("ce", s.century);
  if (s.decade != kUnset) out.Put("de", s.decade);
  if (s.month != 0) out.Put("m", s.month);
  if (s.day != 0) out.Put("d", s.day);
  if (s.week != 0) out.Put("w", s.week);
  if (s.quarter != 0) out.Put("q", s.quarter);
  if (s.half != 0) out.Put("h", s.half);
  if (s.weekday != 0) out.Put("wd", s.weekday);
  if (s.hour != -1) out.Put("hh", s.hour);
  if (s.minute != -1) out.Put("mi", s.minute);
  if (s.second != -1) out.Put("ss", s.second);
  if (s.tz != kUnset) out.Put("tz", s.tz);
  if (s.offset != 0) out.Put("o", s.offset);
  if (s.bc) out.Put("bc", "1");
  if (s.two_digit_year) out.Put("yy", "1");
  if (s.season != Season::kNone) out.Put("se", AsInt(s.season));
  if (s.weekend) out.Put("we", "1");
  if (s.part != Daypart::kNone) out.Put("p", AsInt(s.part));
  if (s.unit != Unit::kNone) out.Put("u", AsInt(s.unit));
  if (s.gran != Unit::kNone) out.Put("g", AsInt(s.gran));
  if (!s.mod.empty()) out.Put("mod", s.mod);
  if (!s.feast.empty()) out.Put("fe", s.feast);
  return out.str();
}

std::optional<Sem> Decode(std::string_view form) {
  Sem s;
  size_t pos = 0;
  while (pos < form.size()) {
    size_t end = form.find(';', pos);
    if (end == std::string_view::npos) end = form.size();
    std::string_view item = form.substr(pos, end - pos);
    pos = end + 1;
    const size_t eq = item.find('=');
    if (eq == std::string_view::npos) return std::nullopt;
    std::string_view key = item.substr(0, eq), value = item.substr(eq + 1);
    if (key == "mod") {
      s.mod = std::string(value);
      continue;
    }
    if (key == "fe") {
      s.feast = std::string(value);
      continue;
    }
    int v = 0;
    if (!ParseInt(value, v)) return std::nullopt;
    bool known = false;
    for (const IntField& f : kIntFields) {
      if (f.key == key) {
        s.*f.member = v;
        known = true;
      }
    }
    if (known) continue;
    if (key == "t" && v >= 0 && v <= 3)
      s.type = static_cast<TimexType>(v);
    else if (key == "k" && v >= 0 && v <= 3)
      s.kind = static_cast<SemKind>(v);
    else if (key == "b" && v >= 0 && v <= 3)
      s.base = static_cast<Base>(v);
    else if (key == "dir" && v >= 0 && v <= 6)
      s.dir = static_cast<Dir>(v);
    else if (key == "bc")
      s.bc = v != 0;
    else if (key == "yy")
      s.two_digit_year = v != 0;
    else if (key == "se" && v >= 0 && v <= 4)
      s.season = static_cast<Season>(v);
    else if (key == "we")
      s.weekend = v != 0;
    else if (key == "p" && v >= 0 && v <= 5)
      s.part = static_cast<Daypart>(v);
    else if (key == "u" && v >= 0 && v <= 12)
      s.unit = static_cast<Unit>(v);
    else if (key == "g" && v >= 0 && v <= 12)
      s.gran = static_cast<Unit>(v);
    else
      return std::nullopt;
  }
  return s;
}

}  // namespace tri::timex

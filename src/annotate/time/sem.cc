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

// Encode's output, built in a fixed buffer and copied out once (every relative value is
// encoded). Bounded: at most 27 fields of ';', a key of <= 3 bytes, '=', and an int (<= 11
// bytes) or a ShortText (<= 23 bytes).
class FormWriter {
 public:
  void Put(std::string_view key, std::string_view value) {
    Key(key);
    Add(value);
  }
  void Put(std::string_view key, const ShortText& value) { Put(key, value.view()); }
  void Put(std::string_view key, const char* value) { Put(key, std::string_view(value)); }
  void Put(std::string_view key, int value) {
    Key(key);
    n_ = static_cast<size_t>(std::to_chars(buf_ + n_, buf_ + sizeof buf_, value).ptr - buf_);
  }
  std::string str() const { return std::string(buf_, n_); }

 private:
  void Key(std::string_view key) {
    if (n_ > 0) buf_[n_++] = ';';
    Add(key);
    buf_[n_++] = '=';
  }
  void Add(std::string_view s) {
    std::memcpy(buf_ + n_, s.data(), s.size());
    n_ += s.size();
  }
  char buf_[1024];
  size_t n_ = 0;
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

std::string Encode(const Sem& s) {
  FormWriter out;
  out.Put("t", AsInt(s.type));
  out.Put("k", AsInt(s.kind));
  out.Put("b", AsInt(s.base));
  if (s.dir != Dir::kAuto) out.Put("dir", AsInt(s.dir));
  for (const IntField& f : kIntFields) {
    if (s.*f.member != f.unset) out.Put(f.key, s.*f.member);
  }
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

#include "annotate/time/sem.h"

#include <charconv>

namespace tri::timex {
namespace {

struct IntField {
  std::string_view key;
  int Sem::*member;
  int unset;
};

constexpr IntField kIntFields[] = {
    {"y", &Sem::year, kUnset},     {"ce", &Sem::century, kUnset}, {"de", &Sem::decade, kUnset},
    {"m", &Sem::month, 0},         {"d", &Sem::day, 0},           {"w", &Sem::week, 0},
    {"q", &Sem::quarter, 0},       {"h", &Sem::half, 0},          {"wd", &Sem::weekday, 0},
    {"hh", &Sem::hour, -1},        {"mi", &Sem::minute, -1},      {"ss", &Sem::second, -1},
    {"tz", &Sem::tz, kUnset},      {"o", &Sem::offset, 0},
};

template <typename E>
int AsInt(E e) {
  return static_cast<int>(e);
}

void Put(std::string& out, std::string_view key, std::string_view value) {
  if (!out.empty()) out += ';';
  out += key;
  out += '=';
  out += value;
}

bool ParseInt(std::string_view s, int& v) {
  auto [p, ec] = std::from_chars(s.data(), s.data() + s.size(), v);
  return ec == std::errc() && p == s.data() + s.size();
}

}  // namespace

std::string_view SeasonCode(Season s) {
  switch (s) {
    case Season::kSpring: return "SP";
    case Season::kSummer: return "SU";
    case Season::kFall: return "FA";
    case Season::kWinter: return "WI";
    case Season::kNone: break;
  }
  return "";
}

std::string_view DaypartCode(Daypart p) {
  switch (p) {
    case Daypart::kMorning: return "MO";
    case Daypart::kMidday: return "MI";
    case Daypart::kAfternoon: return "AF";
    case Daypart::kEvening: return "EV";
    case Daypart::kNight: return "NI";
    case Daypart::kNone: break;
  }
  return "";
}

std::string Encode(const Sem& s) {
  std::string out;
  Put(out, "t", std::to_string(AsInt(s.type)));
  Put(out, "k", std::to_string(AsInt(s.kind)));
  Put(out, "b", std::to_string(AsInt(s.base)));
  if (s.dir != Dir::kAuto) Put(out, "dir", std::to_string(AsInt(s.dir)));
  for (const IntField& f : kIntFields) {
    if (s.*f.member != f.unset) Put(out, f.key, std::to_string(s.*f.member));
  }
  if (s.bc) Put(out, "bc", "1");
  if (s.two_digit_year) Put(out, "yy", "1");
  if (s.season != Season::kNone) Put(out, "se", std::to_string(AsInt(s.season)));
  if (s.weekend) Put(out, "we", "1");
  if (s.part != Daypart::kNone) Put(out, "p", std::to_string(AsInt(s.part)));
  if (s.unit != Unit::kNone) Put(out, "u", std::to_string(AsInt(s.unit)));
  if (s.gran != Unit::kNone) Put(out, "g", std::to_string(AsInt(s.gran)));
  if (!s.mod.empty()) Put(out, "mod", s.mod);
  if (!s.feast.empty()) Put(out, "fe", s.feast);
  return out;
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
    if (key == "t" && v >= 0 && v <= 3) s.type = static_cast<TimexType>(v);
    else if (key == "k" && v >= 0 && v <= 3) s.kind = static_cast<SemKind>(v);
    else if (key == "b" && v >= 0 && v <= 3) s.base = static_cast<Base>(v);
    else if (key == "dir" && v >= 0 && v <= 6) s.dir = static_cast<Dir>(v);
    else if (key == "bc") s.bc = v != 0;
    else if (key == "yy") s.two_digit_year = v != 0;
    else if (key == "se" && v >= 0 && v <= 4) s.season = static_cast<Season>(v);
    else if (key == "we") s.weekend = v != 0;
    else if (key == "p" && v >= 0 && v <= 5) s.part = static_cast<Daypart>(v);
    else if (key == "u" && v >= 0 && v <= 12) s.unit = static_cast<Unit>(v);
    else if (key == "g" && v >= 0 && v <= 12) s.gran = static_cast<Unit>(v);
    else return std::nullopt;
  }
  return s;
}

}  // namespace tri::timex

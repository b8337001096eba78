// Piece-level helpers shared by the rule files (see Rules in matcher.h): lexicon look-ups,
// amounts, units, parts of day, eras, month names, and TIMEX3 duration values.
#include <cmath>
#include <cstdio>

#include "annotate/time/matcher.h"

namespace tri::timex {

const LexEntry* Rules::FindLex(size_t i, LexCat cat) const {
  for (const LexEntry& e : *p_[i].lex) {
    if (e.cat == cat && e.rest.empty() && (e.langs & o_.langs)) return &e;
  }
  return nullptr;
}

size_t Rules::FindLexSpan(size_t i, LexCat cat, const LexEntry** entry) const {
  size_t best = 0;
  for (const LexEntry& e : *p_[i].lex) {
    if (e.cat != cat || !(e.langs & o_.langs)) continue;
    size_t n = 1;
    bool ok = true;
    for (const std::string& part : e.rest) {
      if (!Ok(i + n) || p_[i + n].lower != part) {
        ok = false;
        break;
      }
      ++n;
    }
    if (ok && n > best) {
      best = n;
      *entry = &e;
    }
  }
  return best;
}

void Rules::Consider(std::optional<Match>& best, const Match& m) {
  if (Better(best, m.begin, m.end)) best = m;
}

bool Rules::AmountBody(size_t i, double& value, size_t& end) const {
  if (!Ok(i)) return false;
  const LexEntry* e = nullptr;
  if (size_t n = LexSpan(i, LexCat::kVague, &e); n > 0) {
    // "ein paar", "a few", "a couple of"
    value = -1;
    end = i + n;
    if (Word(end, "of")) ++end;
    return true;
  }
  if (Word(i, "a") && (Word(i + 1, "few") || Word(i + 1, "couple"))) {
    value = -1;
    end = i + 2;
    if (Word(end, "of")) ++end;
    return true;
  }
  if (IsNumAt(i)) {
    const int n = Num(i, 1, 6);
    if (n < 0) return false;
    value = n;
    end = i + 1;
    // Decimal comma/point: "1,5 Jahre", "2.5 hours" (glued).
    if ((Punct(end, ",") || Punct(end, ".")) && Glued(end) && IsNumAt(end + 1) && Glued(end + 1) &&
        P(end + 1).digits <= 2) {
      value += Num(end + 1, 1, 2) / std::pow(10.0, P(end + 1).digits);
      end += 2;
    }
    return true;
  }
  auto fraction = [&](size_t k, double& f) {
    const LexEntry* fr = Lex(k, LexCat::kFraction);
    if (!fr) return false;
    int a = 0, b = 1;
    if (std::sscanf(fr->sval.c_str(), "%d/%d", &a, &b) != 2 || b == 0) return false;
    f = double(a) / b;
    return true;
  };
  if (const LexEntry* num = Lex(i, LexCat::kNumber)) {
    value = num->ival;
    end = i + 1;
    double f = 0;
    if (fraction(end, f)) {
      value = f < 1 && num->ival == 1 && f == 0.5 ? 0.5 : num->ival + f;
      ++end;
    }
    return true;
  }
  double f = 0;
  if (fraction(i, f)) {
    value = f;
    end = i + 1;
    if (Word(end, "a") || Word(end, "an")) ++end;  // "half a year"
    return true;
  }
  return false;
}

Unit Rules::UnitBody(size_t i) const {
  const LexEntry* e = Lex(i, LexCat::kUnit);
  return e ? UnitFromCode(e->sval) : Unit::kNone;
}

Daypart Rules::DaypartBody(size_t i) const {
  const LexEntry* e = Lex(i, LexCat::kDaypart);
  if (!e) return Daypart::kNone;
  std::string_view c = e->sval;
  if (c == "MO") return Daypart::kMorning;
  if (c == "MI") return Daypart::kMidday;
  if (c == "AF") return Daypart::kAfternoon;
  if (c == "EV") return Daypart::kEvening;
  if (c == "NI") return Daypart::kNight;
  return Daypart::kNone;
}

size_t Rules::EraAt(size_t i, bool& bc) const {
  // "v. Chr.", "v.Chr.", "vor Christus", "vor Chr.", "n. Chr.", "BC", "B.C.", "BCE", "AD", "A.D."
  if ((Word(i, "v") || Word(i, "n")) && Punct(i + 1, ".") && Word(i + 2, "chr")) {
    bc = Word(i, "v");
    return Punct(i + 3, ".") ? 4 : 3;
  }
  if ((Word(i, "vor") || Word(i, "nach")) && (Word(i + 1, "christus") || Word(i + 1, "chr"))) {
    bc = Word(i, "vor");
    return Word(i + 1, "chr") && Punct(i + 2, ".") ? 3 : 2;
  }
  if (!(o_.langs & kLangEn) && !(o_.langs & kLangDe)) return 0;
  if (Ok(i) && P(i).kind == PieceKind::kWord && !P(i).upper) return 0;
  if (Word(i, "bc") || Word(i, "bce")) {
    bc = true;
    return 1;
  }
  if (Word(i, "ad")) {
    bc = false;
    return 1;
  }
  if ((Word(i, "b") || Word(i, "a")) && Punct(i + 1, ".") &&
      (Word(i + 2, "c") || Word(i + 2, "d")) && Punct(i + 3, ".")) {
    bc = Word(i, "b");
    return 4;
  }
  return 0;
}

std::string DurationValue(double amount, Unit unit) {
  auto code = [](Unit u) -> std::string_view {
    switch (u) {
      case Unit::kYear:
        return "Y";
      case Unit::kMonth:
        return "M";
      case Unit::kWeek:
        return "W";
      case Unit::kDay:
        return "D";
      case Unit::kHour:
        return "H";
      case Unit::kMinute:
        return "M";
      case Unit::kSecond:
        return "S";
      case Unit::kDecade:
        return "DE";
      case Unit::kCentury:
        return "CE";
      case Unit::kQuarter:
        return "Q";
      case Unit::kWeekend:
        return "WE";
      default:
        return "";
    }
  };
  const bool clock = unit == Unit::kHour || unit == Unit::kMinute || unit == Unit::kSecond;
  const std::string prefix = clock ? "PT" : "P";
  if (amount < 0) return prefix + "X" + std::string(unit == Unit::kHalfYear ? "M" : code(unit));
  if (unit == Unit::kHalfYear) {
    amount *= 6;
    unit = Unit::kMonth;
  }
  const double rounded = std::round(amount);
  if (std::fabs(amount - rounded) < 1e-6) {
    return prefix + std::to_string(static_cast<long long>(rounded)) + std::string(code(unit));
  }
  auto num = [](double v) { return std::to_string(static_cast<long long>(std::llround(v))); };
  const double whole = std::floor(amount), frac = amount - whole;
  std::string out = prefix;
  switch (unit) {
    case Unit::kYear:
      if (whole > 0) out += num(whole) + "Y";
      return out + num(frac * 12) + "M";
    case Unit::kMonth:
      if (whole > 0) out += num(whole) + "M";
      return out + num(frac * 30) + "D";
    case Unit::kWeek:
      return out + num(amount * 7) + "D";
    case Unit::kDay:
      if (whole > 0) out += num(whole) + "D";
      return out + "T" + num(frac * 24) + "H";
    case Unit::kHour:
      if (whole > 0) out += num(whole) + "H";
      return out + num(frac * 60) + "M";
    case Unit::kMinute:
      if (whole > 0) out += num(whole) + "M";
      return out + num(frac * 60) + "S";
    case Unit::kDecade:
      return out + num(amount * 10) + "Y";
    case Unit::kCentury: {
      const long long years = std::llround(amount * 100);
      return years % 10 == 0 ? out + std::to_string(years / 10) + "DE"
                             : out + std::to_string(years) + "Y";
    }
    default:
      return out + num(amount) + std::string(code(unit));
  }
}

const LexEntry* Rules::LexOf(std::string_view lower, LexCat cat) const {
  if (!o_.lexicon || lower.empty()) return nullptr;
  // A part of a piece's text: BuildPieces leaves 8 bytes past it readable, so the hash takes
  // whole words (the weekday compound rule looks up several prefixes of every long word).
  const LexItem* item = o_.lexicon->FindPadded(lower);
  if (!item) return nullptr;
  for (const LexEntry& e : item->entries) {
    if (e.cat == cat && e.rest.empty() && (e.langs & o_.langs)) return &e;
  }
  return nullptr;
}

Daypart Rules::DaypartFromCode(std::string_view c) {
  if (c == "MO") return Daypart::kMorning;
  if (c == "MI") return Daypart::kMidday;
  if (c == "AF") return Daypart::kAfternoon;
  if (c == "EV") return Daypart::kEvening;
  if (c == "NI") return Daypart::kNight;
  return Daypart::kNone;
}

bool Rules::MonthAt(size_t i, int& month, size_t& end) const {
  if (!IsWordAt(i)) return false;
  if (const LexEntry* e = Lex(i, LexCat::kMonth)) {
    const std::string_view w = P(i).lower;
    const bool english_only = !(e->langs & kLangDe);
    // English "may"/"march" are verbs unless capitalised and in a date-like context.
    if (english_only && (w == "may" || w == "march")) {
      if (!P(i).upper) return false;
      const bool number_after = IsNumAt(i + 1);
      const bool prep_before =
          i > 0 &&
          AnyWord(i - 1, "in", "of", "since", "until", "early", "late", "mid", "by", "during",
                  "last", "next", "this", "from", "through", "till", "before", "after", "-");
      if (!number_after && !prep_before && !Dash(i - 1)) return false;
    }
    // German "August" followed by a capitalised name is a first name ("August Bebel").
    if (w == "august" && IsWordAt(i + 1) && P(i + 1).upper && !P(i + 1).lex &&
        !(i > 0 && (IsNumAt(i - 1) || Punct(i - 1, ".") ||
                    AnyWord(i - 1, "im", "in", "seit", "bis", "ab", "anfang", "mitte", "ende",
                            "des", "vom", "zum", "of", "since")))) {
      return false;
    }
    // "Mai-Majewski": part of a hyphenated name (but "Mai-Juni" is two months).
    if (Dash(i + 1) && Glued(i + 1) && IsWordAt(i + 2) && Glued(i + 2) &&
        !Lex(i + 2, LexCat::kMonth)) {
      return false;
    }
    month = e->ival;
    end = i + 1;
    return true;
  }
  if (const LexEntry* e = Lex(i, LexCat::kMonthAbbr)) {
    if (Punct(i + 1, ".") && Glued(i + 1)) {
      month = e->ival;
      end = i + 2;
      return true;
    }
    if (IsNumAt(i + 1) || (i > 0 && IsNumAt(i - 1))) {
      month = e->ival;
      end = i + 1;
      return true;
    }
  }
  return false;
}

}  // namespace tri::timex

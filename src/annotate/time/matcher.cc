#include "annotate/time/matcher.h"

#include <cmath>
#include <cstdio>

namespace tri::timex {
namespace {

bool IsDateSem(const Sem& s) {
  return s.kind != SemKind::kFixed && s.type != TimexType::kDuration && s.type != TimexType::kSet;
}

// Prepositions after which a following article is not part of the expression.
bool IsPreposition(std::string_view w) {
  static constexpr std::string_view kPreps[] = {
      "in", "an", "bei", "zu", "seit", "vor", "nach", "von", "für", "während", "bis", "über", "um",
      "gegen", "durch", "mit", "aus", "unter", "ab", "innerhalb", "binnen", "on", "at", "for",
      "during", "over", "since", "by", "until", "within", "of", "from", "after", "before", "to"};
  for (std::string_view p : kPreps) {
    if (w == p) return true;
  }
  return false;
}

}  // namespace

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

void Rules::Consider(std::optional<Match>& best, Match m) {
  if (m.end <= m.begin) return;
  if (!best || m.end > best->end || (m.end == best->end && m.begin < best->begin)) best = std::move(m);
}

bool Rules::AmountAt(size_t i, double& value, size_t& end) const {
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

Unit Rules::UnitAt(size_t i) const {
  const LexEntry* e = Lex(i, LexCat::kUnit);
  return e ? UnitFromCode(e->sval) : Unit::kNone;
}

Daypart Rules::DaypartAt(size_t i) const {
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
  if ((Word(i, "b") || Word(i, "a")) && Punct(i + 1, ".") && (Word(i + 2, "c") || Word(i + 2, "d")) &&
      Punct(i + 3, ".")) {
    bc = Word(i, "b");
    return 4;
  }
  return 0;
}

std::string DurationValue(double amount, Unit unit) {
  auto code = [](Unit u) -> std::string_view {
    switch (u) {
      case Unit::kYear: return "Y";
      case Unit::kMonth: return "M";
      case Unit::kWeek: return "W";
      case Unit::kDay: return "D";
      case Unit::kHour: return "H";
      case Unit::kMinute: return "M";
      case Unit::kSecond: return "S";
      case Unit::kDecade: return "DE";
      case Unit::kCentury: return "CE";
      case Unit::kQuarter: return "Q";
      case Unit::kWeekend: return "WE";
      default: return "";
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
    case Unit::kWeek: return out + num(amount * 7) + "D";
    case Unit::kDay:
      if (whole > 0) out += num(whole) + "D";
      return out + "T" + num(frac * 24) + "H";
    case Unit::kHour:
      if (whole > 0) out += num(whole) + "H";
      return out + num(frac * 60) + "M";
    case Unit::kMinute:
      if (whole > 0) out += num(whole) + "M";
      return out + num(frac * 60) + "S";
    case Unit::kDecade: return out + num(amount * 10) + "Y";
    case Unit::kCentury: {
      const long long years = std::llround(amount * 100);
      return years % 10 == 0 ? out + std::to_string(years / 10) + "DE" : out + std::to_string(years) + "Y";
    }
    default: return out + num(amount) + std::string(code(unit));
  }
}

namespace {

// Core rules at i (without prefixes).
std::optional<Match> Core(const Rules& r, size_t i) {
  std::optional<Match> best;
  if (!r.Ok(i)) return best;
  if (r.P(i).kind == PieceKind::kNum) {
    // Numbers start dates, years, clock times, quarters/weeks, durations and offsets.
    r.Dates(i, best);
    r.Years(i, best);
    r.Periods(i, best);
    r.Clock(i, best);
    r.Anaphora(i, best);
    r.Durations(i, best);
    return best;
  }
  if (r.P(i).kind == PieceKind::kPunct) {
    r.Years(i, best);  // "'90s"
    return best;
  }
  r.Dates(i, best);
  r.Months(i, best);
  r.Years(i, best);
  r.Periods(i, best);
  r.Clock(i, best);
  r.Relative(i, best);
  r.Anaphora(i, best);
  r.Durations(i, best);
  r.Sets(i, best);
  r.Refs(i, best);
  return best;
}

// A modifier in front of an expression: "Anfang", "Ende des", "gegen Ende des", "mehr als",
// "early", "mid-", "the end of". Returns the pieces spanned and the mod.
size_t ModPrefix(const Rules& r, size_t i, std::string& mod, bool& article) {
  size_t j = i;
  article = false;
  std::string found;
  for (int round = 0; round < 3; ++round) {
    if (r.Word(j, "the") && r.Ok(j + 1) && r.Lex(j + 1, LexCat::kModPre)) ++j;
    const LexEntry* e = nullptr;
    size_t n = r.LexSpan(j, LexCat::kModPre, &e);
    if (n == 0 && (r.AnyWord(j, "frühen", "frühe", "früher", "späten", "späte", "später") &&
                   r.IsWordAt(j + 1) && !r.P(j).upper)) {
      found = r.P(j).lower.substr(0, 3) == "spä" ? "END" : "START";
      ++j;
      continue;
    }
    if (n == 0) break;
    // "mehr als", "weniger als", "more than", "less than", "at least"
    std::string_view w = r.P(j).lower;
    if (w == "mehr" || w == "weniger" || w == "more" || w == "less" || w == "fewer") {
      if (!(r.Word(j + 1, "als") || r.Word(j + 1, "than"))) break;
      ++n;
    }
    if (w == "least" || w == "most") break;
    if (w == "gut" && !r.IsNumAt(j + 1) && !r.Lex(j + 1, LexCat::kNumber)) break;
    if (r.Word(j, "at") && r.Word(j + 1, "least")) n = 2;
    found = e->sval;
    j += n;
    if ((w == "mid") && r.Dash(j)) ++j;
    if (found == "APPROX" && r.AnyWord(j, "das", "dem") && r.UnitAt(j + 1) == Unit::kYear) ++j;
    if (r.AnyWord(j, "des", "der", "dieses", "diesen", "dieser", "of")) {
      article = true;
      ++j;
      if (r.Word(j, "the")) ++j;
    }
  }
  if (j == i) return 0;
  mod = found;
  return j - i;
}

bool StructuralMod(std::string_view mod) { return mod == "START" || mod == "MID" || mod == "END"; }

}  // namespace

// Pieces no rule starts with are skipped before any rule runs. Starters: numbers, words with
// a lexicon entry other than a tense cue, and compounds of temporal words ("Montagabend",
// "dreitägigen", "Spätsommer", "Vorjahr", "jahrelang"). Function words (the lexicon's
// "trigger" category: articles, prepositions) only start something before a starter.
static bool IsStarterEntry(const std::vector<LexEntry>* lex, bool& trigger_only) {
  trigger_only = false;
  if (!lex) return false;
  bool starter = false, trigger = false;
  for (const LexEntry& e : *lex) {
    if (e.cat == LexCat::kTrigger) trigger = true;
    else if (e.cat != LexCat::kFutureCue && e.cat != LexCat::kPastCue && e.cat != LexCat::kPerfectAux) starter = true;
  }
  trigger_only = trigger && !starter;
  return starter;
}

static bool TemporalCompound(std::string_view w) {
  if (w.size() >= 5 && w.ends_with("mal")) return true;  // "zweimal pro Woche"
  if (w.size() < 6) return false;
  // Parts grouped by first letter, so each position of the word is checked against few.
  static constexpr std::string_view kA[] = {"abend", "anfang"}, kB[] = {"beginn"},
                                    kE[] = {"ende"}, kF[] = {"früh"}, kH[] = {"herbst"},
                                    kJ[] = {"jahr", "jähr"}, kL[] = {"lang"},
                                    kM[] = {"monat", "morgen", "mittag", "minüt", "mitte"},
                                    kN[] = {"nacht"}, kS[] = {"sommer", "stünd"},
                                    kT[] = {"tag", "täg"}, kW[] = {"woche", "wöch", "winter", "wechsel", "wende"},
                                    kZ[] = {"ziger", "zeit"};
  for (size_t k = 0; k + 3 <= w.size(); ++k) {
    const std::string_view rest = w.substr(k);
    auto any = [&](const auto& parts) {
      for (std::string_view part : parts) {
        if (rest.starts_with(part)) return true;
      }
      return false;
    };
    switch (w[k]) {
      case 'a': if (any(kA)) return true; break;
      case 'b': if (any(kB)) return true; break;
      case 'e': if (any(kE)) return true; break;
      case 'f': if (any(kF)) return true; break;
      case 'h': if (any(kH)) return true; break;
      case 'j': if (any(kJ)) return true; break;
      case 'l': if (any(kL)) return true; break;
      case 'm': if (any(kM)) return true; break;
      case 'n': if (any(kN)) return true; break;
      case 's': if (any(kS)) return true; break;
      case 't': if (any(kT)) return true; break;
      case 'w': if (any(kW)) return true; break;
      case 'z': if (any(kZ)) return true; break;
      default: break;
    }
  }
  return false;
}

Matcher::Matcher(const Pieces& pieces, MatcherOptions options) : p_(pieces), o_(options) {
  const size_t n = pieces.size();
  may_start_.assign(n, 0);
  cats_.assign(n, 0);
  // Bit 1 of may_start_ marks function words (trigger only) until the second pass.
  constexpr uint8_t kStarter = 1, kTrigger = 2;
  for (size_t i = 0; i < n; ++i) {
    const Piece& p = pieces[i];
    if (p.kind == PieceKind::kNum) {
      may_start_[i] = kStarter;
      continue;
    }
    if (p.lex) {
      // Multi-word entries set the bit too (LexSpan checks the rest); Lex() still only takes
      // single-word entries after the bit test.
      for (const LexEntry& e : *p.lex) {
        if (e.langs & options.langs) cats_[i] |= 1u << static_cast<unsigned>(e.cat);
      }
    }
    if (p.kind == PieceKind::kPunct) {
      may_start_[i] = p.lower == "'" ? kStarter : 0;
      continue;
    }
    bool trigger_only = false;
    if (IsStarterEntry(p.lex, trigger_only) || TemporalCompound(p.lower)) may_start_[i] = kStarter;
    else if (trigger_only) may_start_[i] = kTrigger;
  }
  // A function word starts something only when a starter follows within two pieces
  // ("am selben Tag", "in den kommenden Tagen", "the end of").
  for (size_t i = n; i-- > 0;) {
    if (may_start_[i] != kTrigger) continue;
    bool starts = false;
    for (size_t k = i + 1; k < n && k <= i + 3; ++k) {
      if (may_start_[k] != 0) {
        starts = true;
        break;
      }
    }
    // Keeps the trigger mark for the pieces before it (they test "starter or trigger").
    may_start_[i] = starts ? (kStarter | kTrigger) : kTrigger;
  }
  for (uint8_t& m : may_start_) m &= kStarter;
}

const std::optional<Match>& Matcher::CoreAt(size_t i) const {
  for (const CoreMemo& m : memo_) {
    if (m.piece == i) return m.match;
  }
  CoreMemo& slot = memo_[memo_next_++ % 4];
  slot.piece = i;
  slot.match = Core(Rules(*this), i);
  return slot.match;
}

std::optional<Match> Matcher::At(size_t i) const {
  if (i >= p_.size() || !may_start_[i]) return std::nullopt;
  Rules r(*this);
  std::optional<Match> best = CoreAt(i);
  if (!r.Ok(i) || r.P(i).kind != PieceKind::kWord) return best;

  std::string mod;
  bool article = false;
  if (size_t n = ModPrefix(r, i, mod, article); n > 0) {
    const size_t j = i + n;
    std::optional<Match> inner = CoreAt(j);
    // "Ende des Jahres", "Anfang der Woche", "Mitte des Monats": the unit in context.
    if (!inner && article && StructuralMod(mod)) {
      const Unit u = r.UnitAt(j);
      if (u == Unit::kYear || u == Unit::kMonth || u == Unit::kWeek || u == Unit::kDecade ||
          u == Unit::kCentury || u == Unit::kQuarter || u == Unit::kHalfYear) {
        Match m;
        m.begin = j;
        m.end = j + 1;
        m.sem.kind = SemKind::kOffset;
        m.sem.base = Base::kContext;
        m.sem.unit = u;
        inner = m;
      }
    }
    if (inner && inner->begin == j) {
      Sem& s = inner->sem;
      const bool duration = s.type == TimexType::kDuration;
      bool ok = false;
      if (StructuralMod(mod)) ok = IsDateSem(s);
      else if (mod == "APPROX") ok = true;
      else ok = duration || (s.kind == SemKind::kOffset && s.base == Base::kRef);
      std::string applied = mod;
      if (!duration && !StructuralMod(mod)) applied = "APPROX";
      // "um" is only "around" before a year ("um 1500"), never before a clock time.
      if (r.Word(i, "um") && !(s.kind == SemKind::kCalendar && s.year != kUnset && !s.HasDateFields() &&
                               !s.HasTime())) {
        ok = false;
      }
      if (r.AnyWord(i, "über", "gut", "some", "over", "under") && !duration) ok = false;
      if (ok) {
        if (!(StructuralMod(s.mod) && !StructuralMod(applied))) s.mod = applied;
        // "gegen Ende des Jahres": the key leaves a lower-case "gegen" out.
        size_t begin = i;
        if (r.Word(i, "gegen") && !r.P(i).upper && StructuralMod(mod) && !r.Word(i + 1, "gegen")) {
          begin = i + 1;
        }
        inner->begin = begin;
        Rules::Consider(best, *inner);
      }
    }
  }
  // "im Laufe des Jahres 1966", "Laufe des 18. April", "Laufe des Tages": the key includes
  // "Laufe des".
  if (r.Word(i, "laufe") && r.AnyWord(i + 1, "des", "der")) {
    std::optional<Match> inner = CoreAt(i + 2);
    if (inner && inner->begin == i + 2 && IsDateSem(inner->sem)) {
      inner->begin = i;
      Rules::Consider(best, *inner);
    } else {
      const Unit u = r.UnitAt(i + 2);
      if (u == Unit::kYear || u == Unit::kMonth || u == Unit::kDay || u == Unit::kWeek) {
        Match m;
        m.begin = i;
        m.end = i + 3;
        m.sem.kind = SemKind::kOffset;
        m.sem.base = Base::kContext;
        m.sem.unit = u;
        Rules::Consider(best, m);
      }
    }
  }
  // An article before a noun phrase naming a period: "das kommende Jahr", "den 1930er-Jahren",
  // "den folgenden Monaten", "the past two years" (the key conventions include it; after a
  // preposition only for decades and "following" periods).
  if (r.AnyWord(i, "der", "die", "das", "den", "dem", "des", "the")) {
    const bool after_prep = i > 0 && r.IsWordAt(i - 1) && IsPreposition(r.P(i - 1).lower);
    std::optional<Match> inner = CoreAt(i + 1);
    if (inner && inner->begin == i + 1) {
      const Sem& s = inner->sem;
      const bool rel_word = r.Lex(i + 1, LexCat::kRel) || r.Lex(i + 1, LexCat::kFollow) ||
                            r.Lex(i + 1, LexCat::kPrior) ||
                            r.AnyWord(i + 1, "ganze", "ganzen", "gesamte", "whole", "entire");
      const bool follow = r.Lex(i + 1, LexCat::kFollow) != nullptr;
      bool take = false;
      if (s.decade != kUnset || s.century != kUnset) take = true;
      else if (s.type == TimexType::kDuration && rel_word) take = !after_prep || follow;
      else if (s.kind == SemKind::kOffset && rel_word) take = !after_prep;
      else if (s.kind == SemKind::kFixed && follow) take = !after_prep;
      if (r.Word(i, "the") && (s.kind == SemKind::kOffset || s.type == TimexType::kDuration) && rel_word) {
        take = true;
      }
      if (take) {
        inner->begin = i;
        Rules::Consider(best, *inner);
      }
    }
  }
  return best;
}

}  // namespace tri::timex

namespace tri::timex {

const LexEntry* Rules::LexOf(std::string_view lower, LexCat cat) const {
  if (!o_.lexicon) return nullptr;
  const std::vector<LexEntry>* list = o_.lexicon->Find(lower);
  if (!list) return nullptr;
  for (const LexEntry& e : *list) {
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
      const bool prep_before = i > 0 && AnyWord(i - 1, "in", "of", "since", "until", "early", "late",
                                                "mid", "by", "during", "last", "next", "this", "from",
                                                "through", "till", "before", "after", "-");
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
    if (Dash(i + 1) && Glued(i + 1) && IsWordAt(i + 2) && Glued(i + 2) && !Lex(i + 2, LexCat::kMonth)) {
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

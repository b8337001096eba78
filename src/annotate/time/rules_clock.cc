// Rules for clock times ("14:11 Uhr", "4 Uhr 45", "14.30 Uhr", "2 p.m.", "10:30 a.m. ET",
// "23:00 Uhr mitteleuropäischer Zeit", "Mitternacht", "noon") and parts of the day, alone or
// tied to a date ("am Abend", "in der Nacht", "Morgen des 22. Juni 1941", "Nacht vom 16.").
#include "annotate/time/matcher.h"

namespace tri::timex {

bool Rules::ClockAt(size_t i, Sem& s, size_t& end, bool need_marker) const {
  if (!IsNumAt(i) || P(i).digits > 2) return false;
  const int h = static_cast<int>(P(i).num);
  int mi = -1, sec = -1;
  size_t k = i + 1;
  bool marker = false;
  if ((Punct(k, ":") || Punct(k, ".")) && Glued(k) && Num(k + 1, 2, 2) >= 0 && Glued(k + 1)) {
    const bool colon = Punct(k, ":");
    mi = Num(k + 1, 2, 2);
    k += 2;
    if (colon && Punct(k, ":") && Glued(k) && Num(k + 1, 2, 2) >= 0 && Glued(k + 1)) {
      sec = Num(k + 1, 2, 2);
      k += 2;
    }
    if (!colon && !Word(k, "uhr")) return false;  // "14.30" is a number unless "Uhr" follows
    if (colon) marker = !need_marker || Word(k, "uhr");
  }
  if (Word(k, "uhr") || Word(k, "h") ||
      (Word(k, "o") && Punct(k + 1, "'") && Word(k + 2, "clock"))) {
    if (Word(k, "h") && !Glued(k)) return false;
    k += Word(k, "o") ? 3 : 1;
    marker = true;
    // "4 Uhr 45"
    if (mi < 0 && Num(k, 2, 2) >= 0 && !Glued(k) && !(Punct(k + 1, ".") || Punct(k + 1, ":"))) {
      mi = Num(k, 2, 2);
      ++k;
    }
  }
  // a.m. / p.m. / am / pm
  int ampm = 0;
  if (Word(k, "am") || Word(k, "pm")) {
    if (!(o_.langs & kLangEn)) return false;
    ampm = Word(k, "pm") ? 2 : 1;
    ++k;
  } else if ((Word(k, "a") || Word(k, "p")) && Punct(k + 1, ".") && Glued(k + 1) &&
             Word(k + 2, "m")) {
    ampm = Word(k, "p") ? 2 : 1;
    k += Punct(k + 3, ".") && Glued(k + 3) ? 4 : 3;
  }
  if (ampm) {
    if (h < 1 || h > 12) return false;
    marker = true;
  }
  if (!marker && (need_marker || mi < 0)) return false;
  if (h > 24 || mi > 59 || sec > 59 || (h == 24 && mi > 0)) return false;
  // "0:23 min" is a length, not a time of day.
  if (AnyWord(k, "min", "minuten", "minutes", "std", "stunden", "hours", "sek", "sec"))
    return false;
  s.type = TimexType::kTime;
  s.hour = ampm == 2 && h < 12 ? h + 12 : ampm == 1 && h == 12 ? 0 : h;
  s.minute = mi < 0 ? 0 : mi;
  s.second = sec;
  const LexEntry* tz = nullptr;
  if (size_t n = LexSpan(k, LexCat::kTz, &tz); n > 0) {
    s.tz = tz->ival;
    k += n;
  } else if (Word(k, "ortszeit") || (Word(k, "local") && Word(k + 1, "time"))) {
    k += Word(k, "ortszeit") ? 1 : 2;
  }
  end = k;
  return true;
}

// Core runs this at a word only where ClockStart (rules_start.h) passes.
void Rules::Clock(size_t i, std::optional<Match>& best) const {
  Sem s;
  size_t end = 0;
  if (ClockAt(i, s, end, false)) {
    Match m;
    m.begin = i;
    m.end = end;
    m.sem = s;
    Consider(best, m);
  }
  // "Mitternacht", "midnight", "noon", "Mittag" as clock times.
  if (AnyWord(i, "mitternacht", "midnight", "noon")) {
    Match m;
    m.begin = i;
    m.end = i + 1;
    m.sem.type = TimexType::kTime;
    m.sem.hour = Word(i, "noon") ? 12 : 24;
    m.sem.minute = 0;
    Consider(best, m);
  }
  // Parts of the day: "Abend", "am Morgen", "nachts", "Morgen des 22. Juni 1941",
  // "Nacht vom 16.", "frühen Morgen des 6. Juni".
  const Daypart part = DaypartAt(i);
  if (part != Daypart::kNone &&
      !AnyWord(i, "mitternacht", "midnight", "noon", "früh", "frühe", "frühen")) {
    // German "morgen" in lower case is "tomorrow" (the deictic rule); "Morgen" is the morning.
    if (Word(i, "morgen") && !P(i).upper) return;
    Match m;
    m.begin = i;
    m.end = i + 1;
    m.sem.type = TimexType::kTime;
    m.sem.part = part;
    size_t k = i + 1;
    Sem d;
    size_t dend = 0;
    if (AnyWord(k, "des", "vom", "zum", "of") && DateAt(k + 1, d, dend) && (d.day || d.month)) {
      m.sem = d;
      m.sem.type = TimexType::kTime;
      m.sem.part = part;
      m.end = dend;
    } else if (AnyWord(k, "des", "vom", "zum") && Num(k + 1, 1, 2) >= 1 && Punct(k + 2, ".")) {
      // "Nacht vom 16. auf den 17. April": the day before the dated one.
      size_t j = k + 3;
      if (AnyWord(j, "auf", "zum")) ++j;
      if (AnyWord(j, "den", "dem")) ++j;
      Sem later;
      size_t lend = 0;
      if (DateAt(j, later, lend) && later.month) {
        m.sem = later;
        m.sem.type = TimexType::kTime;
        m.sem.part = part;
        m.sem.day = Num(k + 1, 1, 2);
        m.end = k + 3;
      }
    } else {
      // A bare part of day is only temporal with a time word around it; plain "Abend" or
      // "Nacht" as a noun ("ein Abend der Solidarität") stays untagged unless lower-case
      // adverb ("abends", "nachts") or after a preposition/article.
      const bool adverb = !P(i).upper && (P(i).lower.back() == 's');
      const bool prep = i > 0 && AnyWord(i - 1, "am", "in", "gegen", "zur", "this", "the", "at",
                                         "der", "dieser", "jener", "des", "jeden", "every");
      const bool adjective = i > 0 && AnyWord(i - 1, "gleichen", "selben", "späten", "frühen",
                                              "folgenden", "nächsten", "gestrigen");
      if (!adverb && !prep && !adjective) return;
      if (adverb && (o_.langs & kLangDe) && P(i).lower.size() > 3) {
        // "abends", "morgens" on their own are habitual (SET) or ambiguous; tag as a time.
      }
      m.sem.base = Base::kContext;
    }
    Consider(best, m);
  }
}

}  // namespace tri::timex

#include "annotate/time/resolve.h"

#include <algorithm>
#include <cstdlib>

#include "annotate/time/calendar.h"
#include "annotate/time/resolve_internal.h"

namespace tri::timex {

int CandidateInterval(const Sem& s, int y, Date& first, Date& last) {
  if (!s.feast.empty() || s.week || s.weekend || s.century != kUnset || s.decade != kUnset)
    return -1;
  // FormatCalendar writes the first of half, quarter, season and month that is set; numbers
  // it would write with an unusual width are left to the string route.
  if (s.half) {
    if (s.half < 1 || s.half > 2) return -1;
  } else if (s.quarter) {
    if (s.quarter < 1 || s.quarter > 4) return -1;
  } else if (s.season == Season::kNone) {
    if (s.month < 0 || s.month > 12 || s.day < 0 || s.day > 31) return -1;
  }
  if (s.bc || y < 0 || y > 9999) return 0;  // "BC..." and "XXXX..." name no period
  if (s.half) {  // "2025-H2"
    first = {y, 6 * s.half - 5, 1};
    last = {y, 6 * s.half, DaysInMonth(y, 6 * s.half)};
    return 1;
  }
  if (s.quarter) {  // "2025-Q3"
    first = {y, 3 * s.quarter - 2, 1};
    last = {y, 3 * s.quarter, DaysInMonth(y, 3 * s.quarter)};
    return 1;
  }
  switch (s.season) {  // "2025-SU": the astronomical seasons ValueInterval uses
    case Season::kSpring:
      first = {y, 3, 20}, last = {y, 6, 20};
      return 1;
    case Season::kSummer:
      first = {y, 6, 21}, last = {y, 9, 22};
      return 1;
    case Season::kFall:
      first = {y, 9, 23}, last = {y, 12, 20};
      return 1;
    case Season::kWinter:
      first = {y, 12, 21}, last = {y + 1, 3, 19};
      return 1;
    case Season::kNone:
      break;
  }
  if (!s.month) {  // "2025-XX-31", "2025-WXX-5", "2025-XX-XXT14:00": the year
    first = {y, 1, 1};
    last = {y, 12, 31};
    return 1;
  }
  const int days = DaysInMonth(y, s.month);
  if (s.day >= 1 && s.day <= days) {
    first = last = Date{y, s.month, s.day};
  } else {
    first = {y, s.month, 1};
    last = {y, s.month, days};
  }
  return 1;
}

std::optional<Resolver::RefDate> Resolver::BaseDate(Base base) const {
  auto from_anchor = [&]() -> std::optional<RefDate> {
    if (!anchor_) return std::nullopt;
    return RefDate{anchor_->year, false, anchor_->month, anchor_->day, true};
  };
  switch (base) {
    case Base::kNone:
      return std::nullopt;
    case Base::kAnchor:
      if (domain_ == TimeDomain::kNarrative && ref_) return ref_;
      return from_anchor();
    case Base::kContext:
      if (domain_ == TimeDomain::kNarrative && ref_) return ref_;
      return from_anchor();
    case Base::kRef:
      if (ref_) return ref_;
      return from_anchor();
  }
  return std::nullopt;
}

void Resolver::Remember(const Sem& f, bool from_anchor) {
  if (!update_reference_) return;
  if (f.year == kUnset || f.century != kUnset || f.decade != kUnset) return;
  RefDate r{f.year, f.bc, 0, 0, from_anchor};
  if (f.month && !f.week) {
    r.month = f.month;
    r.day = f.day;
  }
  ref_ = r;
  if (r.day) sentence_day_ = r;
}

void Resolver::FillTimeDate(Sem& s, bool& used_anchor, bool& from_ref_anchor) {
  std::optional<RefDate> day = sentence_day_;
  if (!day && domain_ == TimeDomain::kNarrative && ref_ && ref_->day) day = ref_;
  if (!day && anchor_) {
    day = RefDate{anchor_->year, false, anchor_->month, anchor_->day, true};
    used_anchor = true;
  } else if (day && day->from_anchor) {
    from_ref_anchor = true;
  }
  if (!day) return;
  s.year = day->year;
  s.bc = day->bc;
  s.month = day->month;
  s.day = day->day;
}

Resolution Resolver::ResolveCalendar(Sem s, Tense tense, bool& used_anchor, bool& from_ref_anchor) {
  Resolution r;
  // A bare number far from the narrative's time is a quantity ("1370 Landungsboote").
  const bool implausible =
      s.bare && (s.year < 1000 ? !(domain_ == TimeDomain::kNarrative && ref_ && ref_->bc)
                               : domain_ == TimeDomain::kNarrative && ref_ &&
                                     (ref_->bc || std::abs(s.year - ref_->year) > 150));
  if (implausible) {
    r.value.clear();
    r.resolved = false;
    return r;
  }
  const bool only_time = s.year == kUnset && !s.HasDateFields() && s.century == kUnset &&
                         s.decade == kUnset && !s.weekday;
  if (only_time) {
    FillTimeDate(s, used_anchor, from_ref_anchor);
    if (s.year == kUnset) r.resolved = false;
  }
  if (s.two_digit_year && s.year != kUnset) {
    int pivot = 0;
    if (domain_ == TimeDomain::kNarrative && ref_ && !ref_->bc)
      pivot = ref_->year;
    else if (anchor_)
      pivot = anchor_->year;
    if (pivot) {
      // The century putting the year closest to (and preferably not far after) the pivot.
      int y = pivot / 100 * 100 + s.year;
      if (y > pivot + 20)
        y -= 100;
      else if (y < pivot - 80)
        y += 100;
      s.year = y;
    } else {
      s.year += s.year < 50 ? 2000 : 1900;
      r.resolved = false;
    }
  }
  if (domain_ == TimeDomain::kNarrative && ref_ && ref_->bc && !s.bc) {
    if (s.year != kUnset && s.year < 1000) s.bc = true;
    if (s.decade != kUnset && s.decade < 100) s.bc = true;
  }
  if (s.year == kUnset && (s.HasDateFields() || s.weekday) && s.century == kUnset &&
      s.decade == kUnset) {
    std::optional<RefDate> base = BaseDate(s.base == Base::kNone ? Base::kContext : s.base);
    if (!base) {
      r.resolved = false;
    } else if (domain_ == TimeDomain::kNarrative || !base->from_anchor) {
      s.year = base->year;
      s.bc = base->bc;
      if (base->from_anchor) used_anchor = true;
      if (s.day && !s.month) s.month = base->month;
    } else {
      used_anchor = true;
      if (s.day && !s.month) s.month = base->month;
      Dir dir = s.dir;
      if (dir == Dir::kAuto) {
        dir = tense == Tense::kPast     ? Dir::kPast
              : tense == Tense::kFuture ? Dir::kFuture
                                        : Dir::kNearest;
      }
      s.dir = dir;
      const int64_t a = Date{base->year, base->month, base->day}.ToDays();
      int best_year = base->year;
      int64_t best_score = INT64_MAX;
      for (int y = base->year - 1; y <= base->year + 1; ++y) {
        Date first, last;
        const int shape = CandidateInterval(s, y, first, last);
        if (shape == 0) continue;
        if (shape < 0) {
          Sem c = s;
          c.year = y;
          FillFeast(c);
          if (!ValueInterval(FormatCalendar(c), first, last)) continue;
        }
        // Each direction reads only one side; the other is not computed.
        const bool want_before = dir != Dir::kPast && dir != Dir::kStrictFuture;
        const bool want_after = dir != Dir::kStrictPast && dir != Dir::kFuture;
        const int64_t before = want_before ? a - last.ToDays() : 0;  // > 0: wholly before
        const int64_t after = want_after ? first.ToDays() - a : 0;   // > 0: wholly after
        int64_t score;
        if (dir == Dir::kPast)
          score = after > 0 ? INT64_MAX : -y;
        else if (dir == Dir::kStrictPast)
          score = before > 0 ? -y : INT64_MAX;
        else if (dir == Dir::kFuture)
          score = before > 0 ? INT64_MAX : y;
        else if (dir == Dir::kStrictFuture)
          score = after > 0 ? y : INT64_MAX;
        else
          score = std::max<int64_t>({before, after, 0}) * 2 + (after > 0 ? 1 : 0);
        if (score < best_score) {
          best_score = score;
          best_year = y;
        }
      }
      s.year = best_year;
    }
  }
  if (!s.feast.empty()) FillFeast(s);
  if (InvalidYear(s)) r.resolved = false;
  if (s.month < 0 || s.month > 12) {
    s.month = 0;
    s.day = 0;
    r.resolved = false;
  }
  if (s.day && s.month) {
    const int y = s.year == kUnset ? 2000 : ToAstronomical(s.year, s.bc);
    if (s.day > DaysInMonth(y, s.month)) {
      s.day = 0;
      r.resolved = false;
    }
  }
  if (s.invalid) r.resolved = false;
  if (s.year == kUnset && (s.HasDateFields() || s.weekday || s.HasTime())) r.resolved = false;
  r.value = FormatCalendar(s);
  SetMod(s, r);
  if (r.resolved) Remember(s, used_anchor || from_ref_anchor);
  return r;
}

Resolution Resolver::Resolve(const Sem& sem, Tense tense, bool update_reference) {
  update_reference_ = update_reference;
  if (sem.kind == SemKind::kFixed) {
    Resolution r;
    r.value = sem.fixed.view();
    SetMod(sem, r);
    return r;
  }
  if (sem.kind == SemKind::kOffset && domain_ == TimeDomain::kNarrative &&
      sem.base == Base::kAnchor && sem.unit == Unit::kDay && sem.offset == 0 && !sem.HasTime()) {
    Resolution r;
    r.value = "PRESENT_REF";
    SetMod(sem, r);
    return r;
  }
  bool used_anchor = false, from_ref_anchor = false;
  // Whether the value would come from the anchor if there were one; decided before resolving
  // (which moves the reference date and the sentence's day).
  const bool needs_anchor =
      sem.kind == SemKind::kCalendar
          ? sem.year == kUnset && sem.century == kUnset && sem.decade == kUnset &&
                (sem.HasDateFields() || sem.weekday || (sem.HasTime() && !sentence_day_))
          : (sem.base == Base::kRef ? !ref_ : true);
  // One initialisation from whichever resolver applies (no Resolution moved or destroyed).
  Resolution r = sem.kind == SemKind::kCalendar
                     ? ResolveCalendar(sem, tense, used_anchor, from_ref_anchor)
                 : sem.kind == SemKind::kOffset
                     ? ResolveOffset(sem, used_anchor, from_ref_anchor)
                     : ResolveWeekday(sem, tense, used_anchor, from_ref_anchor);
  if (relative_forms_ && domain_ == TimeDomain::kNews && !from_ref_anchor &&
      (anchor_ ? used_anchor : needs_anchor)) {
    Dir dir = sem.dir;
    if (sem.kind == SemKind::kWeekday && dir == Dir::kAuto) {
      dir = tense == Tense::kPast ? Dir::kPast : Dir::kFuture;
    } else if (sem.kind == SemKind::kCalendar && dir == Dir::kAuto) {
      dir = tense == Tense::kPast     ? Dir::kPast
            : tense == Tense::kFuture ? Dir::kFuture
                                      : Dir::kNearest;
    }
    r.relative_form = Encode(sem, dir);
  }
  return r;
}

Resolution ResolveAgainst(const Sem& sem, const Date& anchor) {
  Resolver resolver(TimeDomain::kNews, anchor);
  return resolver.Resolve(sem, Tense::kUnknown);
}

}  // namespace tri::timex

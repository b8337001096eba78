#include "annotate/time/resolve.h"

#include <algorithm>
#include <cstdlib>

#include "annotate/time/calendar.h"
#include "annotate/time/resolve_internal.h"

namespace tri::timex {

Resolver::Resolver(TimeDomain domain, std::optional<Date> anchor)
    : domain_(domain), anchor_(anchor) {}

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
      const Date a{base->year, base->month, base->day};
      int best_year = base->year;
      int64_t best_score = INT64_MAX;
      for (int y = base->year - 1; y <= base->year + 1; ++y) {
        Sem c = s;
        c.year = y;
        FillFeast(c);
        Date first, last;
        if (!ValueInterval(FormatCalendar(c), first, last)) continue;
        const int64_t before = a.ToDays() - last.ToDays();  // > 0: wholly before the anchor
        const int64_t after = first.ToDays() - a.ToDays();  // > 0: wholly after
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
  FillFeast(s);
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
  r.mod = s.mod;
  if (r.resolved) Remember(s, used_anchor || from_ref_anchor);
  return r;
}

Resolution Resolver::Resolve(const Sem& sem, Tense tense, bool update_reference) {
  update_reference_ = update_reference;
  bool used_anchor = false, from_ref_anchor = false;
  bool needs_anchor = false;  // the value would come from the anchor if there were one
  switch (sem.kind) {
    case SemKind::kFixed:
      break;
    case SemKind::kCalendar:
      needs_anchor = sem.year == kUnset && sem.century == kUnset && sem.decade == kUnset &&
                     (sem.HasDateFields() || sem.weekday || (sem.HasTime() && !sentence_day_));
      break;
    case SemKind::kOffset:
    case SemKind::kWeekday:
      needs_anchor = sem.base == Base::kRef ? !ref_ : true;
      break;
  }
  Resolution r;
  switch (sem.kind) {
    case SemKind::kFixed:
      r.value = sem.fixed;
      r.mod = sem.mod;
      return r;
    case SemKind::kCalendar:
      r = ResolveCalendar(sem, tense, used_anchor, from_ref_anchor);
      break;
    case SemKind::kOffset:
      if (domain_ == TimeDomain::kNarrative && sem.base == Base::kAnchor &&
          sem.unit == Unit::kDay && sem.offset == 0 && !sem.HasTime()) {
        r.value = "PRESENT_REF";
        r.mod = sem.mod;
        return r;
      }
      r = ResolveOffset(sem, used_anchor, from_ref_anchor);
      break;
    case SemKind::kWeekday:
      r = ResolveWeekday(sem, tense, used_anchor, from_ref_anchor);
      break;
  }
  if (domain_ == TimeDomain::kNews && !from_ref_anchor && (anchor_ ? used_anchor : needs_anchor)) {
    Sem fixed = sem;
    if (sem.kind == SemKind::kWeekday && fixed.dir == Dir::kAuto) {
      fixed.dir = tense == Tense::kPast ? Dir::kPast : Dir::kFuture;
    } else if (sem.kind == SemKind::kCalendar && fixed.dir == Dir::kAuto) {
      fixed.dir = tense == Tense::kPast     ? Dir::kPast
                  : tense == Tense::kFuture ? Dir::kFuture
                                            : Dir::kNearest;
    }
    r.relative_form = Encode(fixed);
  }
  return r;
}

Resolution ResolveAgainst(const Sem& sem, const Date& anchor) {
  Resolver resolver(TimeDomain::kNews, anchor);
  return resolver.Resolve(sem, Tense::kUnknown);
}

}  // namespace tri::timex

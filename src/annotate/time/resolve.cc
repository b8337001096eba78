#include "annotate/time/resolve.h"

#include <cstdlib>

#include "annotate/time/calendar.h"

namespace tri::timex {
namespace {

// Coarse-to-fine rank of a granularity; used to stop an offset from claiming more precision
// than its base has ("zwei Tage später" after "Mai 1940" stays a month).
int Rank(Unit u) {
  switch (u) {
    case Unit::kCentury: return 0;
    case Unit::kDecade: return 1;
    case Unit::kYear: return 2;
    case Unit::kHalfYear: return 3;
    case Unit::kQuarter: return 4;
    case Unit::kMonth: return 5;
    case Unit::kWeek:
    case Unit::kWeekend: return 6;
    case Unit::kDay: return 7;
    default: return 8;
  }
}

int ToAstronomical(int year, bool bc) { return bc ? 1 - year : year; }

void FromAstronomical(int astro, Sem& s) {
  if (astro <= 0) {
    s.year = 1 - astro;
    s.bc = true;
  } else {
    s.year = astro;
    s.bc = false;
  }
}

void CopyOverlays(const Sem& from, Sem& to) {
  to.part = from.part;
  to.hour = from.hour;
  to.minute = from.minute;
  to.second = from.second;
  to.tz = from.tz;
  to.mod = from.mod;
  to.type = from.type;
}

bool InvalidYear(const Sem& s) { return s.year != kUnset && (s.year <= 0 || s.year > 9999); }

}  // namespace

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

Resolution Resolver::ResolveCalendar(Sem s, Tense tense, bool& used_anchor,
                                     bool& from_ref_anchor) {
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
    if (domain_ == TimeDomain::kNarrative && ref_ && !ref_->bc) pivot = ref_->year;
    else if (anchor_) pivot = anchor_->year;
    if (pivot) {
      // The century putting the year closest to (and preferably not far after) the pivot.
      int y = pivot / 100 * 100 + s.year;
      if (y > pivot + 20) y -= 100;
      else if (y < pivot - 80) y += 100;
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
        dir = tense == Tense::kPast ? Dir::kPast
              : tense == Tense::kFuture ? Dir::kFuture : Dir::kNearest;
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
        const int64_t before = a.ToDays() - last.ToDays();   // > 0: wholly before the anchor
        const int64_t after = first.ToDays() - a.ToDays();   // > 0: wholly after
        int64_t score;
        if (dir == Dir::kPast) score = after > 0 ? INT64_MAX : -y;
        else if (dir == Dir::kStrictPast) score = before > 0 ? -y : INT64_MAX;
        else if (dir == Dir::kFuture) score = before > 0 ? INT64_MAX : y;
        else if (dir == Dir::kStrictFuture) score = after > 0 ? y : INT64_MAX;
        else score = std::max<int64_t>({before, after, 0}) * 2 + (after > 0 ? 1 : 0);
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

Resolution Resolver::ResolveOffset(Sem s, bool& used_anchor, bool& from_ref_anchor) {
  Resolution r;
  r.mod = s.mod;
  std::optional<RefDate> b = BaseDate(s.base);
  Unit gran = s.gran != Unit::kNone ? s.gran : s.unit;
  Sem out;
  CopyOverlays(s, out);
  if (!b) {
    // No anchor: the shape of the value with unknown parts.
    r.resolved = false;
    if (gran == Unit::kWeek) out.week = 0, out.weekday = 0;
    Sem shape = out;
    shape.month = s.month;
    shape.season = s.season;
    shape.quarter = s.quarter;
    shape.half = s.half;
    shape.weekend = gran == Unit::kWeekend;
    std::string v = FormatCalendar(shape);
    if (v.empty() || v[0] == 'T') {
      v = gran == Unit::kWeek ? "XXXX-WXX" : gran == Unit::kMonth ? "XXXX-XX"
          : gran == Unit::kDay ? "XXXX-XX-XX" : "XXXX";
      if (shape.HasTime()) v = "XXXX-XX-XX" + FormatCalendar(shape).substr(10);
    }
    r.value = v;
    return r;
  }
  if (b->from_anchor) {
    const bool is_anchor = anchor_ && b->year == anchor_->year && b->month == anchor_->month &&
                           b->day == anchor_->day;
    if (is_anchor) used_anchor = true;
    else from_ref_anchor = true;
  }
  const Unit base_gran = b->day ? Unit::kDay : b->month ? Unit::kMonth : Unit::kYear;
  if (Rank(gran) > Rank(base_gran) && Rank(gran) <= 7) gran = base_gran;
  Date d{ToAstronomical(b->year, b->bc), b->month ? b->month : 1, b->day ? b->day : 1};
  switch (s.unit) {
    case Unit::kDay: d = d.AddDays(s.offset); break;
    case Unit::kWeek:
    case Unit::kWeekend: d = d.AddDays(int64_t{7} * s.offset); break;
    case Unit::kMonth: d = AddMonths(d, s.offset); break;
    case Unit::kQuarter: d = AddMonths(d, 3 * s.offset); break;
    case Unit::kHalfYear: d = AddMonths(d, 6 * s.offset); break;
    case Unit::kYear: d = AddMonths(d, 12 * s.offset); break;
    case Unit::kDecade: d = AddMonths(d, 120 * s.offset); break;
    case Unit::kCentury: d = AddMonths(d, 1200 * s.offset); break;
    default: break;
  }
  FromAstronomical(d.year, out);
  switch (gran) {
    case Unit::kCentury: out.century = out.year / 100; break;
    case Unit::kDecade: out.decade = out.year / 10; break;
    case Unit::kHalfYear: out.half = (d.month - 1) / 6 + 1; break;
    case Unit::kQuarter: out.quarter = (d.month - 1) / 3 + 1; break;
    case Unit::kMonth: out.month = d.month; break;
    case Unit::kWeek:
    case Unit::kWeekend: {
      IsoWeek w = IsoWeekOf(d);
      out.year = w.year;
      out.week = w.week;
      out.weekend = gran == Unit::kWeekend;
      break;
    }
    case Unit::kDay:
    case Unit::kHour:
    case Unit::kMinute:
    case Unit::kSecond:
      out.month = d.month;
      out.day = d.day;
      break;
    default: break;
  }
  // Calendar overlays: "März des folgenden Jahres", "Frühjahr des nächsten Jahres".
  if (s.month || s.season != Season::kNone || s.quarter || s.half) {
    out.week = 0;
    out.weekend = false;
    out.month = s.month;
    out.day = s.month ? s.day : 0;
    out.season = s.season;
    out.quarter = s.quarter;
    out.half = s.half;
  }
  if (!s.feast.empty()) {
    out.week = 0;
    out.weekend = false;
    out.feast = s.feast;
    FillFeast(out);
    out.feast.clear();
  }
  r.value = FormatCalendar(out);
  if (InvalidYear(out)) r.resolved = false;
  if (r.resolved) Remember(out, used_anchor || from_ref_anchor);
  return r;
}

Resolution Resolver::ResolveWeekday(Sem s, Tense tense, bool& used_anchor,
                                    bool& from_ref_anchor) {
  Resolution r;
  r.mod = s.mod;
  std::optional<RefDate> b = BaseDate(s.base == Base::kNone ? Base::kContext : s.base);
  if (b && !b->day) b.reset();
  if (!b) {
    r.resolved = false;
    Sem shape;
    CopyOverlays(s, shape);
    shape.weekday = s.weekday;
    r.value = FormatCalendar(shape);
    return r;
  }
  if (b->from_anchor) {
    if (anchor_ && b->year == anchor_->year && b->month == anchor_->month && b->day == anchor_->day)
      used_anchor = true;
    else
      from_ref_anchor = true;
  }
  Dir dir = s.dir;
  if (dir == Dir::kAuto) {
    // A weekday in a present-tense news sentence is mostly a scheduled event ("Am Dienstag
    // trifft Trump Takaichi"); narratives move forward from their reference day.
    dir = tense == Tense::kPast ? Dir::kPast : Dir::kFuture;
  }
  s.dir = dir;
  const Date bd{ToAstronomical(b->year, b->bc), b->month, b->day};
  const int bw = bd.Weekday(), w = (s.weekday + 6) % 7;
  int delta = 0;
  switch (dir) {
    case Dir::kPast: delta = -((bw - w + 7) % 7); break;
    case Dir::kStrictPast: delta = -((bw - w + 6) % 7 + 1); break;
    case Dir::kFuture: delta = (w - bw + 7) % 7; break;
    case Dir::kStrictFuture: delta = (w - bw + 6) % 7 + 1; break;
    case Dir::kSameWeek: delta = w - bw; break;
    default: {
      const int p = (bw - w + 7) % 7, f = (w - bw + 7) % 7;
      delta = p <= f ? -p : f;
    }
  }
  const Date d = bd.AddDays(delta);
  Sem out;
  CopyOverlays(s, out);
  FromAstronomical(d.year, out);
  if (s.weekend) {
    const IsoWeek w = IsoWeekOf(d);
    out.year = w.year;
    out.week = w.week;
    out.weekend = true;
    r.value = FormatCalendar(out);
    return r;
  }
  out.month = d.month;
  out.day = d.day;
  r.value = FormatCalendar(out);
  Remember(out, used_anchor || from_ref_anchor);
  return r;
}

Resolution Resolver::Resolve(const Sem& sem, Tense tense, bool update_reference) {
  update_reference_ = update_reference;
  bool used_anchor = false, from_ref_anchor = false;
  bool needs_anchor = false;  // the value would come from the anchor if there were one
  switch (sem.kind) {
    case SemKind::kFixed: break;
    case SemKind::kCalendar:
      needs_anchor = sem.year == kUnset && sem.century == kUnset && sem.decade == kUnset &&
                     (sem.HasDateFields() || sem.weekday || (sem.HasTime() && !sentence_day_));
      break;
    case SemKind::kOffset:
    case SemKind::kWeekday: needs_anchor = sem.base == Base::kRef ? !ref_ : true; break;
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
      fixed.dir = tense == Tense::kPast ? Dir::kPast
                  : tense == Tense::kFuture ? Dir::kFuture : Dir::kNearest;
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

// Offsets ("gestern", "vor zwei Wochen", "zwei Tage später") and weekdays ("am Freitag") of
// the Resolver (see resolve.h); calendar values and the entry point are in resolve.cc.
#include <cstdlib>

#include "annotate/time/calendar.h"
#include "annotate/time/resolve.h"
#include "annotate/time/resolve_internal.h"

namespace tri::timex {

Resolution Resolver::ResolveOffset(const Sem& s, bool& used_anchor, bool& from_ref_anchor) {
  Resolution r;
  SetMod(s, r);
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
      v = gran == Unit::kWeek    ? "XXXX-WXX"
          : gran == Unit::kMonth ? "XXXX-XX"
          : gran == Unit::kDay   ? "XXXX-XX-XX"
                                 : "XXXX";
      if (shape.HasTime()) v = "XXXX-XX-XX" + FormatCalendar(shape).substr(10);
    }
    r.value = v;
    return r;
  }
  if (b->from_anchor) {
    const bool is_anchor =
        anchor_ && b->year == anchor_->year && b->month == anchor_->month && b->day == anchor_->day;
    if (is_anchor)
      used_anchor = true;
    else
      from_ref_anchor = true;
  }
  const Unit base_gran = b->day ? Unit::kDay : b->month ? Unit::kMonth : Unit::kYear;
  if (Rank(gran) > Rank(base_gran) && Rank(gran) <= 7) gran = base_gran;
  Date d{ToAstronomical(b->year, b->bc), b->month ? b->month : 1, b->day ? b->day : 1};
  switch (s.unit) {
    case Unit::kDay:
      d = d.AddDays(s.offset);
      break;
    case Unit::kWeek:
    case Unit::kWeekend:
      d = d.AddDays(int64_t{7} * s.offset);
      break;
    case Unit::kMonth:
      d = AddMonths(d, s.offset);
      break;
    case Unit::kQuarter:
      d = AddMonths(d, 3 * s.offset);
      break;
    case Unit::kHalfYear:
      d = AddMonths(d, 6 * s.offset);
      break;
    case Unit::kYear:
      d = AddMonths(d, 12 * s.offset);
      break;
    case Unit::kDecade:
      d = AddMonths(d, 120 * s.offset);
      break;
    case Unit::kCentury:
      d = AddMonths(d, 1200 * s.offset);
      break;
    default:
      break;
  }
  FromAstronomical(d.year, out);
  switch (gran) {
    case Unit::kCentury:
      out.century = out.year / 100;
      break;
    case Unit::kDecade:
      out.decade = out.year / 10;
      break;
    case Unit::kHalfYear:
      out.half = (d.month - 1) / 6 + 1;
      break;
    case Unit::kQuarter:
      out.quarter = (d.month - 1) / 3 + 1;
      break;
    case Unit::kMonth:
      out.month = d.month;
      break;
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
    default:
      break;
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

Resolution Resolver::ResolveWeekday(const Sem& s, Tense tense, bool& used_anchor,
                                    bool& from_ref_anchor) {
  Resolution r;
  SetMod(s, r);
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
  const Date bd{ToAstronomical(b->year, b->bc), b->month, b->day};
  const int bw = bd.Weekday(), w = (s.weekday + 6) % 7;
  int delta = 0;
  switch (dir) {
    case Dir::kPast:
      delta = -((bw - w + 7) % 7);
      break;
    case Dir::kStrictPast:
      delta = -((bw - w + 6) % 7 + 1);
      break;
    case Dir::kFuture:
      delta = (w - bw + 7) % 7;
      break;
    case Dir::kStrictFuture:
      delta = (w - bw + 6) % 7 + 1;
      break;
    case Dir::kSameWeek:
      delta = w - bw;
      break;
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

}  // namespace tri::timex

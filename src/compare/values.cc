#include "compare/values.h"

#include <array>
#include <cmath>
#include <cstdlib>
#include <vector>

#include "annotate/claims/numbers.h"
#include "core/datetime.h"

namespace tri::comparison {

using claims::ParseInterval;
using claims::PlaceRelation;
namespace {

ValueComparison Same() { return {Agreement::kSame, 0, ""}; }
ValueComparison Conflict(std::string note) { return {Agreement::kConflict, 0, std::move(note)}; }

ValueComparison ComparePlaces(const Gazetteer& gaz, std::string_view a, std::string_view b) {
  if (a == b) return Same();
  const int pa = gaz.FindId(a), pb = gaz.FindId(b);
  const std::string na = PlaceName(gaz, a), nb = PlaceName(gaz, b);
  if (pa < 0 || pb < 0) return Conflict(na + " and " + nb + " are different places");
  switch (gaz.Relate(pa, pb)) {
    case PlaceRelation::kSame:
      return Same();
    case PlaceRelation::kContains:
      return {Agreement::kCompatible, -1, nb + " lies inside " + na};
    case PlaceRelation::kInside:
      return {Agreement::kCompatible, 1, na + " lies inside " + nb};
    case PlaceRelation::kUnknown:
      return {Agreement::kCompatible, 0, na + " and " + nb + " may overlap"};
    case PlaceRelation::kDisjoint:
      break;
  }
  return Conflict(na + " and " + nb + " are different places");
}

// TIMEX3 date values split into fields; "XX" fields are unknown. Weeks become the week's range.
struct DateFields {
  std::array<std::string, 3> f;  // year, month, day ("" when absent)
  std::string week;              // "2025-W44" form when the value is a week
  int granularity = 0;
};

DateFields Fields(std::string_view v) {
  DateFields d;
  if (size_t t = v.find('T'); t != std::string_view::npos) v = v.substr(0, t);
  if (v.size() >= 8 && v[4] == '-' && v[5] == 'W') {
    d.f[0] = std::string(v.substr(0, 4));
    d.week = std::string(v.substr(0, 8));
    d.granularity = 2;
    return d;
  }
  size_t pos = 0;
  for (int i = 0; i < 3 && pos < v.size(); ++i) {
    size_t dash = v.find('-', pos);
    std::string part(
        v.substr(pos, dash == std::string_view::npos ? std::string_view::npos : dash - pos));
    d.f[i] = part;
    d.granularity = i + 1;
    if (dash == std::string_view::npos) break;
    pos = dash + 1;
  }
  return d;
}

bool Known(const std::string& s) { return !s.empty() && s.find('X') == std::string::npos; }

ValueComparison CompareDatesOnly(std::string_view a, std::string_view b);

// Dates, then clock times where both give one ("um 6.42 Uhr" vs "at 6:42 a.m.").
ValueComparison CompareDates(std::string_view a, std::string_view b) {
  if (a == b) return Same();
  ValueComparison d = CompareDatesOnly(a, b);
  auto time_of = [](std::string_view v) {
    const size_t t = v.find('T');
    return t == std::string_view::npos ? std::string_view() : v.substr(t + 1);
  };
  const std::string_view ta = time_of(a), tb = time_of(b);
  auto digit = [](std::string_view t) { return !t.empty() && t[0] >= '0' && t[0] <= '9'; };
  if (d.agreement != Agreement::kConflict && digit(ta) && digit(tb) &&
      ta.substr(0, 5) != tb.substr(0, 5)) {
    return Conflict(std::string(a) + " and " + std::string(b) + " are different times");
  }
  return d;
}

ValueComparison CompareDatesOnly(std::string_view a, std::string_view b) {
  if (a == b) return Same();
  DateFields da = Fields(a), db = Fields(b);
  if (!da.week.empty() || !db.week.empty()) {
    // A week against a day: the day's ISO week decides.
    auto week_of = [](const DateFields& d) -> std::string {
      if (!d.week.empty()) return d.week;
      auto date = Date::ParseIso(d.f[0] + "-" + d.f[1] + "-" + d.f[2]);
      if (!date) return "";
      const Date thursday = date->AddDays(3 - date->Weekday());
      const int week =
          static_cast<int>((thursday.ToDays() - Date{thursday.year, 1, 1}.ToDays()) / 7 + 1);
      char buf[16];
      std::snprintf(buf, sizeof buf, "%04d-W%02d", thursday.year, week);
      return buf;
    };
    const std::string wa = week_of(da), wb = week_of(db);
    if (wa.empty() || wb.empty()) return {Agreement::kCompatible, 0, ""};
    if (wa != wb)
      return Conflict(std::string(a) + " and " + std::string(b) + " fall in different weeks");
    return {Agreement::kCompatible, da.granularity - db.granularity, ""};
  }
  for (int i = 0; i < 3; ++i) {
    if (da.f[i].empty() || db.f[i].empty()) break;
    if (Known(da.f[i]) && Known(db.f[i]) && da.f[i] != db.f[i]) {
      return Conflict(std::string(a) + " and " + std::string(b) + " are different dates");
    }
  }
  const int spec = da.granularity - db.granularity;
  return {spec == 0 ? Agreement::kSame : Agreement::kCompatible, spec,
          spec == 0 ? "" : std::string(spec > 0 ? a : b) + " is more precise"};
}

ValueComparison CompareNumbers(std::string_view a, std::string_view b) {
  if (a == b) return Same();
  double alo, ahi, blo, bhi;
  if (!ParseInterval(a, alo, ahi) || !ParseInterval(b, blo, bhi))
    return Conflict("different figures");
  // A little tolerance for rounding ("2,5 Millionen" vs "2.480.000").
  const double tol = 0.02;
  auto differ = [&](double x, double y) {
    return std::abs(x - y) > tol * std::max(std::abs(x), std::abs(y));
  };
  // Two thresholds in the same direction are two different figures: "mindestens 20" vs
  // "mindestens 35", "unter zweieinhalb Stunden" vs "under four hours".
  const bool a_open_up = std::isinf(ahi), b_open_up = std::isinf(bhi);
  if (a_open_up && b_open_up && alo > 0 && blo > 0 && differ(alo, blo)) {
    return Conflict("the lower bounds " + std::string(a) + " and " + std::string(b) + " differ");
  }
  if (alo == 0 && blo == 0 && !a_open_up && !b_open_up && ahi != bhi && differ(ahi, bhi)) {
    return Conflict("the upper bounds " + std::string(a) + " and " + std::string(b) + " differ");
  }
  if (alo > bhi * (1 + tol) + 1e-9 || blo > ahi * (1 + tol) + 1e-9) {
    return Conflict("the figures " + std::string(a) + " and " + std::string(b) +
                    " exclude each other");
  }
  const double wa = ahi - alo, wb = bhi - blo;
  return {Agreement::kCompatible, wa < wb ? 1 : (wb < wa ? -1 : 0), "the figures overlap"};
}

constexpr std::array<std::string_view, 5> kLevels = {"very_low", "low", "medium", "high",
                                                     "very_high"};

ValueComparison CompareLevels(std::string_view a, std::string_view b) {
  const int ia = LikelihoodIndex(a), ib = LikelihoodIndex(b);
  if (ia < 0 || ib < 0 || ia == ib) return Same();
  if (std::abs(ia - ib) >= 2) {
    return Conflict("likelihood " + std::string(a) + " vs " + std::string(b));
  }
  return {Agreement::kCompatible, 0, "neighbouring likelihoods"};
}

// Stances by polarity: ready/support +1, unwilling/oppose -1, no public statement 0;
// "commented" says nothing about the direction.
int Polarity(std::string_view s) {
  if (s == "ready" || s == "support") return 1;
  if (s == "unwilling" || s == "oppose") return -1;
  if (s == "no_statement") return 0;
  return 2;
}

ValueComparison CompareStances(std::string_view a, std::string_view b) {
  if (a == b) return Same();
  const int pa = Polarity(a), pb = Polarity(b);
  if (pa == 2 || pb == 2) {
    if (pa == 0 || pb == 0) return Conflict("commented vs no public statement");
    return {Agreement::kCompatible, 0, ""};
  }
  if (pa == pb) return {Agreement::kCompatible, 0, ""};
  return Conflict("stance " + std::string(a) + " vs " + std::string(b));
}

}  // namespace

int LikelihoodIndex(std::string_view level) {
  for (size_t i = 0; i < kLevels.size(); ++i) {
    if (kLevels[i] == level) return static_cast<int>(i);
  }
  return -1;
}

std::string PlaceName(const Gazetteer& gaz, std::string_view id) {
  const int p = gaz.FindId(id);
  if (p >= 0) return gaz.place(p).name;
  if (id.starts_with("loc:")) id.remove_prefix(4);
  return std::string(id);
}

ValueComparison CompareValues(const Gazetteer& gaz, std::string_view slot, std::string_view a,
                              std::string_view b) {
  if (slot == "place") return ComparePlaces(gaz, a, b);
  if (slot == "date") return CompareDates(a, b);
  if (slot == "number") return CompareNumbers(a, b);
  if (slot == "likelihood") return CompareLevels(a, b);
  if (slot == "stance") return CompareStances(a, b);
  return a == b ? Same() : Conflict("different values");
}

}  // namespace tri::comparison

// Numerals as written in German and English ("1.500", "3,5", "1,500", "3.5") and the interval
// notation of quantity values ("120..", "..50", "1.5..2.5").
#include <cmath>
#include <cstdio>
#include <cstdlib>

#include "annotate/claims/clauses.h"
#include "annotate/claims/numbers.h"
#include "annotate/claims/numbers_internal.h"
#include "core/annotations.h"

namespace tri::claims {
namespace numbers_detail {

bool AllDigits(std::string_view s) {
  if (s.empty()) return false;
  for (char c : s) {
    if (c < '0' || c > '9') return false;
  }
  return true;
}

bool IsMonthOrTimeWord(std::string_view k) {
  for (std::string_view m :
       {"januar", "februar",   "märz",    "april",    "mai",      "juni",    "juli",
        "august", "september", "oktober", "november", "dezember", "january", "february",
        "march",  "june",      "july",    "october",  "december", "uhr",     "jahrhundert"}) {
    if (k == m) return true;
  }
  return false;
}

}  // namespace numbers_detail

using namespace numbers_detail;  // NOLINT: the shared numeral checks

namespace {

std::string FormatNumber(double x) {
  char buf[64];
  if (std::fabs(x) < 1e15 && x == std::floor(x)) {
    std::snprintf(buf, sizeof buf, "%.0f", x);
  } else {
    std::snprintf(buf, sizeof buf, "%.4f", x);
    std::string s(buf);
    while (!s.empty() && s.back() == '0') s.pop_back();
    if (!s.empty() && s.back() == '.') s.pop_back();
    return s;
  }
  return buf;
}

// Digit groups separated by `sep` every three digits ("1.500.000").
bool Grouped(std::string_view s, char sep) {
  size_t first = s.find(sep);
  if (first == std::string_view::npos || first == 0 || first > 3) return false;
  for (size_t pos = first; pos < s.size(); pos += 4) {
    if (s[pos] != sep || pos + 4 > s.size() || !AllDigits(s.substr(pos + 1, 3))) return false;
  }
  return AllDigits(s.substr(0, first));
}

}  // namespace

std::optional<double> ParseNumeral(std::string_view s, LangMask lang) {
  if (s.empty() || s.size() > 24) return std::nullopt;
  const char thousands = lang == kLangEn ? ',' : '.';
  const char decimal = lang == kLangEn ? '.' : ',';
  std::string clean;
  if (AllDigits(s)) {
    clean = std::string(s);
  } else if (Grouped(s, thousands)) {
    for (char c : s) {
      if (c != thousands) clean += c;
    }
  } else {
    size_t d = s.find(decimal);
    if (d == std::string_view::npos || !AllDigits(s.substr(0, d)) || !AllDigits(s.substr(d + 1))) {
      return std::nullopt;
    }
    clean = std::string(s.substr(0, d)) + "." + std::string(s.substr(d + 1));
  }
  return std::strtod(clean.c_str(), nullptr);
}

std::string FormatInterval(double lo, double hi) {
  std::string out = lo > 0 ? FormatNumber(lo) : "";
  out += "..";
  if (hi != kInf) out += FormatNumber(hi);
  return out;
}

bool ParseInterval(std::string_view s, double& lo, double& hi) {
  size_t dots = s.find("..");
  if (dots == std::string_view::npos) return false;
  std::string a(s.substr(0, dots)), b(s.substr(dots + 2));
  lo = a.empty() ? 0 : std::strtod(a.c_str(), nullptr);
  hi = b.empty() ? kInf : std::strtod(b.c_str(), nullptr);
  return lo <= hi;
}

}  // namespace tri::claims

#include "story/features.h"

#include <algorithm>
#include <cmath>

#include "core/hash.h"

namespace tri::story {
namespace {

bool IsDigit(char c) { return c >= '0' && c <= '9'; }

// Digits separated by `sep` in groups of three after the first group: "1.500.000".
bool ThousandsGrouped(std::string_view s, char sep) {
  size_t first = s.find(sep);
  if (first == std::string_view::npos || first == 0 || first > 3) return false;
  size_t run = 0;
  for (size_t i = first + 1; i <= s.size(); ++i) {
    if (i == s.size() || s[i] == sep) {
      if (run != 3) return false;
      run = 0;
    } else if (IsDigit(s[i])) {
      ++run;
    } else {
      return false;
    }
  }
  return true;
}

}  // namespace

uint8_t LanguageCode(std::string_view language) {
  if (language == "de") return 0;
  if (language == "en") return 1;
  return 2;
}

std::string NormalizeNumber(std::string_view t, bool german) {
  if (t.empty() || t.size() > 24 || !IsDigit(t.front()) || !IsDigit(t.back())) return {};
  int dots = 0, commas = 0;
  for (char c : t) {
    if (c == '.')
      ++dots;
    else if (c == ',')
      ++commas;
    else if (!IsDigit(c))
      return {};  // times (14:11), ranges, mixed tokens
  }
  const char thousands = german ? '.' : ',';
  const char decimal = german ? ',' : '.';
  std::string out;
  std::string_view integer = t, fraction;
  if (const size_t d = t.rfind(decimal); d != std::string_view::npos) {
    integer = t.substr(0, d);
    fraction = t.substr(d + 1);
    if ((german ? commas : dots) > 1) return {};
  }
  if (integer.find(decimal) != std::string_view::npos) return {};
  if (integer.find(thousands) != std::string_view::npos) {
    if (!ThousandsGrouped(integer, thousands)) return {};  // 03.11.2026, 2.30 (a time)
  }
  for (char c : integer) {
    if (IsDigit(c) && !(out.empty() && c == '0')) out += c;
  }
  if (out.empty()) out.push_back('0');
  while (!fraction.empty() && fraction.back() == '0') fraction.remove_suffix(1);
  if (fraction.find(thousands) != std::string_view::npos) return {};
  if (!fraction.empty()) {
    out.push_back('.');
    out.append(fraction.data(), fraction.size());
  }
  return out;
}

std::optional<int64_t> PublishedMinutes(const Document& d) {
  if (!d.meta.published || !d.meta.published->date.valid()) return std::nullopt;
  const DateTime& p = *d.meta.published;
  return p.date.ToDays() * 1440 + (p.has_time ? p.hour * 60 + p.minute : 0) -
         p.utc_offset_minutes.value_or(0);
}

std::optional<int64_t> UndatedHintMinutes(const Document& d) {
  if (d.published_inferred && d.published_inferred->earliest.valid() &&
      d.published_inferred->latest.valid()) {
    return (d.published_inferred->earliest.ToDays() + d.published_inferred->latest.ToDays()) / 2 *
           1440;
  }
  std::optional<int64_t> latest;
  for (const Timex& x : d.timex) {
    if (x.type != TimexType::kDate || !x.resolved || !x.relative_form.empty()) continue;
    const auto date = Date::ParseIso(x.value);
    if (!date) continue;
    const int64_t m = date->ToDays() * 1440;
    if (!latest || m > *latest) latest = m;
  }
  return latest;
}

PairSimilarity Compare(const DocVector& a, const DocVector& b) {
  double words = 0, neutral = 0;
  size_t i = 0, j = 0;
  while (i < a.terms.size() && j < b.terms.size()) {
    if (a.terms[i].key < b.terms[j].key) {
      ++i;
    } else if (b.terms[j].key < a.terms[i].key) {
      ++j;
    } else {
      (IsNeutral(a.terms[i].channel) ? neutral : words) +=
          double(a.terms[i].weight) * b.terms[j].weight;
      ++i, ++j;
    }
  }
  PairSimilarity s;
  const double wa = std::sqrt(std::max(0.0, 1.0 - double(a.neutral_norm) * a.neutral_norm));
  const double wb = std::sqrt(std::max(0.0, 1.0 - double(b.neutral_norm) * b.neutral_norm));
  if (wa > 0 && wb > 0) s.words = words / (wa * wb);
  if (a.neutral_norm > 0 && b.neutral_norm > 0)
    s.neutral = neutral / (a.neutral_norm * b.neutral_norm);
  return s;
}

void DocumentFrequencies::Add(const std::vector<Term>& terms) {
  ++documents_;
  for (const Term& t : terms) ++df_.insert(t.key, 0);
}

DocVector FeatureExtractor::Weigh(const std::vector<Term>& counts, uint8_t language,
                                  const DocumentFrequencies& df) const {
  DocVector v;
  v.language = language;
  v.terms.reserve(counts.size());
  const double n = df.documents() + options_.prior_documents;
  double norm2 = 0, neutral2 = 0;
  for (const Term& t : counts) {
    float channel = 1.0f;
    if (t.channel == Channel::kEntity) channel = options_.entity_weight;
    if (t.channel == Channel::kPlace) channel = options_.place_weight;
    if (t.channel == Channel::kNumber) channel = options_.number_weight;
    if (t.channel == Channel::kDate) channel = options_.date_weight;
    const double idf = std::log(n / (df.df(t.key) + 1.0));
    if (idf <= 0) continue;
    // Compound parts count less than a word of their own (a count below 1).
    const double tf = t.weight >= 1.0f ? 1.0 + std::log(t.weight) : t.weight;
    const float w = static_cast<float>(tf * idf * channel);
    v.terms.push_back({t.key, w, t.channel});
    norm2 += double(w) * w;
    if (IsNeutral(t.channel)) neutral2 += double(w) * w;
  }
  if (norm2 > 0) {
    const float inv = static_cast<float>(1.0 / std::sqrt(norm2));
    for (Term& t : v.terms) t.weight *= inv;
    v.neutral_norm = static_cast<float>(std::sqrt(neutral2) * inv);
  }
  return v;
}

}  // namespace tri::story

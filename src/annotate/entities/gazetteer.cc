#include "annotate/entities/gazetteer.h"

#include <algorithm>

#include "annotate/entities/fold.h"

namespace tri::ner {
namespace {

constexpr size_t kMaxNameTokens = 8;

std::vector<std::string_view> SplitTabs(std::string_view line) {
  std::vector<std::string_view> out;
  size_t pos = 0;
  while (true) {
    const size_t tab = line.find('\t', pos);
    out.push_back(line.substr(pos, tab == std::string_view::npos ? line.npos : tab - pos));
    if (tab == std::string_view::npos) break;
    pos = tab + 1;
  }
  return out;
}

bool KindFromName(std::string_view s, GazKind& kind) {
  static constexpr std::string_view kNames[] = {"country", "city",  "capital", "region",
                                                "place",   "org",   "first",   "role",
                                                "orgword", "deriv", "town",    "brand"};
  for (size_t i = 0; i < std::size(kNames); ++i) {
    if (kNames[i] == s) {
      kind = static_cast<GazKind>(i);
      return true;
    }
  }
  return false;
}

}  // namespace

std::string_view GazKindName(GazKind k) {
  static constexpr std::string_view kNames[] = {"country", "city",  "capital", "region",
                                                "place",   "org",   "first",   "role",
                                                "orgword", "deriv", "town",    "brand"};
  const size_t i = static_cast<size_t>(k);
  return i < std::size(kNames) ? kNames[i] : "?";
}

Result<std::shared_ptr<const Gazetteer>> Gazetteer::Parse(std::string_view tsv) {
  auto g = std::make_shared<Gazetteer>();
  size_t pos = 0, line_no = 0;
  while (pos < tsv.size()) {
    size_t nl = tsv.find('\n', pos);
    if (nl == std::string_view::npos) nl = tsv.size();
    const std::string_view line = tsv.substr(pos, nl - pos);
    pos = nl + 1;
    ++line_no;
    if (line.empty() || line[0] == '#') continue;
    const auto f = SplitTabs(line);
    if (f.size() != 3) {
      return Status::Corrupt("gazetteer line " + std::to_string(line_no) + ": expected 3 fields");
    }
    if (f[0] == "canon") {
      g->canon_.emplace(std::string(f[1]), std::string(f[2]));
      continue;
    }
    if (f[0] == "capitalof") {
      g->capital_of_.emplace(std::string(f[1]), std::string(f[2]));
      continue;
    }
    GazKind kind;
    if (!KindFromName(f[0], kind)) {
      return Status::Corrupt("gazetteer line " + std::to_string(line_no) + ": unknown kind");
    }
    const std::string key = Lower(f[1]);
    const size_t tokens = 1 + std::count(key.begin(), key.end(), ' ');
    if (tokens > kMaxNameTokens) continue;
    auto& entries = g->names_[key];
    entries.push_back({kind, std::string(f[2])});
    const std::string first = key.substr(0, key.find(' '));
    uint8_t& max_len = g->first_token_max_len_[first];
    max_len = std::max<uint8_t>(max_len, static_cast<uint8_t>(tokens));
  }
  return std::shared_ptr<const Gazetteer>(std::move(g));
}

std::vector<GazMatch> Gazetteer::Match(const std::vector<std::string>& lower) const {
  std::vector<GazMatch> out(lower.size());
  std::string key;
  for (size_t i = 0; i < lower.size(); ++i) {
    auto it = first_token_max_len_.find(lower[i]);
    if (it == first_token_max_len_.end()) continue;
    key.clear();
    for (size_t len = 1; len <= it->second && i + len <= lower.size(); ++len) {
      if (len > 1) key.push_back(' ');
      key += lower[i + len - 1];
      const auto* entries = Find(key);
      if (entries == nullptr) continue;
      for (const GazEntry& e : *entries) {
        const uint16_t bit = static_cast<uint16_t>(1u << static_cast<unsigned>(e.kind));
        out[i].begin |= bit;
        for (size_t k = i + 1; k < i + len; ++k) out[k].inside |= bit;
      }
    }
  }
  return out;
}

const std::vector<GazEntry>* Gazetteer::Find(std::string_view lower_name) const {
  auto it = names_.find(lower_name);
  return it == names_.end() ? nullptr : &it->second;
}

bool Gazetteer::Has(std::string_view lower_name, GazKind kind) const {
  return !IdOf(lower_name, kind).empty();
}

std::string_view Gazetteer::IdOf(std::string_view lower_name, GazKind kind) const {
  if (const auto* entries = Find(lower_name)) {
    for (const GazEntry& e : *entries) {
      if (e.kind == kind) return e.id;
    }
  }
  return {};
}

std::string_view Gazetteer::CanonicalName(std::string_view id) const {
  auto it = canon_.find(id);
  return it == canon_.end() ? std::string_view() : std::string_view(it->second);
}

std::string_view Gazetteer::CapitalOf(std::string_view city_id) const {
  auto it = capital_of_.find(city_id);
  return it == capital_of_.end() ? std::string_view() : std::string_view(it->second);
}

std::string_view Gazetteer::DerivId(std::string_view w) const {
  if (w.size() < 4) return {};
  for (std::string_view ending : {"", "e", "en", "er", "es", "em", "s"}) {
    if (w.size() <= ending.size() + 3 || !w.ends_with(ending)) continue;
    std::string_view id = IdOf(w.substr(0, w.size() - ending.size()), GazKind::kDeriv);
    if (!id.empty()) return id;
  }
  return {};
}

}  // namespace tri::ner

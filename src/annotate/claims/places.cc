#include "annotate/claims/places.h"

#include <algorithm>

#include "text/text.h"

namespace tri::embedded {
std::string_view ClaimsPlaces();
}

namespace tri::claims {
namespace {

std::vector<std::string_view> Split(std::string_view s, char sep) {
  std::vector<std::string_view> out;
  size_t pos = 0;
  while (true) {
    size_t next = s.find(sep, pos);
    out.push_back(
        s.substr(pos, next == std::string_view::npos ? std::string_view::npos : next - pos));
    if (next == std::string_view::npos) return out;
    pos = next + 1;
  }
}

// Which place wins an ambiguous name: countries before capitals before regions before the rest.
int Priority(PlaceKind k, bool capital) {
  if (k == PlaceKind::kCountry) return 0;
  if (capital) return 1;
  if (k == PlaceKind::kRegion) return 2;
  if (k == PlaceKind::kArea) return 3;
  return 4;
}

constexpr std::string_view kAdjEndings[] = {"", "e", "en", "er", "es", "em"};

}  // namespace

Result<std::shared_ptr<const Gazetteer>> Gazetteer::Parse(std::string_view tsv) {
  std::shared_ptr<Gazetteer> g(new Gazetteer());
  std::unordered_map<std::string, int> index;
  std::vector<std::pair<std::string_view, std::string_view>> rows;  // (parent, names)
  size_t line_no = 0;
  for (std::string_view line : Split(tsv, '\n')) {
    ++line_no;
    if (line.empty() || line[0] == '#') continue;
    auto cols = Split(line, '\t');
    if (cols.size() != 4) {
      return Status::Corrupt("places gazetteer line " + std::to_string(line_no) +
                             ": want 4 columns");
    }
    Place p;
    p.id = std::string(cols[0]);
    const std::string_view kind = cols[2];
    p.kind = kind == "country"                                 ? PlaceKind::kCountry
             : kind == "region"                                ? PlaceKind::kRegion
             : (kind == "continent" || kind == "subcontinent") ? PlaceKind::kArea
                                                               : PlaceKind::kPoint;
    p.capital = kind == "capital";
    index[p.id] = static_cast<int>(g->places_.size());
    g->places_.push_back(std::move(p));
    rows.emplace_back(cols[1], cols[3]);
  }
  // Names are indexed by their first token; among places sharing a full name the priority wins.
  std::unordered_map<std::string, int> owner;
  for (size_t i = 0; i < rows.size(); ++i) {
    Place& p = g->places_[i];
    if (auto it = index.find(std::string(rows[i].first)); it != index.end()) p.parent = it->second;
    for (std::string_view name : Split(rows[i].second, '|')) {
      const bool adj = name.starts_with("adj:");
      if (adj) name.remove_prefix(4);
      if (name.empty()) continue;
      if (p.name.empty() && !adj) p.name = std::string(name);
      std::string folded = FoldForMatch(name);
      const std::string full = (adj ? "a:" : "n:") + folded;
      auto [it, inserted] = owner.emplace(full, static_cast<int>(i));
      if (!inserted) {
        const Place& other = g->places_[it->second];
        if (Priority(other.kind, other.capital) <= Priority(p.kind, p.capital)) continue;
        it->second = static_cast<int>(i);
      }
    }
    if (p.capital && p.parent >= 0) g->capital_of_.emplace(p.parent, static_cast<int>(i));
    if (p.name.empty()) p.name = p.id;
    g->by_id_.emplace(p.id, static_cast<int>(i));
  }
  for (const auto& [full, place] : owner) {
    auto toks = Split(std::string_view(full).substr(2), ' ');
    Name n;
    n.place = place;
    n.adjective = full[0] == 'a';
    for (size_t k = 1; k < toks.size(); ++k) n.rest.emplace_back(toks[k]);
    g->by_first_[std::string(toks[0])].push_back(std::move(n));
  }
  for (auto& [first, names] : g->by_first_) {
    std::sort(names.begin(), names.end(), [](const Name& a, const Name& b) {
      if (a.rest.size() != b.rest.size()) return a.rest.size() > b.rest.size();
      if (a.adjective != b.adjective) return a.adjective < b.adjective;
      if (a.rest != b.rest) return a.rest < b.rest;
      return a.place < b.place;
    });
  }
  return std::shared_ptr<const Gazetteer>(std::move(g));
}

Result<std::shared_ptr<const Gazetteer>> Gazetteer::Embedded() {
  static const Result<std::shared_ptr<const Gazetteer>> kGazetteer =
      Parse(embedded::ClaimsPlaces());
  return kGazetteer;
}

std::optional<PlaceHit> Gazetteer::MatchWith(const std::vector<std::string>& keys, uint32_t i,
                                             std::string_view first) const {
  auto it = by_first_.find(first);
  if (it == by_first_.end()) return std::nullopt;
  for (const Name& n : it->second) {
    if (i + 1 + n.rest.size() > keys.size()) continue;
    bool ok = true;
    for (size_t k = 0; k < n.rest.size() && ok; ++k) ok = keys[i + 1 + k] == n.rest[k];
    if (ok) return PlaceHit{i, static_cast<uint32_t>(i + 1 + n.rest.size()), n.place, n.adjective};
  }
  return std::nullopt;
}

std::optional<PlaceHit> Gazetteer::MatchAt(const std::vector<std::string>& keys, uint32_t i) const {
  if (i >= keys.size() || keys[i].empty()) return std::nullopt;
  const std::string& key = keys[i];
  if (auto hit = MatchWith(keys, i, key); hit && !hit->adjective) return hit;
  if (key.size() > 3 && key.back() == 's') {  // genitive: "Nordkoreas", "Chinas"
    if (auto hit = MatchWith(keys, i, std::string_view(key).substr(0, key.size() - 1));
        hit && !hit->adjective && hit->end == i + 1) {
      return hit;
    }
  }
  for (std::string_view ending : kAdjEndings) {  // "südkoreanischen" -> stem "südkoreanisch"
    if (key.size() <= ending.size() + 3 || !std::string_view(key).ends_with(ending)) continue;
    if (auto hit = MatchWith(keys, i, std::string_view(key).substr(0, key.size() - ending.size()));
        hit && hit->adjective) {
      return hit;
    }
  }
  return std::nullopt;
}

std::optional<int> Gazetteer::Find(std::string_view name) const {
  std::vector<std::string> keys;
  for (std::string_view t : Split(FoldForMatch(name), ' ')) keys.emplace_back(t);
  auto hit = MatchAt(keys, 0);
  if (!hit || hit->adjective || hit->end != keys.size()) return std::nullopt;
  return hit->place;
}

int Gazetteer::FindId(std::string_view id) const {
  auto it = by_id_.find(id);
  return it == by_id_.end() ? -1 : it->second;
}

int Gazetteer::CountryOf(int i) const {
  for (int depth = 0; i >= 0 && depth < 16; ++depth, i = places_[i].parent) {
    if (places_[i].kind == PlaceKind::kCountry) return i;
  }
  return -1;
}

int Gazetteer::CapitalOf(int country) const {
  auto it = capital_of_.find(country);
  return it == capital_of_.end() ? -1 : it->second;
}

bool Gazetteer::Contains(int outer, int inner) const {
  for (int depth = 0; inner >= 0 && depth < 16; ++depth, inner = places_[inner].parent) {
    if (inner == outer) return true;
  }
  return false;
}

PlaceRelation Gazetteer::Relate(int a, int b) const {
  if (a < 0 || b < 0) return PlaceRelation::kUnknown;
  if (a == b) return PlaceRelation::kSame;
  if (Contains(a, b)) return PlaceRelation::kContains;
  if (Contains(b, a)) return PlaceRelation::kInside;
  const PlaceKind ka = places_[a].kind, kb = places_[b].kind;
  // Cities and countries carry complete chains up to their continent, so being outside means
  // disjoint. Sub-national regions are listed without their cities: only different countries
  // make a region disjoint from something.
  if (ka != PlaceKind::kRegion && kb != PlaceKind::kRegion) return PlaceRelation::kDisjoint;
  const int ca = CountryOf(a), cb = CountryOf(b);
  if (ca >= 0 && cb >= 0 && ca != cb) return PlaceRelation::kDisjoint;
  return PlaceRelation::kUnknown;
}

}  // namespace tri::claims

// Gazetteer: places with their containment (city -> country -> UN M49 subregion -> continent),
// from data/lexicons/claims/places.tsv. Answers "which place does this name mean" (German and
// English names, genitive "Nordkoreas", adjective stems "südkoreanisch") and "how do two places
// relate" (same, one inside the other, disjoint, or unknown), so that "in Seoul" and "in
// Südkorea" are compatible while "in Hanoi" and "in Panmunjom" contradict. Immutable.
#pragma once

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "core/status.h"

namespace tri::claims {

enum class PlaceKind : uint8_t { kPoint, kRegion, kCountry, kArea };  // area: subcontinent..
enum class PlaceRelation : uint8_t { kSame, kContains, kInside, kDisjoint, kUnknown };

struct Place {
  std::string id;    // "KR", "geo:1835848", "m49:030", "loc:panmunjom"
  std::string name;  // first listed name
  int parent = -1;
  PlaceKind kind = PlaceKind::kPoint;
  bool capital = false;
};

// A name found in a token sequence: tokens [begin, end), place index.
struct PlaceHit {
  uint32_t begin = 0, end = 0;
  int place = -1;
  bool adjective = false;  // "südkoreanischen": the country's adjective, not a place reference
};

class Gazetteer {
 public:
  static Result<std::shared_ptr<const Gazetteer>> Parse(std::string_view tsv);
  static Result<std::shared_ptr<const Gazetteer>> Embedded();

  // The longest place name or adjective starting at keys[i] (FoldForMatch keys); tries the
  // genitive form without its final "s" and adjective endings (-e, -en, -er, -es, -em).
  std::optional<PlaceHit> MatchAt(const std::vector<std::string>& keys, uint32_t i) const;
  // A name as written or folded ("Seoul", "Südkoreas", "south korea").
  std::optional<int> Find(std::string_view name) const;

  // The place with this id ("KR", "geo:1835848"), or -1.
  int FindId(std::string_view id) const;

  const Place& place(int i) const { return places_[i]; }
  size_t size() const { return places_.size(); }
  int CountryOf(int i) const;  // the country containing (or being) i, or -1
  int CapitalOf(int country) const;
  bool Contains(int outer, int inner) const;  // outer == inner counts
  PlaceRelation Relate(int a, int b) const;

 private:
  Gazetteer() = default;
  struct Name {
    std::vector<std::string> rest;  // tokens after the first
    int place = -1;
    bool adjective = false;
  };
  std::optional<PlaceHit> MatchWith(const std::vector<std::string>& keys, uint32_t i,
                                    std::string_view first) const;

  std::vector<Place> places_;
  struct Hash {
    using is_transparent = void;
    size_t operator()(std::string_view s) const { return std::hash<std::string_view>{}(s); }
  };
  // Names by their first token, longest names first.
  std::unordered_map<std::string, std::vector<Name>, Hash, std::equal_to<>> by_first_;
  std::unordered_map<int, int> capital_of_;
  std::unordered_map<std::string, int, Hash, std::equal_to<>> by_id_;
};

}  // namespace tri::claims

// Gazetteer: the name lists of data/ner/gazetteer.tsv (countries, cities, capitals, regions,
// places, organisations, given names, role titles, organisation head words, place adjectives,
// small towns, brands),
// indexed by lower-cased token sequence. The recogniser uses it for features, the linker for
// aliases, canonical names and capital -> country (metonymy). Immutable once parsed.
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "core/status.h"

namespace tri::ner {

enum class GazKind : uint8_t {
  kCountry,
  kCity,
  kCapital,
  kRegion,
  kPlace,
  kOrg,
  kFirst,
  kRole,
  kOrgWord,
  kDeriv,
  kTown,   // places of 1,000-15,000 people: weaker evidence than kCity, so a feature of its own
  kBrand,  // company and product brands (organisations or products, OTH)
  kCount
};
std::string_view GazKindName(GazKind k);

struct GazEntry {
  GazKind kind;
  std::string id;  // "KP", "geo:1871859", "org:apec", "-" for plain word lists
};

// Which list matches cover a token: bit k of begin/inside is set when a name of kind k starts at
// / continues through the token.
struct GazMatch {
  uint16_t begin = 0;
  uint16_t inside = 0;
};

// Hash and equality that accept string_view, so lookups do not allocate.
struct StringViewHash {
  using is_transparent = void;
  size_t operator()(std::string_view s) const { return std::hash<std::string_view>()(s); }
};
template <typename V>
using StringMap = std::unordered_map<std::string, V, StringViewHash, std::equal_to<>>;

class Gazetteer {
 public:
  static Result<std::shared_ptr<const Gazetteer>> Parse(std::string_view tsv);

  // `lower` holds the Lower()ed tokens of one sentence.
  std::vector<GazMatch> Match(const std::vector<std::string>& lower) const;
  // Entries for a whole lower-cased name ("nordkorea", "vereinigte staaten"); null if none.
  const std::vector<GazEntry>* Find(std::string_view lower_name) const;
  bool Has(std::string_view lower_name, GazKind kind) const;
  // The id of the first entry of `kind` for the name, or "" if none.
  std::string_view IdOf(std::string_view lower_name, GazKind kind) const;
  // Display name of an id ("KP" -> "Nordkorea"); "" if unknown.
  std::string_view CanonicalName(std::string_view id) const;
  // Country id whose capital the city id is; "" if it is no capital.
  std::string_view CapitalOf(std::string_view city_id) const;
  // A place adjective's id: strips German endings (-e, -en, -er, -es, -em) and English plural
  // forms; "" if the word is no listed adjective ("südkoreanischen" -> "KR").
  std::string_view DerivId(std::string_view lower_word) const;
  size_t size() const { return names_.size(); }

 private:
  StringMap<std::vector<GazEntry>> names_;
  StringMap<uint8_t> first_token_max_len_;  // longest name (in tokens) per first token
  StringMap<std::string> canon_;
  StringMap<std::string> capital_of_;
};

}  // namespace tri::ner

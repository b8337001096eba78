// MetaCandidates: every value a page offers for a metadata field (JSON-LD, meta tags, <time>,
// visible lines, the URL), each with where it came from and how much we trust that source.
// The most trusted candidate of each field wins; ties go to the one seen first. Provenance of
// the winners is written into Metadata::provenance.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/datetime.h"
#include "core/document.h"

namespace tri::ingest {

struct MetaCandidate {
  std::string field;  // "title", "outlet", "url", "canonical_url", "authors", "agency",
                      // "published", "modified", "section", "keywords", "description", "language"
  std::string value;
  std::vector<std::string> list;  // authors, keywords
  std::optional<DateTime> date;   // published, modified
  std::string from;
  double confidence = 0.5;
};

class MetaCandidates {
 public:
  void Add(std::string_view field, std::string value, std::string from, double confidence);
  void AddList(std::string_view field, std::vector<std::string> values, std::string from,
               double confidence);
  void AddDate(std::string_view field, const DateTime& value, std::string from, double confidence);

  const MetaCandidate* Best(std::string_view field) const;
  const std::vector<MetaCandidate>& all() const { return items_; }
  std::vector<MetaCandidate>& mutable_all() { return items_; }

  // Fills the fields of `meta` that are still empty with the winners, adding provenance.
  void ApplyTo(Metadata& meta) const;

 private:
  std::vector<MetaCandidate> items_;
};

}  // namespace tri::ingest

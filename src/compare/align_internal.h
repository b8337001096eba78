// Internals of claim alignment (align.cc, align_relations.cc): the Aligner that groups a
// story's facets into questions, picks each document's answer and decides the relation.
// Internal to src/compare.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "compare/align.h"
#include "compare/values.h"
#include "core/document.h"

namespace tri::comparison::align_detail {

// Participant lists that may name the same people (one is empty or every participant of the
// shorter list is in the longer one).
bool Compatible(const std::vector<std::string>& a, const std::vector<std::string>& b);

// One alignment run over a story's facets; Run() hands back the compared claims.
class Aligner {
 public:
  Aligner(const std::vector<Facet>& facets, const std::vector<Document*>& docs,
          const Gazetteer& gaz, const AlignLimits& limits);

  AlignResult Run();

 private:
  const Claim& ClaimOf(const Facet& f) const { return docs_[f.doc]->claims[f.claim]; }

  ClaimValue ValueOf(const Facet& f) const;

  // Names for the statement: the longest spelling of each participant.
  std::vector<std::string> Names(const std::vector<uint32_t>& members) const;

  std::string HolderName(const std::vector<uint32_t>& members) const;

  bool Later(uint32_t a, uint32_t b) const;  // document b reports after document a

  bool SameSource(uint32_t a, uint32_t b) const;

  // A conflict between answers i (earlier) and j is a revision when the later one says so
  // ("inzwischen", "korrigiert") or the same outlet or wire reports again.
  bool Revision(const Facet& earlier, const Facet& later) const;

  ComparedClaim Make(const std::vector<uint32_t>& members,
                     const std::vector<uint32_t>& main_of_doc);

  // Headlines and headings are compressed ("dozens hurt"); a body sentence is better evidence.
  bool InHeadline(const Facet& f) const;

  std::vector<uint32_t> Mains(const std::vector<uint32_t>& members) const;

  void Question(const std::vector<uint32_t>& members);

  // Whether every document of `group` states a value compatible with `value` among `members`.
  bool AllState(const std::vector<uint32_t>& members, const std::vector<uint32_t>& group,
                const Facet& value) const;

  void Functional(const std::vector<uint32_t>& members);
  void NonFunctional(const std::vector<uint32_t>& members);

  const std::vector<Facet>& facets_;
  const std::vector<Document*>& docs_;
  const Gazetteer& gaz_;
  AlignLimits limits_;
  AlignResult result_;
};

}  // namespace tri::comparison::align_detail

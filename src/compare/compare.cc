#include "compare/compare.h"

#include <algorithm>
#include <unordered_map>

#include "annotate/claims/places.h"
#include "compare/align.h"
#include "compare/audit.h"
#include "compare/facets.h"
#include "compare/propositions.h"

namespace tri {

using namespace comparison;  // NOLINT: this file wires the stage's internals together
using claims::Gazetteer;

namespace {

int RelationOrder(Relation r) {
  switch (r) {
    case Relation::kContradicted:
      return 0;
    case Relation::kRevisedOverTime:
      return 1;
    case Relation::kAgreed:
      return 2;
    case Relation::kSingleSource:
      return 3;
  }
  return 4;
}

// Where the claim first appears: (first document in story order, byte offset).
std::pair<size_t, uint32_t> FirstEvidence(const ComparedClaim& c,
                                          const std::vector<Document*>& docs) {
  for (size_t d = 0; d < docs.size(); ++d) {
    auto it = c.values.find(docs[d]->id);
    if (it != c.values.end()) return {d, it->second.evidence.begin};
  }
  return {docs.size(), 0};
}

}  // namespace

void CompareStory(Story& story, const std::vector<Document*>& docs, const CompareOptions& options) {
  story.title.clear();
  for (const Document* d : docs) {
    if (!d->meta.title.empty()) {
      story.title = d->meta.title;
      break;
    }
  }
  auto gaz = Gazetteer::Embedded();
  if (!gaz.ok()) return;  // cannot happen with the embedded data; nothing to compare without it
  const std::vector<Facet> facets = ExtractFacets(docs, options.max_facets_per_document);
  AlignLimits limits;
  limits.max_clusters = options.max_participant_groups;
  limits.max_values = options.max_values;
  AlignResult aligned = AlignFacets(facets, docs, **gaz, limits);
  // Claims already in a typed comparison; the rest are aligned as whole propositions.
  std::unordered_map<std::string, std::pair<uint32_t, uint32_t>> by_claim_id;
  std::vector<std::vector<bool>> compared(docs.size());
  for (uint32_t d = 0; d < docs.size(); ++d) {
    compared[d].assign(docs[d]->claims.size(), false);
    for (uint32_t c = 0; c < docs[d]->claims.size(); ++c)
      by_claim_id[docs[d]->claims[c].id] = {d, c};
  }
  auto mark = [&](const ClaimValue& v) {
    if (auto it = by_claim_id.find(v.claim_id); it != by_claim_id.end()) {
      compared[it->second.first][it->second.second] = true;
    }
  };
  for (const ComparedClaim& c : aligned.claims) {
    for (const auto& [id, v] : c.values) mark(v);
    for (const auto& [id, v] : c.other_values) mark(v);
  }
  AlignPropositions(docs, aligned.carried, compared, PropositionLimits{}, aligned.claims);

  std::vector<std::pair<std::pair<int, std::pair<size_t, uint32_t>>, size_t>> order;
  for (size_t i = 0; i < aligned.claims.size(); ++i) {
    const ComparedClaim& c = aligned.claims[i];
    order.push_back({{RelationOrder(c.relation), FirstEvidence(c, docs)}, i});
  }
  std::stable_sort(order.begin(), order.end(), [&](const auto& a, const auto& b) {
    if (a.first != b.first) return a.first < b.first;
    const ComparedClaim& ca = aligned.claims[a.second];
    const ComparedClaim& cb = aligned.claims[b.second];
    return std::tie(ca.slot, ca.statement) < std::tie(cb.slot, cb.statement);
  });
  story.claims.clear();
  for (const auto& [k, i] : order) {
    story.claims.push_back(std::move(aligned.claims[i]));
    story.claims.back().id = story.id + ":q" + std::to_string(story.claims.size());
  }
  CountExclusiveClaims(docs, aligned.carried);
  story.sourcing = StorySourcing(docs);
}

}  // namespace tri

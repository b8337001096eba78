#include "annotate/claims/sourcing.h"

#include <algorithm>

namespace tri::claims {
namespace {

void AddDistinct(std::vector<std::string>& list, const std::string& s) {
  if (std::find(list.begin(), list.end(), s) == list.end()) list.push_back(s);
}

}  // namespace

Sourcing SummarizeSourcing(const DocView& v, const std::vector<Claim>& claims) {
  Sourcing s;
  const Document& doc = v.doc;
  for (const Quote& q : doc.quotes) {
    if (q.speaker.empty()) {
      ++s.quotes_without_speaker;
      continue;
    }
    if (q.source_kind == SourceKind::kNamed) {
      // The protagonists of the article speaking about their own plans are news, not sources.
      const std::string key = v.PersonKeyFor(q.speaker);
      const bool actor = std::any_of(v.protagonists.begin(), v.protagonists.end(),
                                     [&](const std::string& p) { return SamePersonKey(p, key); });
      AddDistinct(actor ? s.quoted_actors : s.named, q.speaker);
    } else {
      AddDistinct(s.anonymous, q.speaker);
    }
  }
  std::sort(s.named.begin(), s.named.end());
  std::sort(s.anonymous.begin(), s.anonymous.end());
  std::sort(s.quoted_actors.begin(), s.quoted_actors.end());
  s.named_sources = static_cast<int>(s.named.size());
  s.anonymous_sources = static_cast<int>(s.anonymous.size());

  s.agency = doc.meta.agency;
  s.agency_copy = !doc.meta.agency.empty();
  s.missing_date = !doc.meta.published.has_value();
  s.missing_author = doc.meta.authors.empty();
  s.claims = static_cast<int>(claims.size());
  for (const Claim& c : claims) {
    if (c.modality == Modality::kHedged || c.modality == Modality::kSpeculative) ++s.hedged_claims;
  }
  s.hedged_share = s.claims > 0 ? static_cast<double>(s.hedged_claims) / s.claims : 0.0;

  if (s.named_sources == 0 && s.anonymous_sources > 0) s.flags.push_back("anonymous_only");
  if (s.named_sources == 0 && s.anonymous_sources == 0) s.flags.push_back("no_sources");
  if (s.anonymous_sources > s.named_sources && s.named_sources > 0)
    s.flags.push_back("mostly_anonymous");
  if (s.agency_copy) s.flags.push_back("agency_copy");
  if (s.missing_date) s.flags.push_back("no_date");
  if (s.missing_author) s.flags.push_back("no_author");
  if (s.claims >= 4 && s.hedged_share >= 0.5) s.flags.push_back("mostly_hedged");
  if (s.quotes_without_speaker > 0) s.flags.push_back("unattributed_quotes");
  std::sort(s.flags.begin(), s.flags.end());
  return s;
}

}  // namespace tri::claims

#include "compare/audit.h"

#include <algorithm>
#include <string>

namespace tri::comparison {
namespace {

void AddDistinct(std::vector<std::string>& into, const std::vector<std::string>& from) {
  for (const std::string& s : from) {
    if (std::find(into.begin(), into.end(), s) == into.end()) into.push_back(s);
  }
}

}  // namespace

void CountExclusiveClaims(const std::vector<Document*>& docs,
                          const std::vector<std::vector<bool>>& carried) {
  for (size_t d = 0; d < docs.size(); ++d) {
    docs[d]->sourcing.exclusive_claims =
        static_cast<int>(std::count(carried[d].begin(), carried[d].end(), false));
  }
}

Sourcing StorySourcing(const std::vector<Document*>& docs) {
  Sourcing s;
  std::vector<std::string> agencies, outlets;
  for (const Document* d : docs) {
    const Sourcing& ds = d->sourcing;
    ++s.documents;
    AddDistinct(s.named, ds.named);
    AddDistinct(s.anonymous, ds.anonymous);
    AddDistinct(s.quoted_actors, ds.quoted_actors);
    s.quotes_without_speaker += ds.quotes_without_speaker;
    if (ds.agency_copy) {
      ++s.agency_copies;
      AddDistinct(agencies, {ds.agency});
    }
    if (!d->meta.outlet.empty()) AddDistinct(outlets, {d->meta.outlet});
    if (ds.missing_date) ++s.documents_missing_date;
    if (ds.missing_author) ++s.documents_missing_author;
    if (std::find(ds.flags.begin(), ds.flags.end(), "anonymous_only") != ds.flags.end()) {
      ++s.anonymous_only_documents;
    }
    s.claims += ds.claims;
    s.hedged_claims += ds.hedged_claims;
    s.exclusive_claims += ds.exclusive_claims;
  }
  std::sort(s.named.begin(), s.named.end());
  std::sort(s.anonymous.begin(), s.anonymous.end());
  std::sort(s.quoted_actors.begin(), s.quoted_actors.end());
  std::sort(agencies.begin(), agencies.end());
  for (const std::string& a : agencies) s.agency += (s.agency.empty() ? "" : ", ") + a;
  s.named_sources = static_cast<int>(s.named.size());
  s.anonymous_sources = static_cast<int>(s.anonymous.size());
  s.agency_copy = s.documents > 0 && s.agency_copies == s.documents;
  s.missing_date = s.documents_missing_date > 0;
  s.missing_author = s.documents_missing_author > 0;
  s.hedged_share = s.claims > 0 ? static_cast<double>(s.hedged_claims) / s.claims : 0.0;
  if (s.anonymous_only_documents > 0) s.flags.push_back("anonymous_only_documents");
  if (s.named_sources == 0) s.flags.push_back("no_named_sources");
  if (s.agency_copy) s.flags.push_back("agency_copy");
  if (s.documents > 1 && outlets.size() == 1) s.flags.push_back("single_outlet");
  if (s.documents_missing_date > 0) s.flags.push_back("no_date");
  if (s.documents_missing_author > 0) s.flags.push_back("no_author");
  if (s.claims >= 4 && s.hedged_share >= 0.5) s.flags.push_back("mostly_hedged");
  std::sort(s.flags.begin(), s.flags.end());
  return s;
}

}  // namespace tri::comparison

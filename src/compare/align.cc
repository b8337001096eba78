// Claim alignment (AlignFacets in align.h): facets bucketed by key and grouped by compatible
// participants into questions, each document's main answer picked, compared claims built. The
// relation between the answers is decided in align_relations.cc.
#include "compare/align.h"

#include <algorithm>
#include <map>

#include "annotate/claims/doc_view.h"
#include "compare/align_internal.h"
#include "compare/values.h"

namespace tri::comparison {

using claims::SamePersonKey;

namespace align_detail {

bool Compatible(const std::vector<std::string>& a, const std::vector<std::string>& b) {
  if (a.empty() || b.empty()) return true;
  const auto& small = a.size() <= b.size() ? a : b;
  const auto& large = a.size() <= b.size() ? b : a;
  for (const std::string& p : small) {
    if (std::none_of(large.begin(), large.end(),
                     [&](const std::string& q) { return SamePersonKey(p, q); })) {
      return false;
    }
  }
  return true;
}

namespace {

void Union(std::vector<std::string>& into, const std::vector<std::string>& from) {
  for (const std::string& p : from) {
    if (std::none_of(into.begin(), into.end(),
                     [&](const std::string& q) { return SamePersonKey(p, q); })) {
      into.push_back(p);
    }
  }
}

bool Hedged(Modality m) { return m == Modality::kHedged || m == Modality::kSpeculative; }

// How precise a date value is: its known digits ("2026-10-12T06:42" beats "2026-10-12TMO").
int Precision(std::string_view v) {
  return static_cast<int>(
      std::count_if(v.begin(), v.end(), [](char c) { return c >= '0' && c <= '9'; }));
}

// Which of a document's answers speaks for it (lower is better; ties go to the earlier claim):
// for assessments the best-identified source (named, then attributed, then the outlet); for
// figures the one that says it was updated; for dates the most precise.
int Rank(const Facet& f, const Claim& c) {
  if (f.slot == "number") return f.update ? 0 : 1;
  if (f.slot == "date") return -Precision(f.normalized);
  if (f.slot == "place") return 0;
  if (!c.source.empty() && c.source_kind == SourceKind::kNamed) return 0;
  if (!c.source.empty()) return 1;
  return 2;
}

}  // namespace

Aligner::Aligner(const std::vector<Facet>& facets, const std::vector<Document*>& docs,
                 const Gazetteer& gaz, const AlignLimits& limits)
    : facets_(facets), docs_(docs), gaz_(gaz), limits_(limits) {
  result_.carried.resize(docs.size());
  for (size_t d = 0; d < docs.size(); ++d) result_.carried[d].assign(docs[d]->claims.size(), false);
}

AlignResult Aligner::Run() {
  std::map<std::string, std::vector<uint32_t>> buckets;
  for (uint32_t i = 0; i < facets_.size(); ++i) buckets[facets_[i].key].push_back(i);
  for (const auto& [key, members] : buckets) {
    struct Group {
      std::vector<std::string> people;
      std::vector<uint32_t> members;
    };
    std::vector<Group> groups;
    for (uint32_t i : members) {
      const Facet& f = facets_[i];
      Group* target = nullptr;
      for (Group& g : groups) {
        if (Compatible(g.people, f.participants)) {
          target = &g;
          break;
        }
      }
      if (!target && groups.size() >= limits_.max_clusters) target = &groups.back();
      if (!target) target = &groups.emplace_back();
      Union(target->people, f.participants);
      target->members.push_back(i);
    }
    for (const Group& g : groups) Question(g.members);
  }
  return std::move(result_);
}

ClaimValue Aligner::ValueOf(const Facet& f) const {
  const Claim& c = ClaimOf(f);
  const Document& doc = *docs_[f.doc];
  ClaimValue v{f.value, f.normalized, c.span, c.id, c.source, c.modality, c.source_kind, "", ""};
  for (const ClaimSlot& s : c.slots) {
    if (s.name == "statement_date") v.date = s.normalized, v.date_text = s.value;
  }
  if (v.date.empty() && doc.meta.published) v.date = doc.meta.published->date.ToIso();
  return v;
}

// Names for the statement: the longest spelling of each participant.
std::vector<std::string> Aligner::Names(const std::vector<uint32_t>& members) const {
  std::vector<std::pair<std::string, std::string>> best;  // key, name
  for (uint32_t i : members) {
    const Facet& f = facets_[i];
    for (size_t p = 0; p < f.participants.size(); ++p) {
      auto it = std::find_if(best.begin(), best.end(),
                             [&](auto& b) { return SamePersonKey(b.first, f.participants[p]); });
      if (it == best.end())
        best.emplace_back(f.participants[p], f.participant_names[p]);
      else if (f.participant_names[p].size() > it->second.size())
        it->second = f.participant_names[p];
    }
  }
  std::vector<std::string> out;
  for (auto& [k, n] : best) out.push_back(n);
  if (out.size() > 4) out.resize(4);
  return out;
}

std::string Aligner::HolderName(const std::vector<uint32_t>& members) const {
  std::string best, lower;  // a capitalised name, else any ("works council")
  for (uint32_t i : members) {
    const std::string& n = facets_[i].holder_name;
    if (!n.empty() && n[0] >= 'A' && n[0] <= 'Z' && n.size() > best.size()) best = n;
    if (!n.empty() && n.size() > lower.size()) lower = n;
  }
  return best.empty() ? lower : best;
}

ComparedClaim Aligner::Make(const std::vector<uint32_t>& members,
                            const std::vector<uint32_t>& main_of_doc) {
  const Facet& f0 = facets_[members.front()];
  ComparedClaim cc;
  cc.slot = f0.slot;
  cc.statement = StatementFor(f0, Names(members), HolderName(members), gaz_);
  std::vector<uint32_t> others_count(docs_.size(), 0);
  for (uint32_t i : members) {
    const Facet& f = facets_[i];
    const std::string& id = docs_[f.doc]->id;
    if (main_of_doc[f.doc] == i) {
      cc.values[id] = ValueOf(f);
    } else if (others_count[f.doc]++ < limits_.max_other_values) {
      cc.other_values.emplace_back(id, ValueOf(f));
    }
    if (Hedged(ClaimOf(f).modality) &&
        std::find(cc.hedged_in.begin(), cc.hedged_in.end(), id) == cc.hedged_in.end()) {
      cc.hedged_in.push_back(id);
    }
  }
  std::sort(cc.hedged_in.begin(), cc.hedged_in.end());
  if (cc.values.size() > 1) {
    for (uint32_t i : members) result_.carried[facets_[i].doc][facets_[i].claim] = true;
  }
  return cc;
}

// Headlines and headings are compressed ("dozens hurt"); a body sentence is better evidence.
bool Aligner::InHeadline(const Facet& f) const {
  const Document& d = *docs_[f.doc];
  const Span span = ClaimOf(f).span;
  for (const Block& b : d.blocks) {
    if ((b.kind == BlockKind::kTitle || b.kind == BlockKind::kHeading) && b.span.overlaps(span))
      return true;
  }
  return !d.sentences.empty() && d.sentences.size() > 1 && d.sentences[0].span.overlaps(span) &&
         std::none_of(d.blocks.begin(), d.blocks.end(),
                      [](const Block& b) { return b.kind == BlockKind::kTitle; });
}

std::vector<uint32_t> Aligner::Mains(const std::vector<uint32_t>& members) const {
  std::vector<uint32_t> main(docs_.size(), UINT32_MAX);
  auto key = [&](uint32_t i) {
    return std::pair(Rank(facets_[i], ClaimOf(facets_[i])), InHeadline(facets_[i]));
  };
  for (uint32_t i : members) {
    uint32_t& m = main[facets_[i].doc];
    if (m == UINT32_MAX || key(i) < key(m)) m = i;
  }
  return main;
}

void Aligner::Question(const std::vector<uint32_t>& members) {
  if (facets_[members.front()].functional) {
    Functional(members);
  } else {
    NonFunctional(members);
  }
}

}  // namespace align_detail

AlignResult AlignFacets(const std::vector<Facet>& facets, const std::vector<Document*>& docs,
                        const Gazetteer& gaz, const AlignLimits& limits) {
  return align_detail::Aligner(facets, docs, gaz, limits).Run();
}

}  // namespace tri::comparison

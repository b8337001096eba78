// The relation of a question's answers: functional questions (one true answer) are agreed,
// contradicted or revised over time, by report order and source; non-functional ones (places
// of past meetings) become one compared claim per value.
#include <algorithm>
#include <cstdint>
#include <string>
#include <vector>

#include "compare/align_internal.h"

namespace tri::comparison::align_detail {

bool Aligner::Later(uint32_t a, uint32_t b) const {
  const auto& pa = docs_[a]->meta.published;
  const auto& pb = docs_[b]->meta.published;
  if (pa && pb && pa->date != pb->date) return pa->date < pb->date;
  // The same day: a morning report and its afternoon update. Times compare only when both
  // are known (in UTC where an offset is given).
  if (pa && pb && pa->has_time && pb->has_time) {
    auto minutes = [](const DateTime& t) {
      return t.hour * 60 + t.minute - t.utc_offset_minutes.value_or(0);
    };
    if (minutes(*pa) != minutes(*pb)) return minutes(*pa) < minutes(*pb);
  }
  return a < b;
}

bool Aligner::SameSource(uint32_t a, uint32_t b) const {
  const Metadata& ma = docs_[a]->meta;
  const Metadata& mb = docs_[b]->meta;
  return (!ma.outlet.empty() && ma.outlet == mb.outlet) ||
         (!ma.agency.empty() && ma.agency == mb.agency);
}

// A conflict between answers i (earlier) and j is a revision when the later one says so
// ("inzwischen", "korrigiert") or the same outlet or wire reports again.
bool Aligner::Revision(const Facet& earlier, const Facet& later) const {
  if (earlier.doc == later.doc) return later.update || earlier.update;
  return Later(earlier.doc, later.doc) && (later.update || SameSource(earlier.doc, later.doc));
}

// Whether every document of `group` states a value compatible with `value` among `members`.
bool Aligner::AllState(const std::vector<uint32_t>& members, const std::vector<uint32_t>& group,
                       const Facet& value) const {
  for (uint32_t g : group) {
    const bool states = std::any_of(members.begin(), members.end(), [&](uint32_t i) {
      return facets_[i].doc == facets_[g].doc &&
             CompareValues(gaz_, value.slot, facets_[i].normalized, value.normalized).agreement !=
                 Agreement::kConflict;
    });
    if (!states) return false;
  }
  return true;
}

void Aligner::Functional(const std::vector<uint32_t>& members) {
  const std::vector<uint32_t> main = Mains(members);
  std::vector<uint32_t> mains;
  for (uint32_t m : main) {
    if (m != UINT32_MAX) mains.push_back(m);
  }
  const std::string& slot = facets_[members.front()].slot;
  // Distinct values with the documents' main answers giving them.
  std::vector<std::vector<uint32_t>> by_value;
  for (uint32_t m : mains) {
    auto it = std::find_if(by_value.begin(), by_value.end(), [&](auto& g) {
      return facets_[g.front()].normalized == facets_[m].normalized;
    });
    if (it != by_value.end())
      it->push_back(m);
    else if (by_value.size() < limits_.max_values)
      by_value.push_back({m});
  }
  bool conflict = false, all_revisions = true, updated = false;
  std::string note;
  for (size_t a = 0; a < by_value.size(); ++a) {
    for (size_t b = a + 1; b < by_value.size(); ++b) {
      const Facet& fa = facets_[by_value[a].front()];
      const Facet& fb = facets_[by_value[b].front()];
      const ValueComparison cmp = CompareValues(gaz_, slot, fa.normalized, fb.normalized);
      // Each side also states the other's value elsewhere ("8,5 Prozent mehr Lohn" and "80
      // Prozent der Fernzüge" in both): the main answers were paired across two questions.
      if (cmp.agreement == Agreement::kConflict && AllState(members, by_value[a], fb) &&
          AllState(members, by_value[b], fa)) {
        continue;
      }
      if (cmp.agreement != Agreement::kConflict) {
        if (note.empty()) note = cmp.note;
        // "Mindestens zwei Tote" and later "die Zahl der Todesopfer ist auf vier gestiegen":
        // compatible figures, but the later report says the count changed.
        if (slot == "number" && cmp.agreement == Agreement::kCompatible) {
          for (uint32_t i : by_value[a]) {
            for (uint32_t j : by_value[b]) {
              const Facet& x = facets_[Later(facets_[i].doc, facets_[j].doc) ? i : j];
              const Facet& y = facets_[Later(facets_[i].doc, facets_[j].doc) ? j : i];
              if (y.update && Revision(x, y)) updated = true;
            }
          }
        }
        continue;
      }
      conflict = true;
      if (note.empty() || note.find("inside") != std::string::npos) note = cmp.note;
      for (uint32_t i : by_value[a]) {
        for (uint32_t j : by_value[b]) {
          const Facet& x = facets_[i];
          const Facet& y = facets_[j];
          const bool revised = Later(x.doc, y.doc) ? Revision(x, y) : Revision(y, x);
          all_revisions = all_revisions && revised;
        }
      }
    }
  }
  // One document contradicting itself with update language ("zuvor hatte es geheißen").
  bool self_revision = false;
  if (mains.size() == 1) {
    for (uint32_t i : members) {
      const Facet& f = facets_[i];
      if (i == mains[0] || !(f.update || facets_[mains[0]].update)) continue;
      if (CompareValues(gaz_, slot, f.normalized, facets_[mains[0]].normalized).agreement ==
          Agreement::kConflict) {
        self_revision = true;
        note = "the report revises its own figure";
      }
    }
  }
  ComparedClaim cc = Make(members, main);
  cc.relation = conflict ? (all_revisions ? Relation::kRevisedOverTime : Relation::kContradicted)
                : self_revision || updated ? Relation::kRevisedOverTime
                : cc.values.size() > 1     ? Relation::kAgreed
                                           : Relation::kSingleSource;
  cc.note = note;
  result_.claims.push_back(std::move(cc));
  if (conflict || slot != "place" || by_value.size() < 2) return;
  // Compatible places of different precision: the more specific ones are details that only
  // some outlets give ("in Seoul" where the others say "in Südkorea").
  for (size_t a = 0; a < by_value.size(); ++a) {
    const Facet& fa = facets_[by_value[a].front()];
    std::vector<std::string> coarser;
    for (size_t b = 0; b < by_value.size(); ++b) {
      const Facet& fb = facets_[by_value[b].front()];
      if (a != b && CompareValues(gaz_, slot, fa.normalized, fb.normalized).specificity > 0) {
        coarser.push_back(PlaceName(gaz_, fb.normalized));
      }
    }
    if (coarser.empty()) continue;
    std::vector<uint32_t> detail = by_value[a];
    std::vector<uint32_t> detail_main(docs_.size(), UINT32_MAX);
    for (uint32_t i : detail) detail_main[facets_[i].doc] = i;
    ComparedClaim d = Make(detail, detail_main);
    d.statement += " (more specific: " + PlaceName(gaz_, fa.normalized) + ")";
    d.relation = d.values.size() > 1 ? Relation::kAgreed : Relation::kSingleSource;
    d.note = PlaceName(gaz_, fa.normalized) + " lies inside " + coarser.front() +
             "; a detail the other reports do not give";
    result_.claims.push_back(std::move(d));
  }
}

void Aligner::NonFunctional(const std::vector<uint32_t>& members) {
  // Several true answers are possible (places of past meetings): each value cluster is its own
  // compared claim, agreed when more than one document gives it.
  std::vector<std::vector<uint32_t>> clusters;
  const std::string& slot = facets_[members.front()].slot;
  for (uint32_t i : members) {
    auto it = std::find_if(clusters.begin(), clusters.end(), [&](auto& c) {
      return CompareValues(gaz_, slot, facets_[c.front()].normalized, facets_[i].normalized)
                 .agreement != Agreement::kConflict;
    });
    if (it != clusters.end())
      it->push_back(i);
    else if (clusters.size() < limits_.max_values)
      clusters.push_back({i});
  }
  for (const auto& c : clusters) {
    std::vector<uint32_t> main(docs_.size(), UINT32_MAX);
    for (uint32_t i : c) {
      uint32_t& m = main[facets_[i].doc];
      if (m == UINT32_MAX) m = i;
    }
    ComparedClaim cc = Make(c, main);
    cc.relation = cc.values.size() > 1 ? Relation::kAgreed : Relation::kSingleSource;
    result_.claims.push_back(std::move(cc));
  }
}

}  // namespace tri::comparison::align_detail

#include "compare/align.h"

#include <algorithm>
#include <map>

#include "annotate/claims/doc_view.h"
#include "compare/values.h"

namespace tri::comparison {

using claims::SamePersonKey;
namespace {

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

class Aligner {
 public:
  Aligner(const std::vector<Facet>& facets, const std::vector<Document*>& docs,
          const Gazetteer& gaz, const AlignLimits& limits)
      : facets_(facets), docs_(docs), gaz_(gaz), limits_(limits) {
    result_.carried.resize(docs.size());
    for (size_t d = 0; d < docs.size(); ++d)
      result_.carried[d].assign(docs[d]->claims.size(), false);
  }

  AlignResult Run() {
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

 private:
  const Claim& ClaimOf(const Facet& f) const { return docs_[f.doc]->claims[f.claim]; }

  ClaimValue ValueOf(const Facet& f) const {
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
  std::vector<std::string> Names(const std::vector<uint32_t>& members) const {
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

  std::string HolderName(const std::vector<uint32_t>& members) const {
    std::string best, lower;  // a capitalised name, else any ("works council")
    for (uint32_t i : members) {
      const std::string& n = facets_[i].holder_name;
      if (!n.empty() && n[0] >= 'A' && n[0] <= 'Z' && n.size() > best.size()) best = n;
      if (!n.empty() && n.size() > lower.size()) lower = n;
    }
    return best.empty() ? lower : best;
  }

  bool Later(uint32_t a, uint32_t b) const {  // document b reports after document a
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

  bool SameSource(uint32_t a, uint32_t b) const {
    const Metadata& ma = docs_[a]->meta;
    const Metadata& mb = docs_[b]->meta;
    return (!ma.outlet.empty() && ma.outlet == mb.outlet) ||
           (!ma.agency.empty() && ma.agency == mb.agency);
  }

  // A conflict between answers i (earlier) and j is a revision when the later one says so
  // ("inzwischen", "korrigiert") or the same outlet or wire reports again.
  bool Revision(const Facet& earlier, const Facet& later) const {
    if (earlier.doc == later.doc) return later.update || earlier.update;
    return Later(earlier.doc, later.doc) && (later.update || SameSource(earlier.doc, later.doc));
  }

  ComparedClaim Make(const std::vector<uint32_t>& members,
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
  bool InHeadline(const Facet& f) const {
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

  std::vector<uint32_t> Mains(const std::vector<uint32_t>& members) const {
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

  void Question(const std::vector<uint32_t>& members) {
    if (facets_[members.front()].functional) {
      Functional(members);
    } else {
      NonFunctional(members);
    }
  }

  // Whether every document of `group` states a value compatible with `value` among `members`.
  bool AllState(const std::vector<uint32_t>& members, const std::vector<uint32_t>& group,
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

  void Functional(const std::vector<uint32_t>& members);
  void NonFunctional(const std::vector<uint32_t>& members);

  const std::vector<Facet>& facets_;
  const std::vector<Document*>& docs_;
  const Gazetteer& gaz_;
  AlignLimits limits_;
  AlignResult result_;
};

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

}  // namespace

AlignResult AlignFacets(const std::vector<Facet>& facets, const std::vector<Document*>& docs,
                        const Gazetteer& gaz, const AlignLimits& limits) {
  return Aligner(facets, docs, gaz, limits).Run();
}

}  // namespace tri::comparison

// Markdown report: per story the outlets and dates, timeline, claim × outlet matrix,
// contradictions with both sides' evidence quoted, revisions, single-source claims and the
// sourcing audit; then syndicated pairs and per-article summaries.
#include <algorithm>
#include <cstdio>

#include "report/report.h"
#include "report/report_util.h"

namespace tri {
namespace {
using namespace report_internal;

// Table cells: one line, pipes escaped.
std::string Cell(std::string_view text) {
  std::string out;
  for (char c : OneLine(text)) {
    if (c == '|') out += '\\';
    out += c;
  }
  return out.empty() ? "—" : out;
}

void AppendStory(const Story& story, const DocumentIndex& docs, std::string& out) {
  out += "## " + Cell(story.title.empty() ? story.id : story.title) + "\n\n";
  out += "| Outlet | Published | Headline | Author | Agency |\n|---|---|---|---|---|\n";
  for (const std::string& id : story.documents) {
    const Document* d = docs.Find(id);
    if (!d) continue;
    std::string authors;
    for (const std::string& a : d->meta.authors) authors += (authors.empty() ? "" : ", ") + a;
    out += "| " + Cell(OutletLabel(*d)) + " | " + Cell(DateLabel(*d)) + " | " +
           Cell(d->meta.title) + " | " + Cell(authors) + " | " + Cell(d->meta.agency) + " |\n";
  }
  out += "\n**At a glance**\n\n";
  for (const std::string& line : GlanceLines(story, docs)) out += "- " + line + "\n";
  if (!story.timeline.empty()) {
    out += "\n### Timeline\n\n";
    std::vector<const TimelineEntry*> entries;
    for (const TimelineEntry& t : story.timeline) entries.push_back(&t);
    // Story::timeline is in time order already (interval starts), which a string sort breaks.
    for (const TimelineEntry* t : entries) {
      const Document* d = docs.Find(t->document);
      out += "- **" + t->when + "** " + OneLine(t->text) + " — _" +
             (d ? OutletLabel(*d) : t->document) + (t->speaker.empty() ? "" : ", " + t->speaker) +
             "_\n";
    }
  }
  const auto claims = ClaimsForReading(story);
  if (!claims.empty()) {
    out += "\n### Claims × outlets\n\n| Claim | Relation |";
    std::string rule = "|---|---|";
    for (const std::string& id : story.documents) {
      const Document* d = docs.Find(id);
      out += " " + Cell(d ? OutletLabel(*d) : id) + " |";
      rule += "---|";
    }
    out += "\n" + rule + "\n";
    for (const ComparedClaim* c : claims) {
      if (!InMatrix(*c)) continue;
      out += "| " + Cell(c->statement) + " | " + std::string(RelationLabel(c->relation)) + " |";
      for (const std::string& id : story.documents) {
        auto it = c->values.find(id);
        if (it == c->values.end()) {
          out += " — |";
          continue;
        }
        const bool hedged =
            std::find(c->hedged_in.begin(), c->hedged_in.end(), id) != c->hedged_in.end();
        out += " " + std::string(hedged ? "_" : "") + Cell(DisplayValue(*c, it->second)) +
               (hedged ? "_" : "");
        if (!it->second.speaker.empty()) out += " (" + Cell(it->second.speaker) + ")";
        out += " |";
      }
      out += "\n";
    }
    out += "\n_Italic: hedged in that article. Claims only one outlet carries are listed below._\n";
  }
  const std::pair<Relation, const char*> sections[] = {
      {Relation::kContradicted, "Contradictions"},
      {Relation::kRevisedOverTime, "Revised over time"},
      {Relation::kSingleSource, "Single-source claims"}};
  for (const auto& [relation, heading] : sections) {
    bool any = false;
    for (const ComparedClaim* c : claims) {
      if (c->relation != relation) continue;
      if (!any) out += std::string("\n### ") + heading + "\n";
      any = true;
      out +=
          "\n**" + OneLine(c->statement) + "**" + (c->note.empty() ? "" : " — " + c->note) + "\n\n";
      for (const std::string& id : story.documents) {
        auto it = c->values.find(id);
        const Document* d = docs.Find(id);
        if (it == c->values.end() || !d) continue;
        const EvidenceContext ctx = ContextOf(*d, it->second.evidence);
        out += "- " + OutletLabel(*d) + " (" + DateLabel(*d) + "): **" +
               DisplayValue(*c, it->second, 300) + "**" +
               (it->second.speaker.empty() ? "" : " — " + it->second.speaker) + "\n  > " +
               ctx.before + "**" + ctx.evidence + "**" + ctx.after + "\n";
      }
    }
  }
  out +=
      "\n### Sourcing audit\n\n| Outlet | Named | Anonymous | Agency copy | Hedged | Only here | "
      "Flags |\n|---|---|---|---|---|---|---|\n";
  for (const std::string& id : story.documents) {
    const Document* d = docs.Find(id);
    if (!d) continue;
    const Sourcing& s = d->sourcing;
    std::string flags;
    for (const std::string& f : s.flags) flags += (flags.empty() ? "" : ", ") + f;
    char hedged[48];
    std::snprintf(hedged, sizeof hedged, "%d/%d", s.hedged_claims, s.claims);
    out += "| " + Cell(OutletLabel(*d)) + " | " + std::to_string(s.named_sources) + " | " +
           std::to_string(s.anonymous_sources) + " | " +
           (s.agency_copy ? "yes (" + Cell(s.agency) + ")" : "no") + " | " + hedged + " | " +
           std::to_string(s.exclusive_claims) + " | " + Cell(flags) + " |\n";
  }
  out += "\n";
}

}  // namespace

std::string RenderMarkdown(const Analysis& analysis) {
  const DocumentIndex docs(analysis);
  std::string out = "# triangulate report\n\n" + std::to_string(analysis.documents.size()) +
                    " articles, " + std::to_string(analysis.stories.size()) + " stories, " +
                    std::to_string(analysis.syndication.size()) + " syndicated pairs\n\n";
  for (const Story& s : analysis.stories) AppendStory(s, docs, out);
  if (!analysis.syndication.empty()) {
    out +=
        "## Syndicated copies\n\n| Article | Copy | Likely original | Similarity "
        "|\n|---|---|---|---|\n";
    for (const SyndicationPair& p : analysis.syndication) {
      const Document* a = docs.Find(p.a);
      const Document* b = docs.Find(p.b);
      const Document* o = p.original.empty() ? nullptr : docs.Find(p.original);
      char sim[16];
      std::snprintf(sim, sizeof sim, "%.2f", p.similarity);
      out += "| " + Cell(a ? OutletLabel(*a) : p.a) + " | " + Cell(b ? OutletLabel(*b) : p.b) +
             " | " + Cell(o ? OutletLabel(*o) : "undecided") + " | " + sim + " |\n";
    }
    out += "\n";
  }
  out += "## Articles\n\n";
  for (const Document& d : analysis.documents) {
    out += "- **" + Cell(d.meta.title.empty() ? OutletLabel(d) : d.meta.title) + "** — " +
           OutletLabel(d) + ", " + DateLabel(d) + ", " + d.language + ", " +
           std::to_string(d.entities.size()) + " entities, " + std::to_string(d.quotes.size()) +
           " quotes, " + std::to_string(d.claims.size()) + " claims (`" + d.source + "`)\n";
  }
  return out;
}

}  // namespace tri

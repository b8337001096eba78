// One story in the HTML report: outlets and dates, timeline, claim × outlet matrix,
// contradictions with both sides' evidence, revisions, single-source claims, sourcing audit.
#include <algorithm>

#include "report/html_internal.h"
#include "report/report.h"

namespace tri::report_internal {
namespace {

std::string Badge(Relation r) {
  return "<span class=\"badge r-" + std::string(ToString(r)) + "\">" +
         HtmlEscape(RelationLabel(r)) + "</span>";
}

bool IsHedged(const ComparedClaim& c, const std::string& doc_id) {
  return std::find(c.hedged_in.begin(), c.hedged_in.end(), doc_id) != c.hedged_in.end();
}

void AppendOutlets(const Story& story, const DocumentIndex& docs, std::string& out) {
  out +=
      "<h3>Outlets</h3><table><tr><th>Outlet</th><th>Published</th><th>Headline</th>"
      "<th>Author</th><th>Agency</th><th>Language</th></tr>";
  for (const std::string& id : story.documents) {
    const Document* d = docs.Find(id);
    if (!d) continue;
    std::string authors;
    for (const std::string& a : d->meta.authors) authors += (authors.empty() ? "" : ", ") + a;
    out += "<tr><td><a class=\"doc-link\" href=\"#" + DocAnchor(id) + "\">" +
           HtmlEscape(OutletLabel(*d)) + "</a></td><td>" + HtmlEscape(DateLabel(*d));
    if (d->published_inferred && !d->meta.published) {
      out += "<div class=\"who\">" + HtmlEscape(d->published_inferred->reason) + "</div>";
    }
    out += "</td><td>" + HtmlEscape(d->meta.title) + "</td><td>" +
           (authors.empty() ? "<span class=\"badge flag\">none</span>" : HtmlEscape(authors)) +
           "</td><td>" + HtmlEscape(d->meta.agency.empty() ? "—" : d->meta.agency) + "</td><td>" +
           HtmlEscape(d->language) + "</td></tr>";
  }
  out += "</table>";
}

// The claim × outlet matrix: one row per compared claim, one column per article.
void AppendMatrix(const Story& story, const DocumentIndex& docs, std::string& out) {
  if (story.claims.empty()) return;
  out +=
      "<h3>Claims × outlets</h3><div style=\"overflow-x:auto\"><table class=\"matrix\"><tr>"
      "<th>Claim</th><th>Relation</th>";
  for (const std::string& id : story.documents) {
    const Document* d = docs.Find(id);
    out += "<th>" + HtmlEscape(d ? OutletLabel(*d) : id) + "</th>";
  }
  out += "</tr>";
  for (const ComparedClaim* c : ClaimsForReading(story)) {
    if (!InMatrix(*c)) continue;
    out += "<tr><td>" + HtmlEscape(c->statement) + "</td><td>" + Badge(c->relation) + "</td>";
    for (const std::string& id : story.documents) {
      auto it = c->values.find(id);
      if (it == c->values.end()) {
        out += "<td class=\"cell muted\">—</td>";
        continue;
      }
      out += "<td class=\"cell\"><span class=\"value" +
             std::string(IsHedged(*c, id) ? " hedged" : "") + "\">" +
             HtmlEscape(DisplayValue(*c, it->second)) + "</span>";
      if (!it->second.speaker.empty()) {
        out += "<div class=\"who\">" + HtmlEscape(it->second.speaker) + "</div>";
      }
      out += "</td>";
    }
    out += "</tr>";
  }
  out +=
      "</table></div><p class=\"who\">Italic values are hedged in that article. Claims only one "
      "outlet carries are listed below.</p>";
}

void AppendSide(const ComparedClaim& c, const std::string& doc_id, const ClaimValue& v,
                const DocumentIndex& docs, std::string& out) {
  const Document* d = docs.Find(doc_id);
  if (!d) return;
  const EvidenceContext ctx = ContextOf(*d, v.evidence);
  out += "<div class=\"side\"><div class=\"outlet\">" + HtmlEscape(OutletLabel(*d)) +
         " <span class=\"who\">" + HtmlEscape(DateLabel(*d)) + "</span></div>";
  out += "<div>says: <span class=\"value" + std::string(IsHedged(c, doc_id) ? " hedged" : "") +
         "\">" + HtmlEscape(DisplayValue(c, v, 300)) + "</span> <span class=\"who\">(" +
         HtmlEscape(ToString(v.modality)) + ")</span></div>";
  if (!v.speaker.empty()) out += "<div class=\"who\">source: " + HtmlEscape(v.speaker) + "</div>";
  out += "<div class=\"evidence\">" + HtmlEscape(ctx.before) + "<mark>" + HtmlEscape(ctx.evidence) +
         "</mark>" + HtmlEscape(ctx.after) + "</div></div>";
}

// `folded`: the section starts collapsed (<details>), for long lists a reader opens on demand.
void AppendClaimsWith(Relation relation, const char* heading, bool folded, const Story& story,
                      const DocumentIndex& docs, std::string& out) {
  size_t count = 0;
  for (const ComparedClaim& c : story.claims) count += c.relation == relation;
  if (count == 0) return;
  const std::string title = std::string(heading) + " (" + std::to_string(count) + ")";
  out += folded ? "<details class=\"fold\"><summary><h3>" + title + "</h3></summary>"
                : "<h3>" + title + "</h3>";
  for (const ComparedClaim* c : ClaimsForReading(story)) {
    if (c->relation != relation) continue;
    out += "<div class=\"card claim\" data-relation=\"" + std::string(ToString(relation)) +
           "\"><div>" + Badge(c->relation) + " <strong>" + HtmlEscape(c->statement) +
           "</strong></div>";
    if (!c->note.empty()) out += "<div class=\"who\">" + HtmlEscape(c->note) + "</div>";
    out += "<div class=\"sides\">";
    for (const std::string& id : story.documents) {
      auto it = c->values.find(id);
      if (it != c->values.end()) AppendSide(*c, id, it->second, docs, out);
    }
    out += "</div></div>";
  }
  if (folded) out += "</details>";
}

void AppendGlance(const Story& story, const DocumentIndex& docs, std::string& out) {
  out += "<div class=\"glance\"><strong>At a glance</strong><ul>";
  for (const std::string& line : GlanceLines(story, docs))
    out += "<li>" + HtmlEscape(line) + "</li>";
  out += "</ul></div>";
}

}  // namespace

void AppendStoryHtml(const Story& story, const DocumentIndex& docs, std::string& out) {
  out += "<section class=\"card story\" id=\"story-" + HtmlEscape(story.id) + "\">";
  out += "<h2>" + HtmlEscape(story.title.empty() ? story.id : story.title) + "</h2>";
  size_t contradictions = 0, single = 0;
  for (const ComparedClaim& c : story.claims) {
    contradictions += c.relation == Relation::kContradicted;
    single += c.relation == Relation::kSingleSource;
  }
  out += "<p class=\"sub\">" + std::to_string(story.documents.size()) + " articles · " +
         std::to_string(story.claims.size()) + " compared claims · " +
         std::to_string(contradictions) + " contradictions · " + std::to_string(single) +
         " single-source</p>";
  AppendGlance(story, docs, out);
  AppendOutlets(story, docs, out);
  AppendTimelineHtml(story, docs, out);
  AppendMatrix(story, docs, out);
  AppendClaimsWith(Relation::kContradicted, "Contradictions", false, story, docs, out);
  AppendClaimsWith(Relation::kRevisedOverTime, "Revised over time", false, story, docs, out);
  AppendClaimsWith(Relation::kSingleSource, "Single-source claims", true, story, docs, out);
  AppendClaimsWith(Relation::kAgreed, "Agreed", true, story, docs, out);
  AppendSourcingHtml(story, docs, out);
  out += "</section>";
}

}  // namespace tri::report_internal

// Story timeline (an inline SVG strip plus the dated list) and the sourcing audit table.
#include <algorithm>
#include <map>
#include <set>

#include "report/html_internal.h"
#include "report/report.h"

namespace tri::report_internal {
namespace {

constexpr const char* kPalette[] = {"#1f5fbf", "#b42318", "#1b7f3b", "#9a6700",
                                    "#6941c6", "#0e7490", "#c11574", "#475467"};

}  // namespace

void AppendTimelineHtml(const Story& story, const DocumentIndex& docs, std::string& out) {
  if (story.timeline.empty()) return;
  std::vector<const TimelineEntry*> entries;
  for (const TimelineEntry& t : story.timeline) entries.push_back(&t);
  // Story::timeline comes in time order (by the start of each value's interval): "2026-W46-WE"
  // sits in mid-November, not after "2026-12" as a string sort would put it.
  std::map<std::string, size_t> color;  // document id -> palette index, in story order
  for (const std::string& id : story.documents) color.emplace(id, color.size() % 8);
  std::vector<std::string> dates;  // ordinal axis: distinct dates, evenly spaced
  for (const TimelineEntry* t : entries) {
    if (std::find(dates.begin(), dates.end(), t->when) == dates.end()) dates.push_back(t->when);
  }
  out += "<h3>Timeline</h3><div class=\"timeline\">";
  const int width = 1000, left = 30, right = 30;
  const double step = dates.size() > 1 ? double(width - left - right) / (dates.size() - 1) : 0;
  out +=
      "<svg viewBox=\"0 0 1000 90\" role=\"img\" aria-label=\"timeline\">"
      "<line x1=\"20\" y1=\"40\" x2=\"980\" y2=\"40\" stroke=\"#98a2b3\" stroke-width=\"2\"/>";
  std::map<std::string, int> stacked;
  for (const TimelineEntry* t : entries) {
    const size_t i = std::find(dates.begin(), dates.end(), t->when) - dates.begin();
    const double x = dates.size() > 1 ? left + step * i : width / 2.0;
    const int n = stacked[t->when]++;
    auto c = color.find(t->document);
    out += "<circle cx=\"" + std::to_string(int(x)) + "\" cy=\"" + std::to_string(40 - n * 9) +
           "\" r=\"5\" fill=\"" + kPalette[c == color.end() ? 7 : c->second] + "\"><title>" +
           HtmlEscape(t->when + ": " + OneLine(t->text)) + "</title></circle>";
  }
  for (size_t i = 0; i < dates.size(); ++i) {
    if (dates.size() > 12 && i % ((dates.size() + 11) / 12) != 0) continue;
    const double x = dates.size() > 1 ? left + step * i : width / 2.0;
    out += "<text x=\"" + std::to_string(int(x)) +
           "\" y=\"66\" font-size=\"12\" "
           "text-anchor=\"middle\" fill=\"#475467\">" +
           HtmlEscape(dates[i]) + "</text>";
  }
  // The chart gives the overview; the full list (often dozens of entries) opens on demand.
  out += "</svg><details class=\"fold\"><summary>All " + std::to_string(story.timeline.size()) +
         " dated events, statements and publications</summary><ul>";
  for (const TimelineEntry* t : entries) {
    const Document* d = docs.Find(t->document);
    auto c = color.find(t->document);
    out += "<li><span class=\"when\">" + HtmlEscape(t->when) +
           "</span><span style=\"color:" + kPalette[c == color.end() ? 7 : c->second] +
           "\">●</span> " + HtmlEscape(OneLine(t->text)) + " <span class=\"who\">— " +
           HtmlEscape(d ? OutletLabel(*d) : t->document);
    if (!t->speaker.empty()) out += ", " + HtmlEscape(t->speaker);
    out += "</span></li>";
  }
  out += "</ul></details></div>";
}

void AppendSourcingHtml(const Story& story, const DocumentIndex& docs, std::string& out) {
  out +=
      "<h3>Sourcing audit</h3><table><tr><th>Outlet</th><th>Named sources</th>"
      "<th>Anonymous / vague sources</th><th>Agency copy</th><th>Hedged claims</th>"
      "<th>Only here</th><th>Flags</th></tr>";
  for (const std::string& id : story.documents) {
    const Document* d = docs.Find(id);
    if (!d) continue;
    const Sourcing& s = d->sourcing;
    std::string named, anon, flags;
    for (const std::string& n : s.named) named += (named.empty() ? "" : "; ") + n;
    for (const std::string& n : s.anonymous) anon += (anon.empty() ? "" : "; ") + n;
    for (const std::string& f : s.flags) {
      const bool bad = f == "anonymous_only" || f == "no_sources";
      flags += "<span class=\"badge " + std::string(bad ? "flag-bad" : "flag") + "\">" +
               HtmlEscape(f) + "</span> ";
    }
    char share[32];
    std::snprintf(share, sizeof share, "%d of %d (%.0f%%)", s.hedged_claims, s.claims,
                  s.hedged_share * 100);
    out += "<tr><td>" + HtmlEscape(OutletLabel(*d)) + "</td><td>" +
           std::to_string(s.named_sources) +
           (named.empty() ? "" : "<div class=\"who\">" + HtmlEscape(named) + "</div>") +
           "</td><td>" + std::to_string(s.anonymous_sources) +
           (anon.empty() ? "" : "<div class=\"who\">" + HtmlEscape(anon) + "</div>") + "</td><td>" +
           (s.agency_copy ? HtmlEscape("yes (" + s.agency + ")") : "no") + "</td><td>" + share +
           "</td><td>" + std::to_string(s.exclusive_claims) + "</td><td>" + flags + "</td></tr>";
  }
  out += "</table>";
}

}  // namespace tri::report_internal

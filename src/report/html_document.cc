// One article in the HTML report: metadata and the text with entities, time expressions,
// quotes and hedged claims highlighted. Overlapping layers are handled by cutting the text at
// every span boundary and giving each piece the classes of all layers covering it.
#include <algorithm>
#include <set>

#include "report/html_internal.h"
#include "report/report.h"

namespace tri::report_internal {
namespace {

struct Layer {
  Span span;
  std::string cls;
  std::string title;
};

std::vector<Layer> CollectLayers(const Document& doc) {
  std::vector<Layer> layers;
  for (const EntityMention& e : doc.entities) {
    layers.push_back(
        {e.span, "e-" + std::string(ToString(e.type)),
         std::string(ToString(e.type)) + (e.canonical.empty() ? "" : " → " + e.canonical)});
  }
  for (const Timex& t : doc.timex) {
    layers.push_back({t.span, "t-x", std::string(ToString(t.type)) + " " + t.value});
  }
  for (const Quote& q : doc.quotes) {
    layers.push_back({q.span, "q-x",
                      std::string(ToString(q.kind)) +
                          " quote: " + (q.speaker.empty() ? "unknown speaker" : q.speaker)});
  }
  for (const Claim& c : doc.claims) {
    if (c.modality == Modality::kHedged || c.modality == Modality::kSpeculative) {
      layers.push_back({c.span, "c-hedged", std::string(ToString(c.modality)) + " claim"});
    }
  }
  return layers;
}

void AppendHighlightedText(const Document& doc, std::string& out) {
  const std::vector<Layer> layers = CollectLayers(doc);
  const uint32_t n = static_cast<uint32_t>(doc.text.size());
  std::set<uint32_t> cuts = {0, n};
  for (const Layer& l : layers) {
    if (l.span.begin < n) cuts.insert(l.span.begin);
    if (l.span.end < n) cuts.insert(l.span.end);
  }
  out += "<div class=\"text\">";
  for (auto it = cuts.begin(); std::next(it) != cuts.end(); ++it) {
    const Span piece{*it, *std::next(it)};
    std::string cls, title;
    for (const Layer& l : layers) {
      if (l.span.contains(piece)) {
        cls += (cls.empty() ? "" : " ") + l.cls;
        title += (title.empty() ? "" : "; ") + l.title;
      }
    }
    const std::string text = HtmlEscape(doc.slice(piece));
    if (cls.empty()) {
      out += text;
    } else {
      out += "<span class=\"" + cls + "\" title=\"" + HtmlEscape(title) + "\">" + text + "</span>";
    }
  }
  out += "</div>";
}

}  // namespace

std::string DocAnchor(const std::string& id) { return "doc-" + HtmlEscape(id); }

void AppendDocumentHtml(const Document& doc, std::string& out) {
  out += "<section class=\"card doc\" id=\"" + DocAnchor(doc.id) + "\">";
  out += "<h2>" + HtmlEscape(doc.meta.title.empty() ? OutletLabel(doc) : doc.meta.title) + "</h2>";
  std::string authors;
  for (const std::string& a : doc.meta.authors) authors += (authors.empty() ? "" : ", ") + a;
  out += "<p class=\"sub\">" + HtmlEscape(OutletLabel(doc)) + " · " + HtmlEscape(DateLabel(doc));
  if (!authors.empty()) out += " · " + HtmlEscape(authors);
  if (!doc.meta.agency.empty()) out += " · agency: " + HtmlEscape(doc.meta.agency);
  out += " · " + HtmlEscape(doc.language) + " · <span class=\"muted\">" + HtmlEscape(doc.source) +
         "</span></p>";
  if (!doc.quotes.empty()) {
    out += "<table><tr><th>Quote</th><th>Speaker</th><th>Kind</th></tr>";
    for (const Quote& q : doc.quotes) {
      out += "<tr><td>" + HtmlEscape(OneLine(doc.slice(q.content.empty() ? q.span : q.content))) +
             "</td><td>" + HtmlEscape(q.speaker.empty() ? "unknown" : q.speaker) +
             (q.speaker_anonymous ? " <span class=\"badge flag\">anonymous</span>" : "") +
             "</td><td>" + HtmlEscape(ToString(q.kind)) + "</td></tr>";
    }
    out += "</table>";
  }
  if (!doc.meta.captions.empty()) {
    out += "<p class=\"who\">Captions: ";
    for (const Caption& c : doc.meta.captions) {
      out += HtmlEscape(OneLine(c.text));
      if (!c.credit.empty()) out += " (" + HtmlEscape(c.credit) + ")";
      out += " · ";
    }
    out += "</p>";
  }
  out +=
      "<details><summary>Article text with annotations</summary>"
      "<p class=\"legend\"><span class=\"e-PER\">person</span><span class=\"e-ORG\">"
      "organisation</span><span class=\"e-LOC\">place</span><span class=\"e-OTH\">other</span>"
      "<span class=\"t-x\">time</span><span class=\"q-x\">quote</span>"
      "<span class=\"c-hedged\">hedged claim</span></p>";
  AppendHighlightedText(doc, out);
  out += "</details></section>";
}

}  // namespace tri::report_internal

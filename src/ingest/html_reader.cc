// ReadHtml: decode, parse, classify, choose the content, build the article and its metadata.
#include <algorithm>

#include "core/hash.h"
#include "ingest/charset.h"
#include "ingest/dates.h"
#include "ingest/html_article.h"
#include "ingest/html_blocks.h"
#include "ingest/html_classify.h"
#include "ingest/html_content.h"
#include "ingest/html_dom.h"
#include "ingest/html_meta.h"
#include "ingest/ingest.h"
#include "ingest/text_util.h"

namespace tri {
namespace {

using namespace ingest;  // NOLINT: this file is the ingest HTML front end

std::vector<uint8_t> InheritFlags(const HtmlDom& dom, const std::vector<uint8_t>& flags) {
  std::vector<uint8_t> out(flags);
  for (int32_t i = 1; i < dom.size(); ++i) {
    const int32_t p = dom.node(i).parent;
    if (p >= 0) out[static_cast<size_t>(i)] |= out[static_cast<size_t>(p)];
  }
  return out;
}

std::string HostOf(std::string_view url) {
  const size_t scheme = url.find("://");
  if (scheme == std::string_view::npos) return "";
  std::string_view rest = url.substr(scheme + 3);
  rest = rest.substr(0, rest.find_first_of("/?#:"));
  if (StartsWith(rest, "www.")) rest.remove_prefix(4);
  return AsciiLower(rest);
}

// Title candidates from <title>, og:title and friends often end in " | Outlet".
void StripTitleSuffixes(MetaCandidates& meta) {
  const MetaCandidate* outlet = meta.Best("outlet");
  const std::string site = outlet ? outlet->value : "";
  for (MetaCandidate& c : meta.mutable_all()) {
    if (c.field == "page_title" || (c.field == "title" && c.from != "h1")) {
      c.value = std::string(StripTitleSuffix(c.value, site));
      c.field = "title";
    }
  }
}

std::string TitleKey(std::string_view s) {
  std::string out;
  for (char c : AsciiLower(s)) {
    if (IsAsciiAlnum(c) || static_cast<unsigned char>(c) >= 0x80) out += c;
  }
  return out;
}

// The visible <h1> is the cleanest headline when the page's declared titles agree with it;
// an <h1> that agrees with none of them (a logo, the site name) loses to them.
void PreferAgreeingHeadline(MetaCandidates& meta) {
  MetaCandidate* h1 = nullptr;
  for (MetaCandidate& c : meta.mutable_all()) {
    if (c.field == "title" && c.from == "h1") h1 = &c;
  }
  if (!h1) return;
  const std::string key = TitleKey(h1->value);
  const MetaCandidate* outlet = meta.Best("outlet");
  if (key.empty() || (outlet && TitleKey(outlet->value) == key)) {
    h1->confidence = 0.3;
    return;
  }
  bool any = false, agrees = false;
  for (const MetaCandidate& c : meta.all()) {
    if (c.field != "title" || &c == h1) continue;
    any = true;
    const std::string other = TitleKey(c.value);
    const size_t shorter = std::min(other.size(), key.size());
    const size_t longer = std::max(other.size(), key.size());
    if (other == key ||
        (shorter * 10 >= longer * 6 && (StartsWith(other, key) || StartsWith(key, other)))) {
      agrees = true;
    }
  }
  if (agrees)
    h1->confidence = 0.97;
  else if (any)
    h1->confidence = 0.5;
}

// Press-release and event pages put the date first in their title: "23.01.2022 - Name darf
// ...", "08.11.2021 | Online-Fachtag ...". A weak candidate: any dated line of the page wins.
void DateOpeningTitle(MetaCandidates& meta, bool english) {
  std::optional<DateTime> found;
  for (const MetaCandidate& c : meta.all()) {
    if (c.field != "page_title" && c.field != "title") continue;
    const std::string_view t = Trim(c.value);
    auto d = FindTextDate(t, english);
    if (!d || d->begin != 0) continue;
    const std::string_view rest = Trim(t.substr(d->end));
    if (StartsWith(rest, "- ") || StartsWith(rest, "| ") || StartsWith(rest, ": ") ||
        StartsWith(rest, "\u2013 ") || StartsWith(rest, "\u2014 ")) {
      found = d->when;
      break;
    }
  }
  if (found) meta.AddDate("published", *found, "date opening the title", 0.4);
}

}  // namespace

Result<Document> ReadHtml(std::string source, std::string bytes, std::string_view url,
                          std::string_view http_charset, const IngestOptions& options) {
  Document doc;
  doc.source = std::move(source);
  doc.id = HexId(bytes);
  std::string declared(http_charset);
  if (declared.empty()) declared = SniffDeclaredCharset(bytes);
  TRI_ASSIGN_OR_RETURN(std::string html, DecodeToUtf8(bytes, declared, &doc.meta.encoding));
  if (!declared.empty() && AsciiLower(declared) != doc.meta.encoding) {
    doc.meta.provenance.push_back(
        {"encoding", "detected (declared " + AsciiLower(declared) + ")", 0.8});
  }
  doc.raw = std::move(bytes);

  std::unique_ptr<HtmlDom> dom = HtmlDom::Parse(html, options.max_html_depth);
  MetaCandidates meta;
  if (!url.empty()) meta.Add("url", std::string(url), "input", 1.0);
  CollectHeadMeta(*dom, meta);
  CollectJsonLd(*dom, options.max_json_depth, meta);

  const std::vector<NodeStats> raw_stats = ComputeStats(*dom, nullptr);
  const std::vector<uint8_t> flags = ClassifyNodes(*dom, raw_stats);
  const std::vector<NodeStats> stats = ComputeStats(*dom, &flags);
  const std::vector<uint8_t> inherited = InheritFlags(*dom, flags);
  CollectMicrodata(*dom, inherited, meta);

  const int32_t body = dom->body() >= 0 ? dom->body() : 0;
  const std::vector<TextBlock> blocks = SegmentBlocks(*dom, flags, body);
  const ContentChoice choice = ChooseContent(*dom, flags, stats, blocks);

  std::string lang;
  if (const MetaCandidate* l = meta.Best("language")) lang = l->value;
  std::string guess;
  if (lang.empty() || (lang != "de" && lang != "en")) {
    std::string sample;
    for (const TextBlock& b : blocks) {
      if (sample.size() > 8000) break;
      if (b.text.size() > 80) sample += b.text + " ";
    }
    guess = GuessLanguage(sample);
  }
  const std::string language = lang.empty() ? guess : lang;
  const bool english = language == "en";

  ArticleParts parts = BuildArticle(*dom, inherited, blocks, choice, english, meta);
  CollectTimeElements(*dom, inherited, parts, meta);
  const MetaCandidate* canonical = meta.Best("canonical_url");
  const MetaCandidate* og_url = meta.Best("url");
  const std::string page_url = og_url ? og_url->value : canonical ? canonical->value : "";
  if (auto d = DateFromUrl(page_url)) {
    DateTime dt;
    dt.date = *d;
    meta.AddDate("published", dt, "url path", 0.45);
  }
  if (!page_url.empty() && !HostOf(page_url).empty()) {
    meta.Add("outlet", HostOf(page_url), "url host", 0.3);
  }
  DateOpeningTitle(meta, english);
  StripTitleSuffixes(meta);
  PreferAgreeingHeadline(meta);
  meta.ApplyTo(doc.meta);
  if (doc.meta.url.empty()) doc.meta.url = doc.meta.canonical_url;
  const bool german = language == "de" || EndsWith(HostOf(page_url), ".de") ||
                      EndsWith(HostOf(page_url), ".at") || EndsWith(HostOf(page_url), ".ch");
  if (german) {
    if (doc.meta.published) ToBerlinTime(*doc.meta.published);
    if (doc.meta.modified) ToBerlinTime(*doc.meta.modified);
  }
  doc.meta.captions = std::move(parts.captions);
  if (!guess.empty() && lang.empty())
    doc.meta.provenance.push_back({"language", "stop words", 0.6});
  doc.language = language.empty() ? "und" : language;

  // Text: the title, then the body blocks, separated by blank lines.
  auto append = [&](std::string_view text, BlockKind kind) {
    if (!doc.text.empty()) doc.text += "\n\n";
    const auto begin = static_cast<uint32_t>(doc.text.size());
    doc.text += text;
    doc.blocks.push_back({{begin, static_cast<uint32_t>(doc.text.size())}, kind});
  };
  if (!doc.meta.title.empty()) append(doc.meta.title, BlockKind::kTitle);
  for (const ArticleParts::Part& p : parts.body) append(p.text, p.kind);
  if (doc.text.size() > UINT32_MAX / 2) {
    return Status::ResourceExhausted("extracted text above 2 GiB");
  }
  if (parts.body.empty() && doc.meta.title.empty()) {
    return Status::InvalidArgument("no article text found in the HTML page");
  }
  return doc;
}

}  // namespace tri

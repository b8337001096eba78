#include "ingest/html_meta.h"

#include <algorithm>

#include "ingest/dates.h"
#include "ingest/entities.h"
#include "ingest/html_classify.h"
#include "ingest/lines.h"
#include "ingest/text_util.h"

namespace tri::ingest {
namespace {

bool LooksLikeUrl(std::string_view s) {
  return StartsWith(s, "http://") || StartsWith(s, "https://") || StartsWith(s, "//") ||
         StartsWith(s, "/");
}

struct MetaRule {
  std::string_view key;  // lower-cased name/property/itemprop
  std::string_view field;
  double confidence;
};

// Which <meta> keys mean what, and how much to trust them.
constexpr MetaRule kMetaRules[] = {
    {"og:title", "title", 0.85},
    {"twitter:title", "title", 0.75},
    {"dc.title", "title", 0.7},
    {"dcterms.title", "title", 0.7},
    {"title", "title", 0.65},
    {"og:site_name", "outlet", 0.9},
    {"application-name", "outlet", 0.6},
    {"twitter:site", "outlet", 0.3},
    {"dc.publisher", "outlet", 0.7},
    {"og:url", "url", 0.8},
    {"og:description", "description", 0.8},
    {"description", "description", 0.85},
    {"twitter:description", "description", 0.6},
    {"article:section", "section", 0.9},
    {"og:section", "section", 0.8},
    {"section", "section", 0.6},
    {"article:published_time", "published", 0.9},
    {"og:published_time", "published", 0.85},
    {"article:published", "published", 0.85},
    {"datepublished", "published", 0.85},
    {"date", "published", 0.8},
    {"pubdate", "published", 0.8},
    {"publishdate", "published", 0.8},
    {"publish-date", "published", 0.8},
    {"publish_date", "published", 0.8},
    {"published_time", "published", 0.8},
    {"published-date", "published", 0.8},
    {"date.published", "published", 0.8},
    {"article.published", "published", 0.8},
    {"dc.date", "published", 0.75},
    {"dc.date.issued", "published", 0.8},
    {"dc.date.created", "published", 0.75},
    {"dcterms.date", "published", 0.75},
    {"dcterms.created", "published", 0.75},
    {"dcterms.issued", "published", 0.8},
    {"sailthru.date", "published", 0.75},
    {"parsely-pub-date", "published", 0.8},
    {"cxenseparse:recs:publishtime", "published", 0.75},
    {"dc.date.published", "published", 0.8},
    {"originalpublicationdate", "published", 0.75},
    {"release_date", "published", 0.7},
    {"created", "published", 0.6},
    {"article:modified_time", "modified", 0.9},
    {"og:updated_time", "modified", 0.8},
    {"datemodified", "modified", 0.85},
    {"last-modified", "modified", 0.7},
    {"dc.date.modified", "modified", 0.75},
    {"dcterms.modified", "modified", 0.75},
    {"article:author", "authors", 0.75},
    {"author", "authors", 0.8},
    {"dc.creator", "authors", 0.75},
    {"dcterms.creator", "authors", 0.75},
    {"sailthru.author", "authors", 0.7},
    {"parsely-author", "authors", 0.7},
    {"byl", "authors", 0.7},
    {"keywords", "keywords", 0.8},
    {"news_keywords", "keywords", 0.85},
    {"article:tag", "keywords", 0.8},
    {"parsely-tags", "keywords", 0.7},
    {"og:locale", "language", 0.7},
    {"content-language", "language", 0.8},
    {"language", "language", 0.7},
    {"dc.language", "language", 0.75},
};

void AddValue(MetaCandidates& out, std::string_view field, std::string value, std::string from,
              double confidence) {
  value = DecodeHtmlEntities(CollapseWhitespace(value));
  if (value.empty()) return;
  if (field == "published" || field == "modified") {
    if (auto dt = ParseMachineDate(value)) out.AddDate(field, *dt, std::move(from), confidence);
    return;
  }
  if (field == "authors") {
    if (LooksLikeUrl(value)) return;
    const std::string agency = AgencyName(value);
    if (!agency.empty()) {
      out.Add("agency", agency, from, confidence * 0.9);
      return;
    }
    std::vector<std::string> names = SplitAuthors(value);
    if (names.empty() && value.find(' ') != std::string::npos && value.size() <= 60 &&
        value.find(',') == std::string::npos) {
      names.push_back(value);  // "Anna-Lena Ötztal-Meier": trust a name the page declares
    }
    out.AddList("authors", std::move(names), std::move(from), confidence);
    return;
  }
  if (field == "keywords") {
    out.AddList("keywords", SplitTrimmed(value, value.find(',') != std::string::npos ? ',' : ';'),
                std::move(from), confidence);
    return;
  }
  if (field == "language") {
    const std::string lang = PrimaryLanguage(value);
    if (!lang.empty()) out.Add("language", lang, std::move(from), confidence);
    return;
  }
  if (field == "outlet" && StartsWith(value, "@")) value.erase(0, 1);
  if (field == "url" && !LooksLikeUrl(value)) return;
  out.Add(field, std::move(value), std::move(from), confidence);
}

}  // namespace

std::string PrimaryLanguage(std::string_view tag) {
  std::string out;
  for (char c : Trim(tag)) {
    if (!IsAsciiAlpha(c)) break;
    out += AsciiLowerChar(c);
  }
  return out.size() == 2 || out.size() == 3 ? out : "";
}

void CollectHeadMeta(const HtmlDom& dom, MetaCandidates& out) {
  for (int32_t i = 0; i < dom.size(); ++i) {
    const DomNode& n = dom.node(i);
    if (n.type != NodeType::kElement) continue;
    if (n.tag == GUMBO_TAG_HTML) {
      const std::string lang = PrimaryLanguage(dom.Attr(i, "lang"));
      if (!lang.empty()) out.Add("language", lang, "html[lang]", 0.9);
    } else if (n.tag == GUMBO_TAG_TITLE && dom.head() >= 0 && dom.Contains(dom.head(), i)) {
      out.Add("page_title", dom.TextOf(i), "title", 0.6);
    } else if (n.tag == GUMBO_TAG_LINK) {
      const std::string rel = AsciiLower(dom.Attr(i, "rel"));
      if (rel == "canonical" && LooksLikeUrl(dom.Attr(i, "href"))) {
        out.Add("canonical_url", std::string(dom.Attr(i, "href")), "link[canonical]", 0.9);
      }
    } else if (n.tag == GUMBO_TAG_META) {
      std::string key = AsciiLower(dom.Attr(i, "property"));
      if (key.empty()) key = AsciiLower(dom.Attr(i, "name"));
      if (key.empty()) key = AsciiLower(dom.Attr(i, "http-equiv"));
      if (key.empty()) key = AsciiLower(dom.Attr(i, "itemprop"));
      if (key.empty()) continue;
      std::string_view content = dom.Attr(i, "content");
      if (content.empty()) content = dom.Attr(i, "value");
      for (const MetaRule& r : kMetaRules) {
        if (key == r.key) {
          AddValue(out, r.field, std::string(content), "meta[" + key + "]", r.confidence);
          break;
        }
      }
    }
  }
}

namespace {

// What an itemprop/property (microdata, RDFa) value names: "published", "modified", "authors",
// "title", or "".
std::string PropertyField(std::string_view prop) {
  const size_t colon = prop.rfind(':');
  const std::string p = AsciiLower(colon == std::string_view::npos ? prop : prop.substr(colon + 1));
  if (p == "datepublished" || p == "datecreated" || p == "created" || p == "issued" ||
      p == "published_time" || p == "date") {
    return "published";
  }
  if (p == "datemodified" || p == "modified" || p == "modified_time") return "modified";
  if (p == "author" || p == "creator") return "authors";
  if (p == "headline") return "title";
  return "";
}

void AddDateValue(MetaCandidates& out, const std::string& field, const std::string& value,
                  const std::string& text, const std::string& from, double confidence) {
  if (auto dt = ParseMachineDate(value)) {
    out.AddDate(field, *dt, from, confidence);
  } else if (auto td = FindTextDate(text, false)) {
    out.AddDate(field, td->when, from + " text", confidence - 0.05);
  }
}

}  // namespace

// Publication dates the page declares (itemprop=datePublished, hAtom class=published) inside
// subtrees classified as boilerplate. Teaser lists declare many; a post footer or a date box
// the classifier misread declares exactly one, and then it is the page's own (weakly).
void CollectLoneDeclaredDate(const HtmlDom& dom, const std::vector<uint8_t>& flags,
                             MetaCandidates& out) {
  int declared = 0;
  std::optional<DateTime> lone;
  std::string from;
  for (int32_t i = 0; i < dom.size() && declared <= 1; ++i) {
    if (!dom.IsElement(i) || dom.node(i).tag == GUMBO_TAG_META) continue;
    const std::string_view prop = dom.Attr(i, "itemprop");
    const std::vector<std::string> words = ClassWords(dom, i);
    const bool published = prop == "datePublished" ||
                           std::find(words.begin(), words.end(), "published") != words.end();
    if (!published) continue;
    ++declared;
    if (!(flags[static_cast<size_t>(i)] & kFlagJunk)) return;  // the ordinary pass saw it
    std::string value(dom.Attr(i, "content"));
    if (value.empty()) value = std::string(dom.Attr(i, "datetime"));
    if (value.empty()) value = std::string(dom.Attr(i, "title"));
    std::optional<DateTime> dt = ParseMachineDate(value);
    if (!dt) {
      if (auto td = FindTextDate(dom.TextOf(i), false)) dt = td->when;
    }
    lone = dt;
    from = prop == "datePublished" ? "itemprop=datePublished (lone, in boilerplate)"
                                   : "class=published (lone, in boilerplate)";
  }
  if (declared == 1 && lone) out.AddDate("published", *lone, from, 0.5);
}

void CollectMicrodata(const HtmlDom& dom, const std::vector<uint8_t>& flags, MetaCandidates& out) {
  CollectLoneDeclaredDate(dom, flags, out);
  for (int32_t i = 0; i < dom.size(); ++i) {
    if (!dom.IsElement(i) || dom.node(i).tag == GUMBO_TAG_META) continue;
    if (flags[static_cast<size_t>(i)] & (kFlagJunk | kFlagCaption)) continue;
    std::string value(dom.Attr(i, "content"));
    if (value.empty()) value = std::string(dom.Attr(i, "datetime"));
    if (value.empty() && dom.node(i).tag == GUMBO_TAG_ABBR)
      value = std::string(dom.Attr(i, "title"));
    // Microdata and RDFa: itemprop="datePublished", property="dc:date dc:created".
    for (const char* attr : {"itemprop", "property"}) {
      for (const std::string& prop : SplitTrimmed(dom.Attr(i, attr), ' ')) {
        const std::string field = PropertyField(prop);
        if (field.empty() || (field == "published" && prop == "date" && attr[0] == 'i')) continue;
        const std::string from = std::string(attr) + "=" + prop;
        if (field == "published" || field == "modified") {
          AddDateValue(out, field, value.empty() ? dom.TextOf(i) : value, dom.TextOf(i), from,
                       0.85);
        } else if (field == "authors") {
          // <span itemprop="author" itemscope><span itemprop="name">...</span></span> or text.
          AddValue(out, "authors", value.empty() ? dom.TextOf(i) : value, from, 0.75);
        } else if (field == "title") {
          out.Add("title", value.empty() ? dom.TextOf(i) : value, from, 0.85);
        }
        break;
      }
    }
    // hAtom/hCard microformats: <abbr class="published" title="2017-07-23T17:06:45+0000">,
    // <span class="author vcard"><a class="fn">Name</a></span>, rel="author".
    const std::vector<std::string> words = ClassWords(dom, i);
    auto has = [&](std::string_view w) {
      return std::find(words.begin(), words.end(), w) != words.end();
    };
    const std::string title_attr(dom.Attr(i, "title"));
    if (has("published") || has("updated")) {
      const std::string field = has("published") ? "published" : "modified";
      AddDateValue(out, field, title_attr.empty() ? dom.TextOf(i) : title_attr, dom.TextOf(i),
                   "class=" + field, 0.8);
    }
    if (AsciiLower(dom.Attr(i, "rel")) == "author" || (has("fn") && !flags.empty())) {
      std::string text = dom.TextOf(i);
      std::vector<std::string> names = SplitAuthors(text);
      if (names.empty() && !text.empty() && CodePointCount(text) <= 40 &&
          AgencyName(text).empty()) {
        names.push_back(text);  // a user name ("eseppelt") is what the page credits
      }
      out.AddList("authors", std::move(names), "rel=author", 0.7);
    }
  }
}

}  // namespace tri::ingest

// JSON-LD metadata: the article object of a page (NewsArticle and its subtypes, Article,
// BlogPosting, ..., WebPage as a weaker fallback), found at the top level, in arrays or in
// @graph, never inside lists of related items (itemListElement, hasPart, relatedLink).
#include <nlohmann/json.hpp>

#include "ingest/dates.h"
#include "ingest/entities.h"
#include "ingest/html_meta.h"
#include "ingest/lines.h"
#include "ingest/text_util.h"

namespace tri::ingest {
namespace {

using Json = nlohmann::json;

// 3: news article, 2: other article/posting, 1: web page, 0: anything else.
int ArticleRank(const Json& obj) {
  auto rank_of = [](const std::string& t) {
    if (t.find("NewsArticle") != std::string::npos || t == "Report") return 3;
    if (t == "Article" || t == "BlogPosting" || t == "LiveBlogPosting" || t == "TechArticle" ||
        t == "ScholarlyArticle" || t == "SocialMediaPosting" || t == "DiscussionForumPosting" ||
        t == "Review" || t == "OpinionNewsArticle" || t == "Blog") {
      return 2;
    }
    if (t == "WebPage" || t == "ItemPage" || t == "CollectionPage") return 1;
    return 0;
  };
  const auto it = obj.find("@type");
  if (it == obj.end()) return 0;
  int best = 0;
  if (it->is_string()) best = rank_of(it->get<std::string>());
  if (it->is_array()) {
    for (const Json& t : *it) {
      if (t.is_string()) best = std::max(best, rank_of(t.get<std::string>()));
    }
  }
  return best;
}

std::string Str(const Json& v) {
  if (v.is_string()) return DecodeHtmlEntities(CollapseWhitespace(v.get<std::string>()));
  if (v.is_object()) {
    for (const char* key : {"name", "@id", "url"}) {
      auto it = v.find(key);
      if (it != v.end() && it->is_string()) return Str(*it);
    }
  }
  if (v.is_array() && !v.empty()) return Str(v.front());
  return "";
}

// Nesting depth of a JSON text (brackets outside strings), to refuse pathological input
// before a parser recurses into it.
size_t JsonDepth(std::string_view s) {
  size_t depth = 0, max_depth = 0;
  bool in_string = false;
  for (size_t i = 0; i < s.size(); ++i) {
    const char c = s[i];
    if (in_string) {
      if (c == '\\')
        ++i;
      else if (c == '"')
        in_string = false;
    } else if (c == '"') {
      in_string = true;
    } else if (c == '{' || c == '[') {
      max_depth = std::max(max_depth, ++depth);
    } else if ((c == '}' || c == ']') && depth > 0) {
      --depth;
    }
  }
  return max_depth;
}

void AddAuthors(const Json& v, const std::string& from, MetaCandidates& out) {
  std::vector<std::string> names;
  std::vector<const Json*> items;
  if (v.is_array()) {
    for (const Json& a : v) items.push_back(&a);
  } else {
    items.push_back(&v);
  }
  for (const Json* a : items) {
    std::string name = Str(*a);
    if (name.empty() || StartsWith(name, "http")) continue;
    if (std::string agency = AgencyName(name); !agency.empty()) {
      out.Add("agency", agency, from, 0.85);
      continue;
    }
    bool organization = false;
    if (a->is_object()) {
      auto t = a->find("@type");
      organization = t != a->end() && t->is_string() && t->get<std::string>() == "Organization";
    }
    if (organization) continue;  // the outlet itself as "author"
    std::vector<std::string> split = SplitAuthors(name);
    if (split.empty() && name.size() <= 60) split.push_back(name);
    for (std::string& s : split) names.push_back(std::move(s));
  }
  out.AddList("authors", std::move(names), from, 0.9);
}

void AddArticle(const Json& a, int rank, MetaCandidates& out) {
  const double base = rank == 3 ? 0.95 : rank == 2 ? 0.92 : 0.7;
  auto get = [&](const char* key) -> const Json* {
    auto it = a.find(key);
    return it == a.end() ? nullptr : &*it;
  };
  const std::string src = "json-ld:";
  if (const Json* v = get("headline")) out.Add("title", Str(*v), src + "headline", base);
  if (rank >= 2) {
    if (const Json* v = get("name")) out.Add("title", Str(*v), src + "name", base - 0.15);
  }
  for (const char* key : {"datePublished", "dateCreated", "uploadDate"}) {
    if (const Json* v = get(key)) {
      if (auto dt = ParseMachineDate(Str(*v))) {
        out.AddDate("published", *dt, src + key, base - (key[4] == 'P' ? 0.0 : 0.1));
      }
    }
  }
  if (const Json* v = get("dateModified")) {
    if (auto dt = ParseMachineDate(Str(*v)))
      out.AddDate("modified", *dt, src + "dateModified", base);
  }
  if (const Json* v = get("author")) AddAuthors(*v, src + "author", out);
  if (const Json* v = get("creator")) AddAuthors(*v, src + "creator", out);
  if (const Json* v = get("publisher")) out.Add("outlet", Str(*v), src + "publisher", base - 0.1);
  if (const Json* v = get("articleSection"))
    out.Add("section", Str(*v), src + "articleSection", base);
  if (const Json* v = get("description"))
    out.Add("description", Str(*v), src + "description", base - 0.1);
  if (const Json* v = get("inLanguage")) {
    const std::string lang = PrimaryLanguage(Str(*v));
    if (!lang.empty()) out.Add("language", lang, src + "inLanguage", base - 0.1);
  }
  if (const Json* v = get("keywords")) {
    std::vector<std::string> words;
    if (v->is_array()) {
      for (const Json& k : *v) words.push_back(Str(k));
    } else {
      words = SplitTrimmed(Str(*v), ',');
    }
    out.AddList("keywords", std::move(words), src + "keywords", base - 0.1);
  }
  for (const char* key : {"mainEntityOfPage", "url"}) {
    if (const Json* v = get(key)) {
      const std::string u = Str(*v);
      if (StartsWith(u, "http")) out.Add("canonical_url", u, src + key, 0.75);
    }
  }
}

// Regex-free scan of broken JSON for "datePublished": "..." and "headline": "...".
void ScanBrokenJson(std::string_view s, MetaCandidates& out) {
  for (const char* key : {"datePublished", "dateModified", "headline"}) {
    const std::string needle = std::string("\"") + key + "\"";
    const size_t at = s.find(needle);
    if (at == std::string_view::npos) continue;
    size_t q = s.find('"', s.find(':', at + needle.size()) + 1);
    if (q == std::string_view::npos) continue;
    const size_t e = s.find('"', q + 1);
    if (e == std::string_view::npos || e - q > 300) continue;
    const std::string value(s.substr(q + 1, e - q - 1));
    if (key[0] == 'h') {
      out.Add("title", DecodeHtmlEntities(value), "json-ld(broken):headline", 0.8);
    } else if (auto dt = ParseMachineDate(value)) {
      out.AddDate(key[4] == 'P' ? "published" : "modified", *dt,
                  std::string("json-ld(broken):") + key, 0.85);
    }
  }
}

}  // namespace

void CollectJsonLdText(std::string_view text, uint32_t max_depth, MetaCandidates& out) {
  std::string s(Trim(text));
  // CMS wrappers: <!-- ... -->, //<![CDATA[ ... //]]>, and raw control characters in strings.
  for (std::string_view junk : {"<!--", "-->", "//<![CDATA[", "//]]>", "<![CDATA[", "]]>"}) {
    for (size_t at = s.find(junk); at != std::string::npos; at = s.find(junk, at)) {
      s.replace(at, junk.size(), " ");
    }
  }
  for (char& c : s) {
    if (static_cast<unsigned char>(c) < 0x20) c = ' ';
  }
  while (!s.empty() && (s.back() == ';' || s.back() == ' ')) s.pop_back();
  if (JsonDepth(s) > max_depth) return;
  Json root;
  try {
    root = Json::parse(s, nullptr, /*allow_exceptions=*/false);
  } catch (...) {
    root = Json(Json::value_t::discarded);
  }
  if (root.is_discarded()) {
    ScanBrokenJson(s, out);
    return;
  }
  try {
    // Breadth-first over top-level arrays, @graph and mainEntity: the first best-ranked
    // object is the page's article.
    std::vector<const Json*> queue{&root};
    const Json* best = nullptr;
    int best_rank = 0;
    for (size_t qi = 0; qi < queue.size() && qi < 10000; ++qi) {
      const Json& v = *queue[qi];
      if (v.is_array()) {
        for (const Json& e : v) queue.push_back(&e);
        continue;
      }
      if (!v.is_object()) continue;
      const int rank = ArticleRank(v);
      if (rank > best_rank) {
        best = &v;
        best_rank = rank;
      }
      for (const char* key : {"@graph", "mainEntity"}) {
        auto it = v.find(key);
        if (it != v.end()) queue.push_back(&*it);
      }
      if (rank == 0) {
        // Organization/WebSite objects name the outlet.
        auto t = v.find("@type");
        if (t != v.end() && t->is_string() &&
            (t->get<std::string>() == "WebSite" ||
             t->get<std::string>() == "NewsMediaOrganization")) {
          auto name = v.find("name");
          if (name != v.end()) out.Add("outlet", Str(*name), "json-ld:WebSite.name", 0.8);
        }
      }
    }
    if (best) AddArticle(*best, best_rank, out);
  } catch (...) {
    // A type surprise in someone's JSON-LD costs us that block, never the page.
  }
}

void CollectJsonLd(const HtmlDom& dom, uint32_t max_depth, MetaCandidates& out) {
  for (int32_t i = 0; i < dom.size(); ++i) {
    if (!dom.IsElement(i) || dom.node(i).tag != GUMBO_TAG_SCRIPT) continue;
    const std::string type = AsciiLower(Trim(dom.Attr(i, "type")));
    if (type != "application/ld+json" && !type.empty() && type.find("json") == std::string::npos) {
      continue;
    }
    std::string text;
    for (int32_t k = i + 1; k < dom.node(i).end; ++k) text += dom.Text(k);
    // Some CMS emit JSON-LD in a plain <script>: accept it when it says "@context" early.
    if (type != "application/ld+json") {
      const std::string_view t = Trim(text);
      if (t.empty() || (t[0] != '{' && t[0] != '[') ||
          t.substr(0, 300).find("@context") == std::string_view::npos) {
        continue;
      }
    }
    CollectJsonLdText(text, max_depth, out);
  }
}

}  // namespace tri::ingest

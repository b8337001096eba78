// <time datetime=...> elements of a page as publication and update date candidates
// (CollectTimeElements in html_article.h): itemprop, pubdate and class words say which date
// an element holds; unlabelled ones count only in the article head.
#include <optional>
#include <string>
#include <string_view>

#include "ingest/dates.h"
#include "ingest/html_article.h"
#include "ingest/html_classify.h"

namespace tri::ingest {

void CollectTimeElements(const HtmlDom& dom, const std::vector<uint8_t>& flags,
                         const ArticleParts& parts, MetaCandidates& meta) {
  for (int32_t i = 0; i < dom.size(); ++i) {
    if (!dom.IsElement(i) || dom.node(i).tag != GUMBO_TAG_TIME) continue;
    const uint8_t f = flags[static_cast<size_t>(i)];
    if (f & (kFlagJunk | kFlagCaption)) continue;
    std::string value(dom.Attr(i, "datetime"));
    std::optional<DateTime> dt;
    if (!value.empty()) dt = ParseMachineDate(value);
    if (!dt) {
      if (auto td = FindTextDate(dom.TextOf(i), false)) dt = td->when;
    }
    if (!dt) continue;
    const std::string_view prop = dom.Attr(i, "itemprop");
    std::string words;
    for (const std::string& w : ClassWords(dom, i)) words += w + " ";
    const bool modified = prop == "dateModified" || words.find("update") != std::string::npos ||
                          words.find("modified") != std::string::npos ||
                          words.find("aktualisiert") != std::string::npos;
    const bool published = prop == "datePublished" || dom.HasAttr(i, "pubdate") ||
                           words.find("publish") != std::string::npos ||
                           words.find("created") != std::string::npos;
    const bool in_head = (parts.head_end_node < 0 || i < parts.head_end_node) &&
                         (parts.head_begin_node < 0 || i >= parts.head_begin_node);
    if (modified) {
      meta.AddDate("modified", *dt, "time[datetime]", 0.8);
    } else if (published) {
      meta.AddDate("published", *dt, "time[datetime] (published)", 0.85);
    } else if (in_head || (f & kFlagMeta)) {
      meta.AddDate("published", *dt, "time[datetime]", 0.74);
    }
  }
}

}  // namespace tri::ingest

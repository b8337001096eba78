// The vocabulary of class and id names: the words that mark boilerplate (navigation, share
// bars, comments, teasers), meta boxes and captions, and the class/id word splitting and
// article-body weight built on them (html_classify.h).
#include <algorithm>
#include <string>
#include <string_view>
#include <vector>

#include "ingest/html_classify.h"
#include "ingest/html_classify_internal.h"
#include "ingest/text_util.h"

namespace tri::ingest {
namespace classify_detail {

// Words that make a subtree boilerplate wherever they occur.
bool IsHardJunkWord(std::string_view w) {
  return OneOf(w, {"nav",
                   "navi",
                   "navigation",
                   "navbar",
                   "menu",
                   "menue",
                   "megamenu",
                   "breadcrumb",
                   "breadcrumbs",
                   "footer",
                   "sidebar",
                   "share",
                   "sharing",
                   "shariff",
                   "sharebar",
                   "social",
                   "socials",
                   "comment",
                   "comments",
                   "kommentar",
                   "kommentare",
                   "disqus",
                   "related",
                   "recommended",
                   "recommendation",
                   "recommendations",
                   "empfehlung",
                   "empfehlungen",
                   "promo",
                   "advert",
                   "advertisement",
                   "ads",
                   "ad",
                   "adslot",
                   "adunit",
                   "anzeige",
                   "werbung",
                   "sponsored",
                   "cookie",
                   "cookies",
                   "consent",
                   "gdpr",
                   "cmp",
                   "newsletter",
                   "subscribe",
                   "subscription",
                   "signup",
                   "popup",
                   "modal",
                   "overlay",
                   "widget",
                   "widgets",
                   "toolbar",
                   "pagination",
                   "pager",
                   "skiplink",
                   "skiplinks",
                   "masthead",
                   "login",
                   "searchform",
                   "audio",
                   "podcast",
                   "readspeaker",
                   "vorlesen",
                   "listen",
                   "tts",
                   "gallery",
                   "slider",
                   "carousel",
                   "lightbox",
                   "rating",
                   "poll",
                   "survey",
                   "feedback",
                   "follow",
                   "mostread",
                   "popular",
                   "trending",
                   "tagcloud",
                   "outbrain",
                   "taboola",
                   "plista",
                   "dsgvo",
                   "offscreen",
                   "banner",
                   "banners",
                   "jobs",
                   "weather",
                   "wetter",
                   "sticky",
                   "teaserlist",
                   "morelinks",
                   "relatedposts",
                   "postnav",
                   "backlink",
                   "copyright",
                   "impressum",
                   "donate",
                   "spenden",
                   "tooltip"});
}

// Junk words that hold even for prose-rich subtrees (a comment thread is prose too).
bool IsDecisiveJunkWord(std::string_view w) {
  return OneOf(w, {"comment",
                   "comments",
                   "kommentar",
                   "kommentare",
                   "disqus",
                   "footer",
                   "cookie",
                   "cookies",
                   "consent",
                   "gdpr",
                   "cmp",
                   "dsgvo",
                   "nav",
                   "navigation",
                   "menu",
                   "breadcrumb",
                   "breadcrumbs",
                   "related",
                   "recommended",
                   "recommendation",
                   "recommendations",
                   "newsletter",
                   "subscribe",
                   "popup",
                   "modal",
                   "login",
                   "outbrain",
                   "taboola",
                   "plista",
                   "advert",
                   "advertisement",
                   "ads",
                   "ad",
                   "anzeige",
                   "werbung",
                   "relatedposts",
                   "empfehlungen",
                   "mostread",
                   "respond",
                   "reply",
                   "authorbox",
                   "autorenbox",
                   "abouttheauthor"});
}

// Words that make a subtree boilerplate when it is link-heavy or tiny.
bool IsSoftJunkWord(std::string_view w) {
  return OneOf(
      w, {"teaser", "teasers", "more",   "mehr",    "tags",   "tag",     "keywords",   "author",
          "autor",  "bio",     "info",   "infobox", "box",    "links",   "categories", "category",
          "topics", "themen",  "thema",  "header",  "head",   "top",     "bottom",     "video",
          "player", "embed",   "tools",  "actions", "extra",  "extras",  "aside",      "card",
          "cards",  "list",    "latest", "archive", "series", "dossier", "newsticker"});
}

bool IsMetaWord(std::string_view w) {
  return OneOf(w, {"byline", "dateline", "meta", "metadata", "date", "datum", "time", "timestamp",
                   "published", "pubdate", "posted", "updated", "autor", "author", "authors",
                   "credits", "source", "quelle"});
}

// 2: says caption outright; 1: says image (a caption only when small); 0: neither.
int CaptionWordStrength(std::string_view w) {
  if (OneOf(w, {"caption", "figcaption", "credit", "credits", "bildunterschrift", "bildquelle",
                "copyright", "bildnachweis", "legende", "legend"})) {
    return 2;
  }
  if (OneOf(w,
            {"photo", "image", "img", "figure", "picture", "fotograf", "media", "foto", "bild"})) {
    return 1;
  }
  return 0;
}

}  // namespace classify_detail

using namespace classify_detail;  // NOLINT: the words above

std::vector<std::string> ClassWords(const HtmlDom& dom, int32_t i) {
  std::vector<std::string> words;
  for (const char* attr : {"class", "id"}) {
    const std::string_view v = dom.Attr(i, attr);
    std::string cur;
    for (size_t k = 0; k <= v.size(); ++k) {
      const char c = k < v.size() ? v[k] : ' ';
      const bool hump = k > 0 && c >= 'A' && c <= 'Z' && v[k - 1] >= 'a' && v[k - 1] <= 'z';
      if (!IsAsciiAlnum(c) || hump) {
        if (!cur.empty()) words.push_back(cur);
        cur.clear();
        if (!IsAsciiAlnum(c)) continue;
      }
      cur += AsciiLowerChar(c);
    }
  }
  return words;
}

int ClassWeight(const std::vector<std::string>& words) {
  int weight = 0;
  for (const std::string& w : words) {
    if (OneOf(w, {"article",     "artikel",   "body",     "content",  "entry",  "main",
                  "post",        "text",      "story",    "beitrag",  "inhalt", "blog",
                  "prose",       "richtext",  "rte",      "fulltext", "copy",   "articlebody",
                  "articletext", "storybody", "postbody", "bodytext", "detail"})) {
      weight = std::max(weight, 1);
    }
  }
  for (const std::string& w : words) {
    if (IsHardJunkWord(w) || OneOf(w, {"teaser", "more", "mehr", "tags", "links", "comment"})) {
      return -1;
    }
  }
  return weight;
}

}  // namespace tri::ingest

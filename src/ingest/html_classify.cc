// Page classification (html_classify.h): text statistics per subtree and the node flags
// (junk, caption, meta, positive, header) from tags, roles, hidden markers and the class/id
// words of html_class_words.cc.
#include "ingest/html_classify.h"

#include <algorithm>
#include <string_view>

#include "ingest/dates.h"
#include "ingest/html_classify_internal.h"
#include "ingest/text_util.h"

namespace tri::ingest {

using namespace classify_detail;  // NOLINT: the class/id vocabulary

namespace {

uint32_t NonSpaceBytes(std::string_view s) {
  uint32_t n = 0;
  for (char c : s) n += !IsAsciiSpace(c);
  return n;
}

bool IsInvisibleTag(GumboTag t) {
  switch (t) {
    case GUMBO_TAG_SCRIPT:
    case GUMBO_TAG_STYLE:
    case GUMBO_TAG_NOSCRIPT:
    case GUMBO_TAG_TEMPLATE:
    case GUMBO_TAG_HEAD:
    case GUMBO_TAG_TITLE:
    case GUMBO_TAG_META:
    case GUMBO_TAG_LINK:
    case GUMBO_TAG_IFRAME:
    case GUMBO_TAG_SVG:
    case GUMBO_TAG_MATH:
    case GUMBO_TAG_CANVAS:
    case GUMBO_TAG_OBJECT:
    case GUMBO_TAG_EMBED:
    case GUMBO_TAG_SELECT:
    case GUMBO_TAG_OPTION:
    case GUMBO_TAG_TEXTAREA:
    case GUMBO_TAG_BUTTON:
    case GUMBO_TAG_INPUT:
    case GUMBO_TAG_AUDIO:
    case GUMBO_TAG_VIDEO:
    case GUMBO_TAG_MENU:
    case GUMBO_TAG_NAV:
    case GUMBO_TAG_FOOTER:
    case GUMBO_TAG_ASIDE:
    case GUMBO_TAG_DATALIST:
    case GUMBO_TAG_MAP:
    case GUMBO_TAG_FRAMESET:
    case GUMBO_TAG_NOFRAMES:
    case GUMBO_TAG_NOEMBED:
      return true;
    default:
      return false;
  }
}

bool HasHiddenStyle(std::string_view style) {
  std::string s;
  for (char c : style) {
    if (!IsAsciiSpace(c)) s += AsciiLowerChar(c);
  }
  return s.find("display:none") != std::string::npos ||
         s.find("visibility:hidden") != std::string::npos;
}

// For every node: does its subtree hold an element with tag `a` or `b`? One backwards pass
// (children follow their parents in the array).
std::vector<bool> HoldsTag(const HtmlDom& dom, GumboTag a, GumboTag b) {
  std::vector<bool> out(static_cast<size_t>(dom.size()), false);
  for (int32_t i = dom.size() - 1; i >= 0; --i) {
    const DomNode& n = dom.node(i);
    if (n.type == NodeType::kElement && (n.tag == a || n.tag == b)) {
      out[static_cast<size_t>(i)] = true;
    }
    if (out[static_cast<size_t>(i)] && n.parent >= 0) out[static_cast<size_t>(n.parent)] = true;
  }
  return out;
}

}  // namespace

bool IsBlockTag(GumboTag t) {
  switch (t) {
    case GUMBO_TAG_P:
    case GUMBO_TAG_DIV:
    case GUMBO_TAG_H1:
    case GUMBO_TAG_H2:
    case GUMBO_TAG_H3:
    case GUMBO_TAG_H4:
    case GUMBO_TAG_H5:
    case GUMBO_TAG_H6:
    case GUMBO_TAG_LI:
    case GUMBO_TAG_UL:
    case GUMBO_TAG_OL:
    case GUMBO_TAG_DL:
    case GUMBO_TAG_DT:
    case GUMBO_TAG_DD:
    case GUMBO_TAG_BLOCKQUOTE:
    case GUMBO_TAG_PRE:
    case GUMBO_TAG_TABLE:
    case GUMBO_TAG_TR:
    case GUMBO_TAG_TD:
    case GUMBO_TAG_TH:
    case GUMBO_TAG_SECTION:
    case GUMBO_TAG_ARTICLE:
    case GUMBO_TAG_HEADER:
    case GUMBO_TAG_FOOTER:
    case GUMBO_TAG_MAIN:
    case GUMBO_TAG_FIGURE:
    case GUMBO_TAG_FIGCAPTION:
    case GUMBO_TAG_ADDRESS:
    case GUMBO_TAG_CENTER:
    case GUMBO_TAG_FORM:
    case GUMBO_TAG_FIELDSET:
    case GUMBO_TAG_DETAILS:
    case GUMBO_TAG_SUMMARY:
    case GUMBO_TAG_HR:
    case GUMBO_TAG_CAPTION:
    case GUMBO_TAG_ASIDE:
    case GUMBO_TAG_NAV:
    case GUMBO_TAG_BODY:
    case GUMBO_TAG_HTML:
    case GUMBO_TAG_LEGEND:
    case GUMBO_TAG_TBODY:
    case GUMBO_TAG_THEAD:
    case GUMBO_TAG_TFOOT:
    case GUMBO_TAG_BR:
      return true;
    default:
      return false;
  }
}

std::vector<NodeStats> ComputeStats(const HtmlDom& dom, const std::vector<uint8_t>* flags) {
  std::vector<NodeStats> stats(static_cast<size_t>(dom.size()));
  // Children have higher indices than their parents: one backwards pass sums subtrees.
  for (int32_t i = dom.size() - 1; i >= 0; --i) {
    const DomNode& n = dom.node(i);
    NodeStats& s = stats[static_cast<size_t>(i)];
    if (n.type == NodeType::kText) {
      s.text = NonSpaceBytes(dom.Text(i));
    } else if (IsInvisibleTag(n.tag) && n.tag != GUMBO_TAG_NAV && n.tag != GUMBO_TAG_FOOTER &&
               n.tag != GUMBO_TAG_ASIDE && n.tag != GUMBO_TAG_MENU) {
      s = NodeStats{};
    } else if (flags && ((*flags)[static_cast<size_t>(i)] & (kFlagJunk | kFlagCaption))) {
      s = NodeStats{};
    } else {
      if (n.tag == GUMBO_TAG_A) {
        s.link_text = s.text;
        s.links = static_cast<uint16_t>(std::min<int>(s.links + 1, 65535));
      }
      if (n.tag == GUMBO_TAG_P && s.text >= 40) {
        s.paragraphs = static_cast<uint16_t>(std::min<int>(s.paragraphs + 1, 65535));
      }
    }
    if (n.parent >= 0) {
      NodeStats& p = stats[static_cast<size_t>(n.parent)];
      p.text += s.text;
      p.link_text += s.link_text;
      p.paragraphs = static_cast<uint16_t>(std::min<int>(p.paragraphs + s.paragraphs, 65535));
      p.links = static_cast<uint16_t>(std::min<int>(p.links + s.links, 65535));
    }
  }
  return stats;
}

std::vector<uint8_t> ClassifyNodes(const HtmlDom& dom, const std::vector<NodeStats>& stats) {
  std::vector<uint8_t> flags(static_cast<size_t>(dom.size()), 0);
  const int32_t root = dom.body() >= 0 ? dom.body() : 0;
  const uint32_t page_text = std::max<uint32_t>(stats[static_cast<size_t>(root)].text, 1);
  const std::vector<bool> headline = HoldsTag(dom, GUMBO_TAG_H1, GUMBO_TAG_H1);
  const std::vector<bool> textarea = HoldsTag(dom, GUMBO_TAG_TEXTAREA, GUMBO_TAG_TEXTAREA);
  const std::vector<bool> fields = HoldsTag(dom, GUMBO_TAG_INPUT, GUMBO_TAG_SELECT);
  for (int32_t i = 0; i < dom.size(); ++i) {
    const DomNode& n = dom.node(i);
    if (n.type != NodeType::kElement || i == root || n.tag == GUMBO_TAG_HTML) continue;
    uint8_t& f = flags[static_cast<size_t>(i)];
    const NodeStats& s = stats[static_cast<size_t>(i)];
    const double link_density = s.text ? static_cast<double>(s.link_text) / s.text : 0.0;
    // Never throw away most of the page: a wrapper with a "sidebar" class is still the page.
    const bool big = s.text * 10 > page_text * 4;
    // An <aside> that holds the headline and prose is a misused wrapper around the article.
    const bool article_aside = n.tag == GUMBO_TAG_ASIDE && s.paragraphs >= 1 &&
                               s.link_text * 10 < s.text * 3 && headline[static_cast<size_t>(i)];
    if (IsInvisibleTag(n.tag) && !(n.tag == GUMBO_TAG_ASIDE && (big || article_aside))) {
      f |= kFlagJunk;
    } else if (n.tag == GUMBO_TAG_FORM && !big &&
               (textarea[static_cast<size_t>(i)] ||
                (fields[static_cast<size_t>(i)] && s.paragraphs == 0))) {
      // Comment, contact and login forms: their text is labels and instructions. (A form that
      // wraps the whole page, as ASP.NET pages do, is big and stays; one with hidden inputs
      // around prose paragraphs stays too.)
      f |= kFlagJunk;
    } else if (n.tag == GUMBO_TAG_FIGURE || n.tag == GUMBO_TAG_FIGCAPTION) {
      f |= kFlagCaption;
    } else if (n.tag == GUMBO_TAG_UNKNOWN) {
      // Elements gumbo 0.10 does not know, and custom elements ("amp-ad", "ps-share").
      const std::string name = dom.TagName(i);
      if (name == "picture") {
        f |= kFlagCaption;
      } else if (name == "dialog" || name == "search" || StartsWith(name, "amp-ad") ||
                 name.find("share") != std::string::npos || name.find("-ad") != std::string::npos ||
                 name.find("comment") != std::string::npos) {
        f |= kFlagJunk;
      }
    }
    if (dom.HasAttr(i, "hidden") || dom.Attr(i, "aria-hidden") == "true" ||
        HasHiddenStyle(dom.Attr(i, "style"))) {
      if (!big) f |= kFlagJunk;
    }
    const std::string role = AsciiLower(dom.Attr(i, "role"));
    if (OneOf(role, {"navigation", "banner", "contentinfo", "complementary", "search", "dialog",
                     "menu", "menubar", "toolbar", "alertdialog", "tablist"}) &&
        !big) {
      f |= kFlagJunk;
    }
    const std::string_view itemprop = dom.Attr(i, "itemprop");
    if (itemprop == "articleBody" || itemprop == "text" || itemprop == "reviewBody") {
      f |= kFlagPositive;
    }
    if (n.tag == GUMBO_TAG_HEADER) f |= kFlagHeader;
    const std::vector<std::string> words = ClassWords(dom, i);
    if (words.empty()) continue;
    if (ClassWeight(words) > 0 && !(f & kFlagJunk)) f |= kFlagPositive;
    bool hard = false, decisive = false, soft = false, meta = false;
    int caption = 0;
    for (size_t k = 0; k < words.size(); ++k) {
      const std::string& w = words[k];
      hard = hard || IsHardJunkWord(w);
      decisive = decisive || IsDecisiveJunkWord(w);
      soft = soft || IsSoftJunkWord(w);
      meta = meta || IsMetaWord(w);
      caption = std::max(caption, CaptionWordStrength(w));
      if (k + 1 < words.size()) {  // two-word names: "sr only", "screen reader"
        const std::string& x = words[k + 1];
        if ((w == "sr" && x == "only") || (w == "screen" && x == "reader") ||
            (w == "visually" && x == "hidden") || (w == "read" && x == "more")) {
          hard = true;
        }
        // Author boxes: "author-box", "about-author", "autor-info", "author__bio".
        const bool author_w = w == "author" || w == "autor" || x == "author" || x == "autor";
        const std::string& other = (w == "author" || w == "autor") ? x : w;
        if (author_w && OneOf(other, {"box", "bio", "info", "about", "profile", "card", "details",
                                      "description", "teaser", "biography", "wrapper"})) {
          hard = decisive = true;
        }
      }
    }
    if (big) continue;
    const bool linky =
        link_density > 0.35 || (s.links >= 3 && s.paragraphs == 0 && link_density > 0.2);
    // "entry share", "article-content has-comments": a content word next to a junk word on an
    // element full of prose is a theme modifier, not a share bar.
    bool positive = false;
    for (const std::string& w : words) {
      positive = positive || OneOf(w, {"article", "entry", "content", "post", "text", "story",
                                       "body", "artikel", "beitrag"});
    }
    const uint32_t plain = s.text - std::min(s.text, s.link_text);
    const bool prose = link_density < 0.3 && ((positive && (s.paragraphs >= 2 || plain >= 500)) ||
                                              (!decisive && (s.paragraphs >= 3 || plain >= 1500)));
    if (hard && !prose) {
      f |= kFlagJunk;
    } else if (s.paragraphs == 0 &&
               ((caption == 2 && s.text < 400) || (caption == 1 && s.text < 150))) {
      f |= kFlagCaption;
    } else if (meta && s.paragraphs == 0 && s.text < 300) {
      f |= kFlagMeta;
    } else if (soft && (linky || s.text < 40) && !headline[static_cast<size_t>(i)]) {
      // ("entry-header" around the <h1> and a linked date is the article's head, not a box.)
      // A tiny "headline-info"/"author-info" box that holds just a date is the date line.
      if (!linky && s.text >= 6 && FindTextDate(dom.TextOf(i), false)) {
        f |= kFlagMeta;
      } else {
        f |= kFlagJunk;
      }
    }
    if (std::find(words.begin(), words.end(), "header") != words.end() && s.paragraphs <= 1 &&
        s.text < 600) {
      f |= kFlagHeader;
    }
  }
  return flags;
}

}  // namespace tri::ingest

#include "ingest/html_content.h"

#include <algorithm>
#include <unordered_map>

#include "ingest/text_util.h"

namespace tri::ingest {
namespace {

int Commas(std::string_view s) {
  int n = 0;
  for (size_t i = 0; i < s.size(); ++i) {
    if (s[i] == ',') ++n;
    // U+FF0C / U+3001 (CJK commas) count too.
    if (i + 2 < s.size() && s[i] == '\xEF' && s[i + 1] == '\xBC' && s[i + 2] == '\x8C') ++n;
  }
  return n;
}

double TagBase(GumboTag t) {
  switch (t) {
    case GUMBO_TAG_DIV:
    case GUMBO_TAG_ARTICLE:
    case GUMBO_TAG_MAIN:
    case GUMBO_TAG_SECTION:
      return 5;
    case GUMBO_TAG_PRE:
    case GUMBO_TAG_TD:
    case GUMBO_TAG_BLOCKQUOTE:
      return 3;
    case GUMBO_TAG_ADDRESS:
    case GUMBO_TAG_OL:
    case GUMBO_TAG_UL:
    case GUMBO_TAG_DL:
    case GUMBO_TAG_DD:
    case GUMBO_TAG_DT:
    case GUMBO_TAG_LI:
    case GUMBO_TAG_FORM:
      return -3;
    case GUMBO_TAG_H1:
    case GUMBO_TAG_H2:
    case GUMBO_TAG_H3:
    case GUMBO_TAG_H4:
    case GUMBO_TAG_H5:
    case GUMBO_TAG_H6:
    case GUMBO_TAG_TH:
      return -5;
    default:
      return 0;
  }
}

bool IsParagraphTag(GumboTag t) {
  return t == GUMBO_TAG_P || t == GUMBO_TAG_LI || t == GUMBO_TAG_PRE || t == GUMBO_TAG_DD ||
         t == GUMBO_TAG_DT || t == GUMBO_TAG_BLOCKQUOTE || t == GUMBO_TAG_H2 || t == GUMBO_TAG_H3 ||
         t == GUMBO_TAG_H4 || t == GUMBO_TAG_SPAN || t == GUMBO_TAG_FONT || t == GUMBO_TAG_B ||
         t == GUMBO_TAG_STRONG || t == GUMBO_TAG_EM || t == GUMBO_TAG_I;
}

}  // namespace

ContentChoice ChooseContent(const HtmlDom& dom, const std::vector<uint8_t>& flags,
                            const std::vector<NodeStats>& stats,
                            const std::vector<TextBlock>& blocks) {
  ContentChoice choice;
  const int32_t body = dom.body() >= 0 ? dom.body() : 0;
  std::unordered_map<int32_t, double> score;
  auto init = [&](int32_t n) -> double& {
    auto [it, inserted] = score.try_emplace(n, 0.0);
    if (inserted) {
      it->second = TagBase(dom.node(n).tag) + 25.0 * ClassWeight(ClassWords(dom, n));
      if (flags[static_cast<size_t>(n)] & kFlagPositive) it->second += 10;
    }
    return it->second;
  };
  for (const TextBlock& b : blocks) {
    if (b.flags & (kFlagCaption | kFlagMeta) || b.heading_level) continue;
    const size_t len = CodePointCount(b.text);
    if (len < 25 || b.link_density() > 0.5) continue;
    const double s = 1.0 + Commas(b.text) + std::min(3.0, static_cast<double>(len) / 100.0);
    int32_t n = b.owner;
    if (IsParagraphTag(dom.node(n).tag) && n != body && dom.node(n).parent >= 0) {
      n = dom.node(n).parent;
    }
    for (int level = 0; level < 5 && n >= 0; ++level) {
      const double divider = level == 0 ? 1 : level == 1 ? 2 : level * 3;
      init(n) += s / divider;
      if (n == body) break;
      n = dom.node(n).parent;
    }
  }
  // Link density lowers a candidate's score: a block of teaser links is not an article.
  std::vector<std::pair<double, int32_t>> ranked;
  for (auto& [n, s] : score) {
    const NodeStats& st = stats[static_cast<size_t>(n)];
    const double ld = st.text ? static_cast<double>(st.link_text) / st.text : 0.0;
    s *= 1.0 - ld;
    ranked.emplace_back(s, n);
  }
  std::sort(ranked.begin(), ranked.end(), [](const auto& a, const auto& b) {
    return a.first != b.first ? a.first > b.first : a.second < b.second;
  });
  if (ranked.empty() || ranked.front().first <= 0) {
    choice.roots.push_back(body);
    choice.method = "body";
    return choice;
  }
  int32_t top = ranked.front().second;
  double top_score = ranked.front().first;
  auto score_of = [&](int32_t n) {
    auto it = score.find(n);
    return it == score.end() ? 0.0 : it->second;
  };
  // Several near-equal candidates sharing an ancestor: the article is split into columns or
  // sections, and the ancestor is the article.
  std::vector<int32_t> close;
  for (size_t k = 1; k < std::min<size_t>(ranked.size(), 5); ++k) {
    if (ranked[k].first >= top_score * 0.75) close.push_back(ranked[k].second);
  }
  if (close.size() >= 2) {
    for (int32_t p = dom.node(top).parent; p >= 0 && p != body; p = dom.node(p).parent) {
      int inside = 0;
      for (int32_t c : close) inside += InSubtree(dom, p, c);
      if (inside >= 2) {
        top = p;
        break;
      }
    }
  }
  // Climb while the parent scores better (its text is the article and more).
  {
    double last = score_of(top);
    const double threshold = last / 3;
    for (int32_t p = dom.node(top).parent; p >= 0 && p != body; p = dom.node(p).parent) {
      const double ps = score_of(p);
      if (ps == 0.0) continue;
      if (ps < threshold) break;
      if (ps > last) {
        top = p;
        break;
      }
      last = ps;
    }
  }
  // A lone child carries nothing its parent doesn't.
  while (top != body && dom.node(top).parent >= 0 && dom.node(top).parent != body) {
    const int32_t p = dom.node(top).parent;
    if (stats[static_cast<size_t>(p)].text != stats[static_cast<size_t>(top)].text) break;
    top = p;
  }
  top_score = std::max(score_of(top), top_score);

  // Siblings that belong to the article.
  const int32_t parent = dom.node(top).parent;
  if (parent < 0 || top == body) {
    choice.roots.push_back(top);
    choice.method = "score";
    return choice;
  }
  const double sibling_threshold = std::max(10.0, top_score * 0.2);
  const std::string top_class(dom.Attr(top, "class"));
  for (int32_t c = dom.FirstChild(parent); c >= 0; c = dom.NextSibling(c)) {
    if (c == top) {
      choice.roots.push_back(c);
      continue;
    }
    if (!dom.IsElement(c) || flags[static_cast<size_t>(c)] & (kFlagJunk | kFlagCaption)) continue;
    double bonus = 0;
    if (!top_class.empty() && dom.Attr(c, "class") == top_class) bonus = top_score * 0.2;
    bool append = score_of(c) + bonus >= sibling_threshold;
    const GumboTag ctag = dom.node(c).tag;
    if (!append && (ctag == GUMBO_TAG_UL || ctag == GUMBO_TAG_OL)) {
      // A list of statements between or after the article's paragraphs, not a link list.
      const NodeStats& st = stats[static_cast<size_t>(c)];
      append = st.text > 80 && st.link_text * 10 < st.text;
    }
    if (!append && (ctag == GUMBO_TAG_P || ctag == GUMBO_TAG_DIV)) {
      const NodeStats& st = stats[static_cast<size_t>(c)];
      const double ld = st.text ? static_cast<double>(st.link_text) / st.text : 0.0;
      const std::string text = dom.TextOf(c);
      const size_t len = CodePointCount(text);
      if (len > 80 && ld < 0.25) append = true;
      if (len > 0 && len <= 80 && ld == 0 &&
          (text.back() == '.' || text.find(". ") != std::string::npos)) {
        append = true;
      }
    }
    if (append) choice.roots.push_back(c);
  }
  choice.method = "score";
  return choice;
}

}  // namespace tri::ingest

// CapNesting: a linear tag scan that bounds element nesting before gumbo builds the tree.
// It tracks an approximation of the HTML5 stack of open elements: void elements never open,
// an end tag closes up to the nearest open element of its name, and the elements HTML closes
// implicitly (p, li, dt, dd, option, tr, td, th) close their open sibling. Raw-text elements
// (script, style, textarea, title) are skipped whole, comments too.
#include <string>
#include <vector>

#include "ingest/html_dom.h"
#include "ingest/text_util.h"

namespace tri::ingest {
namespace {

bool IsVoid(std::string_view t) {
  static constexpr std::string_view kVoid[] = {
      "area",  "base",   "br",    "col", "embed",  "hr",    "img",      "input",   "link", "meta",
      "param", "source", "track", "wbr", "keygen", "frame", "basefont", "bgsound", "image"};
  for (std::string_view v : kVoid) {
    if (t == v) return true;
  }
  return false;
}

bool IsRawText(std::string_view t) {
  return t == "script" || t == "style" || t == "textarea" || t == "title" || t == "xmp" ||
         t == "iframe" || t == "noembed" || t == "noframes" || t == "plaintext";
}

bool ClosesSelf(std::string_view t) {
  return t == "p" || t == "li" || t == "dt" || t == "dd" || t == "option" || t == "tr" ||
         t == "td" || t == "th" || t == "a";
}

bool ClosesParagraph(std::string_view t) {
  static constexpr std::string_view kBlocks[] = {
      "address", "article", "aside",      "blockquote", "div", "dl",  "fieldset", "footer",
      "form",    "h1",      "h2",         "h3",         "h4",  "h5",  "h6",       "header",
      "hr",      "main",    "nav",        "ol",         "p",   "pre", "section",  "table",
      "ul",      "figure",  "figcaption", "details",    "menu"};
  for (std::string_view b : kBlocks) {
    if (t == b) return true;
  }
  return false;
}

// End of a tag starting at html[i] == '<' (index after '>'), honouring quoted attributes.
size_t TagEnd(std::string_view html, size_t i) {
  char quote = 0;
  for (size_t k = i + 1; k < html.size(); ++k) {
    const char c = html[k];
    if (quote) {
      if (c == quote) quote = 0;
    } else if (c == '"' || c == '\'') {
      // Quotes only open inside attribute values (after '='); a stray quote elsewhere must not
      // swallow the rest of the page.
      size_t b = k;
      while (b > i && IsAsciiSpace(html[b - 1])) --b;
      if (b > i && html[b - 1] == '=') quote = c;
    } else if (c == '>') {
      return k + 1;
    }
  }
  return html.size();
}

}  // namespace

std::optional<std::string> CapNesting(std::string_view html, uint32_t max_depth) {
  std::vector<std::string> open;
  std::string out;
  bool dropped = false;
  size_t copied = 0;  // html[copied, i) still has to be appended to `out` (once dropping starts)
  size_t i = 0;
  while ((i = html.find('<', i)) != std::string_view::npos) {
    if (StartsWith(html.substr(i), "<!--")) {
      const size_t end = html.find("-->", i + 4);
      i = end == std::string_view::npos ? html.size() : end + 3;
      continue;
    }
    if (i + 1 >= html.size()) break;
    const bool closing = html[i + 1] == '/';
    const size_t name_begin = i + (closing ? 2 : 1);
    if (name_begin >= html.size() || !IsAsciiAlpha(html[name_begin])) {
      i = html[i + 1] == '!' || html[i + 1] == '?' ? TagEnd(html, i) : i + 1;
      continue;
    }
    size_t name_end = name_begin;
    while (name_end < html.size() &&
           (IsAsciiAlnum(html[name_end]) || html[name_end] == '-' || html[name_end] == ':')) {
      ++name_end;
    }
    const std::string name = AsciiLower(html.substr(name_begin, name_end - name_begin));
    const size_t end = TagEnd(html, i);
    if (closing) {
      for (size_t k = open.size(); k-- > 0;) {
        if (open[k] == name) {
          open.resize(k);
          break;
        }
        if (open.size() - k > 64) break;  // unmatched end tag: ignored, as HTML does
      }
      i = end;
      continue;
    }
    if (!open.empty() && ClosesSelf(name) && open.back() == name) open.pop_back();
    if (!open.empty() && open.back() == "p" && ClosesParagraph(name)) open.pop_back();
    const bool self_closing = end >= 2 && html[end - 2] == '/';
    if (IsRawText(name)) {
      const std::string close = "</" + name;
      size_t k = end;
      while (k < html.size()) {
        k = html.find("</", k);
        if (k == std::string_view::npos || StartsWithNoCase(html.substr(k), close)) break;
        k += 2;
      }
      i = k == std::string_view::npos ? html.size() : k;
      continue;
    }
    if (!IsVoid(name) && !self_closing) {
      if (open.size() >= max_depth) {
        if (!dropped) out.reserve(html.size());
        dropped = true;
        out.append(html.substr(copied, i - copied));
        copied = end;
      } else {
        open.push_back(name);
      }
    }
    i = end;
  }
  if (!dropped) return std::nullopt;
  out.append(html.substr(copied));
  return out;
}

}  // namespace tri::ingest

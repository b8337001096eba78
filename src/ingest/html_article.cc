// Article assembly from a classified page (BuildArticle in html_article.h): title, head,
// body blocks in reading order, and the metadata lines found among them.
#include "ingest/html_article.h"

#include <algorithm>

#include "ingest/dates.h"
#include "ingest/html_classify.h"
#include "ingest/lines.h"
#include "ingest/text_util.h"

namespace tri::ingest {
namespace {

bool InAnyRoot(const HtmlDom& dom, const ContentChoice& choice, int32_t n) {
  for (int32_t r : choice.roots) {
    if (dom.Contains(r, n)) return true;
  }
  return false;
}

bool HasPublicationLabel(std::string_view lower) {
  for (std::string_view label : {"veröffentlicht", "stand:", "stand ", "erschienen", "published",
                                 "posted", "erstellt", "publiziert", "datum:", "date:"}) {
    if (lower.find(label) != std::string_view::npos) return true;
  }
  return false;
}

std::string Normalized(std::string_view s) { return AsciiLower(CollapseWhitespace(s)); }

// Section titles after which a page has no more article text.
bool EndsArticle(std::string_view text) {
  std::string t = AsciiLower(Trim(text));
  while (!t.empty() && (t.back() == ':' || t.back() == '.' || t.back() == '?' || t.back() == '!'))
    t.pop_back();
  static constexpr std::string_view kEnds[] = {"mehr zum thema",
                                               "das könnte sie auch interessieren",
                                               "weitere artikel",
                                               "verwandte artikel",
                                               "ähnliche artikel",
                                               "related",
                                               "related articles",
                                               "related stories",
                                               "related posts",
                                               "read more",
                                               "read next",
                                               "more on this story",
                                               "kommentare",
                                               "comments",
                                               "leave a comment",
                                               "leave a reply",
                                               "kommentar schreiben",
                                               "kommentar hinterlassen",
                                               "lesen sie auch",
                                               "auch interessant",
                                               "empfehlungen",
                                               "meistgelesen",
                                               "meistgelesene artikel",
                                               "mehr artikel",
                                               "mehr news",
                                               "top-themen",
                                               "newsletter",
                                               "zum thema",
                                               "über den autor",
                                               "über die autorin",
                                               "about the author",
                                               "zum autor",
                                               "zur autorin",
                                               "schlagwörter",
                                               "tags"};
  for (std::string_view e : kEnds) {
    if (t == e) return true;
  }
  return false;
}

// Headings with nothing of their own under them are what remains of a box whose links were
// dropped ("Neueste Artikel", "Schon gelesen?"): a heading followed by the end of the article
// or by a heading of the same or a higher level goes.
void PruneDanglingHeadings(std::vector<ArticleParts::Part>& body) {
  for (size_t k = body.size(); k-- > 0;) {
    if (body[k].kind != BlockKind::kHeading) continue;
    const bool last = k + 1 == body.size();
    const bool followed_by_heading =
        !last && body[k + 1].kind == BlockKind::kHeading && body[k + 1].level <= body[k].level;
    if (last || followed_by_heading) body.erase(body.begin() + static_cast<std::ptrdiff_t>(k));
  }
}

}  // namespace

ArticleParts BuildArticle(const HtmlDom& dom, const std::vector<uint8_t>& flags,
                          const std::vector<TextBlock>& blocks, const ContentChoice& choice,
                          bool english, MetaCandidates& meta) {
  ArticleParts parts;
  std::vector<bool> in_content(blocks.size());
  size_t first_content = blocks.size();
  for (size_t b = 0; b < blocks.size(); ++b) {
    in_content[b] = InAnyRoot(dom, choice, blocks[b].owner);
    if (in_content[b] && first_content == blocks.size()) first_content = b;
  }
  // The headline: the first <h1> in the content, else the last one before it.
  size_t headline = blocks.size();
  for (size_t b = 0; b < blocks.size(); ++b) {
    if (blocks[b].heading_level != 1 || blocks[b].flags & kFlagCaption) continue;
    if (in_content[b]) {
      headline = b;
      break;
    }
    if (b < first_content) headline = b;
  }
  if (headline < blocks.size()) {
    parts.headline = blocks[headline].text;
    parts.headline_node = blocks[headline].owner;
    meta.Add("title", parts.headline, "h1", 0.8);
  }
  // The head of the article ends at its first long, link-poor paragraph.
  size_t head_end = blocks.size();
  for (size_t b = first_content; b < blocks.size(); ++b) {
    if (in_content[b] && !blocks[b].heading_level && blocks[b].text.size() >= 120 &&
        blocks[b].link_density() < 0.3 && !(blocks[b].flags & (kFlagCaption | kFlagMeta))) {
      head_end = b;
      break;
    }
  }
  if (head_end < blocks.size()) parts.head_end_node = blocks[head_end].owner;
  if (parts.headline_node >= 0) {
    int32_t up = parts.headline_node;
    for (int k = 0; k < 2 && dom.node(up).parent > 0; ++k) up = dom.node(up).parent;
    parts.head_begin_node = up;
  } else if (!choice.roots.empty()) {
    parts.head_begin_node = choice.roots.front();
  }
  size_t head_begin = headline < first_content ? headline : first_content;
  // A kicker or date line just above the headline, in the headline's own box, is head too
  // ("05.03.2021 - Institut ..." over the <h1>).
  for (int k = 0; k < 2 && head_begin == headline && head_begin > 0 && parts.head_begin_node >= 0;
       ++k) {
    const TextBlock& prev = blocks[head_begin - 1];
    if (!dom.Contains(parts.head_begin_node, prev.owner) || prev.text.size() > 160 ||
        prev.flags & kFlagJunk) {
      break;
    }
    --head_begin;
  }

  const std::string norm_headline = Normalized(parts.headline);
  bool caption_open = false;  // the previous block was a caption still waiting for a credit
  bool first_body = true;
  bool ended = false;
  size_t content_bytes = 0, body_bytes = 0;
  for (size_t b = 0; b < blocks.size(); ++b) {
    if (in_content[b]) content_bytes += blocks[b].text.size();
  }
  for (size_t b = 0; b < blocks.size(); ++b) {
    const TextBlock& tb = blocks[b];
    const bool in_head = b >= head_begin && b <= head_end;
    const bool meta_block = (tb.flags & kFlagMeta) != 0;
    const bool header_block = (tb.flags & kFlagHeader) != 0;
    if (!in_content[b] && !((meta_block || header_block) && in_head) &&
        !(in_head && b < first_content)) {
      caption_open = false;
      // A labelled date line ("Veröffentlicht am ...") outside the chosen content still says
      // when the page was published; unlabelled dates out here belong to other things.
      if (tb.text.size() <= 160 && !(tb.flags & kFlagCaption) &&
          tb.text.find_first_of("0123456789") != std::string::npos &&
          HasPublicationLabel(AsciiLower(tb.text))) {
        const LineInfo li = ClassifyLine(tb.text, english);
        if ((li.kind == LineKind::kDateLine || li.kind == LineKind::kByline) && li.date) {
          meta.AddDate(li.modified ? "modified" : "published", li.date->when,
                       "labelled text line \"" + tb.text.substr(0, 60) + "\"", 0.6);
        }
      }
      continue;
    }
    if (tb.flags & kFlagCaption) {
      const LineInfo li = ClassifyLine(tb.text, english);
      if (li.kind == LineKind::kCredit) {
        if (caption_open && parts.captions.back().credit.empty()) {
          parts.captions.back().credit = li.credit;
        } else {
          parts.captions.push_back({"", li.credit});
        }
        caption_open = false;
      } else if (li.kind == LineKind::kCaption) {
        parts.captions.push_back({li.caption, li.credit});
        caption_open = li.credit.empty();
      } else if (tb.text.size() > 1) {
        parts.captions.push_back({tb.text, ""});
        caption_open = true;
      }
      continue;
    }
    LineInfo li;
    if (tb.text.size() <= 600) li = ClassifyLine(tb.text, english);
    const std::string lower = AsciiLower(tb.text);
    const double place = in_head ? 0.72 : 0.5;
    switch (li.kind) {
      case LineKind::kDateLine:
        if (in_head || HasPublicationLabel(lower) || meta_block) {
          const double c = place + (HasPublicationLabel(lower) ? 0.03 : 0.0);
          meta.AddDate(li.modified ? "modified" : "published", li.date->when,
                       "text line \"" + tb.text.substr(0, 60) + "\"", li.modified ? c : c);
          if (li.modified) meta.AddDate("published", li.date->when, "text line (update)", c - 0.3);
        }
        caption_open = false;
        continue;
      case LineKind::kByline:
        meta.AddList("authors", li.authors, "byline \"" + tb.text.substr(0, 60) + "\"",
                     in_head ? 0.72 : 0.6);
        if (!li.agency.empty()) meta.Add("agency", li.agency, "byline", 0.75);
        if (li.date && (in_head || meta_block)) {
          meta.AddDate("published", li.date->when, "byline date", place);
        }
        caption_open = false;
        continue;
      case LineKind::kAgency:
        if (!li.agency.empty())
          meta.Add("agency", li.agency, "text line \"" + tb.text.substr(0, 60) + "\"", 0.75);
        caption_open = false;
        continue;
      case LineKind::kCredit:
        if (caption_open && parts.captions.back().credit.empty()) {
          parts.captions.back().credit = li.credit;
        } else {
          parts.captions.push_back({"", li.credit});
        }
        caption_open = false;
        continue;
      case LineKind::kCaption:
        parts.captions.push_back({li.caption, li.credit});
        caption_open = li.credit.empty();
        continue;
      case LineKind::kBoilerplate:
        // "Mehr zum Thema", "Kommentare", "Related stories" late in the content: the article
        // is over, what follows are teasers and threads.
        if (in_content[b] && body_bytes * 2 >= content_bytes && EndsArticle(tb.text)) ended = true;
        continue;
      case LineKind::kBody:
        if (in_head && !tb.heading_level && !ended) {
          if (auto d = DateFirstLine(tb.text, english)) {
            meta.AddDate("published", d->when, "head line \"" + tb.text.substr(0, 60) + "\"",
                         place - 0.04);
            caption_open = false;
            continue;
          }
        }
        break;
    }
    caption_open = false;
    // A standfirst between the headline and the body ("<p class=lead>") is article text even
    // when the content choice started below it.
    const bool standfirst = !in_content[b] && in_head && b > headline && headline < blocks.size() &&
                            b < first_content && !tb.heading_level && tb.link_density() < 0.2 &&
                            CodePointCount(tb.text) >= 60 && !(tb.flags & kFlagJunk);
    if ((!in_content[b] && !standfirst) || meta_block || ended) continue;
    if (b == headline || (tb.heading_level && Normalized(tb.text) == norm_headline)) continue;
    const size_t len = CodePointCount(tb.text);
    const double ld = tb.link_density();
    if (ld > 0.5 && (len < 200 || tb.starts_with_link)) continue;
    if (first_body && !tb.heading_level) {
      first_body = false;
      const std::string agency = LeadingAgency(tb.text);
      if (!agency.empty()) meta.Add("agency", agency, "dateline of the first paragraph", 0.8);
      if (auto d = LeadingDate(tb.text, english)) {
        meta.AddDate("published", d->when, "dateline of the first paragraph", 0.65);
      }
    }
    parts.body.push_back({tb.kind, tb.text, tb.heading_level});
    body_bytes += tb.text.size();
  }
  PruneDanglingHeadings(parts.body);
  return parts;
}

}  // namespace tri::ingest

#include "ingest/html_blocks.h"

#include "ingest/html_classify.h"
#include "ingest/text_util.h"

namespace tri::ingest {
namespace {

struct OpenElement {
  int32_t node;
  int32_t end;
  uint8_t flags;  // accumulated from the ancestors
  bool block;
  bool link;
  uint8_t quote_depth;
  uint8_t list_depth;
};

uint8_t HeadingLevel(GumboTag t) {
  switch (t) {
    case GUMBO_TAG_H1:
      return 1;
    case GUMBO_TAG_H2:
      return 2;
    case GUMBO_TAG_H3:
      return 3;
    case GUMBO_TAG_H4:
      return 4;
    case GUMBO_TAG_H5:
      return 5;
    case GUMBO_TAG_H6:
      return 6;
    default:
      return 0;
  }
}

}  // namespace

std::vector<TextBlock> SegmentBlocks(const HtmlDom& dom, const std::vector<uint8_t>& flags,
                                     int32_t root) {
  std::vector<TextBlock> blocks;
  if (root < 0 || root >= dom.size()) return blocks;
  std::vector<OpenElement> open;
  std::string buffer;
  bool pending_space = false;
  uint32_t link_bytes = 0;
  bool starts_with_link = false;
  int32_t time_node = -1;

  auto flush = [&](bool line_break) {
    std::string_view t = Trim(buffer);
    if (!t.empty()) {
      TextBlock b;
      b.text = std::string(t);
      b.link_bytes = std::min<uint32_t>(link_bytes, static_cast<uint32_t>(b.text.size()));
      b.starts_with_link = starts_with_link;
      b.ends_line = line_break;
      b.time_node = time_node;
      const OpenElement* owner = nullptr;
      for (size_t k = open.size(); k-- > 0;) {
        if (open[k].block) {
          owner = &open[k];
          break;
        }
      }
      if (owner) {
        b.owner = owner->node;
        b.flags = owner->flags;
      } else {
        b.owner = root;
        b.flags = flags[static_cast<size_t>(root)];
      }
      uint8_t level = 0;
      for (const OpenElement& e : open) {
        if (uint8_t l = HeadingLevel(dom.node(e.node).tag)) level = l;
      }
      const uint8_t quote = open.empty() ? 0 : open.back().quote_depth;
      const uint8_t list = open.empty() ? 0 : open.back().list_depth;
      b.heading_level = level;
      if (level) {
        b.kind = BlockKind::kHeading;
      } else if (quote) {
        b.kind = BlockKind::kBlockQuote;
      } else if (list) {
        b.kind = BlockKind::kListItem;
      }
      blocks.push_back(std::move(b));
    }
    buffer.clear();
    pending_space = false;
    link_bytes = 0;
    starts_with_link = false;
    time_node = -1;
  };

  const int32_t end = dom.node(root).end;
  for (int32_t k = root; k < end;) {
    while (!open.empty() && open.back().end <= k) {
      if (open.back().block) flush(false);
      open.pop_back();
    }
    const DomNode& n = dom.node(k);
    if (n.type == NodeType::kText) {
      const bool in_link = !open.empty() && open.back().link;
      const size_t before = buffer.size();
      const bool was_empty = Trim(buffer).empty();
      AppendCollapsed(buffer, dom.Text(k), pending_space);
      if (in_link) {
        link_bytes += static_cast<uint32_t>(buffer.size() - before);
        if (was_empty && !Trim(buffer).empty()) starts_with_link = true;
      }
      ++k;
      continue;
    }
    const uint8_t f = flags[static_cast<size_t>(k)];
    if (f & kFlagJunk && k != root) {
      k = n.end;
      continue;
    }
    const bool block = IsBlockTag(n.tag) || n.tag == GUMBO_TAG_UNKNOWN;
    if (block) flush(n.tag == GUMBO_TAG_BR);
    if (n.tag == GUMBO_TAG_TIME && time_node < 0) time_node = k;
    OpenElement e;
    e.node = k;
    e.end = n.end;
    e.flags = static_cast<uint8_t>((open.empty() ? 0 : open.back().flags) | f);
    e.block = block;
    e.link = n.tag == GUMBO_TAG_A || (!open.empty() && open.back().link);
    e.quote_depth = static_cast<uint8_t>((open.empty() ? 0 : open.back().quote_depth) +
                                         (n.tag == GUMBO_TAG_BLOCKQUOTE ? 1 : 0));
    e.list_depth = static_cast<uint8_t>(
        (open.empty() ? 0 : open.back().list_depth) +
        (n.tag == GUMBO_TAG_LI || n.tag == GUMBO_TAG_DD || n.tag == GUMBO_TAG_DT ? 1 : 0));
    if (n.tag == GUMBO_TAG_IMG) {
      ++k;
      continue;
    }
    open.push_back(e);
    ++k;
  }
  while (!open.empty()) {
    if (open.back().block) flush(false);
    open.pop_back();
  }
  flush(false);
  return blocks;
}

}  // namespace tri::ingest

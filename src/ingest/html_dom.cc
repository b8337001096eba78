#include "ingest/html_dom.h"

#include <cstdlib>
#include <utility>

#include "ingest/text_util.h"

namespace tri::ingest {

// Bump allocator for gumbo: frees nothing until the page is done, which makes gumbo faster
// and lets us drop the tree without gumbo's recursive destructor.
struct HtmlDom::Arena {
  std::vector<void*> blocks;
  char* cur = nullptr;
  size_t left = 0;
  size_t next_block = 64 << 10;

  void* Allocate(size_t n) {
    n = (n + 15) & ~static_cast<size_t>(15);
    if (n > left) {
      const size_t size = n > next_block ? n : next_block;
      if (next_block < (4u << 20)) next_block *= 2;
      cur = static_cast<char*>(std::malloc(size));
      if (!cur) std::abort();  // out of memory: nothing sensible to return to gumbo
      blocks.push_back(cur);
      left = size;
    }
    void* p = cur;
    cur += n;
    left -= n;
    return p;
  }
  ~Arena() {
    for (void* b : blocks) std::free(b);
  }
};

namespace {

void* ArenaAllocate(void* userdata, size_t size) {
  return static_cast<HtmlDom::Arena*>(userdata)->Allocate(size);  // NOLINT
}
void ArenaFree(void*, void*) {}

}  // namespace

HtmlDom::~HtmlDom() = default;

std::unique_ptr<HtmlDom> HtmlDom::Parse(std::string_view html, uint32_t max_depth) {
  std::unique_ptr<HtmlDom> dom(new HtmlDom());
  if (auto capped = CapNesting(html, max_depth)) {
    dom->capped_ = std::move(*capped);
    html = dom->capped_;
    dom->depth_capped_ = true;
  }
  dom->arena_ = std::make_unique<Arena>();
  GumboOptions options = kGumboDefaultOptions;
  options.allocator = ArenaAllocate;
  options.deallocator = ArenaFree;
  options.userdata = dom->arena_.get();
  options.max_errors = 0;  // we never read gumbo's error list; recording it is slow
  dom->output_ = gumbo_parse_with_options(&options, html.data(), html.size());

  // Iterative pre-order flattening: (node index, next child to visit).
  std::vector<DomNode>& nodes = dom->nodes_;
  nodes.reserve(html.size() / 40 + 16);
  std::vector<std::pair<int32_t, unsigned>> stack;
  auto push = [&](const GumboNode* g, int32_t parent, uint16_t depth) {
    DomNode n;
    n.gumbo = g;
    n.parent = parent;
    n.depth = depth;
    if (g->type == GUMBO_NODE_ELEMENT || g->type == GUMBO_NODE_DOCUMENT) {
      n.type = NodeType::kElement;
      n.tag = g->type == GUMBO_NODE_ELEMENT ? g->v.element.tag : GUMBO_TAG_UNKNOWN;
    } else {
      n.type = NodeType::kText;
    }
    nodes.push_back(n);
    const auto index = static_cast<int32_t>(nodes.size() - 1);
    if (n.type == NodeType::kElement) {
      stack.emplace_back(index, 0u);
    } else {
      nodes.back().end = index + 1;
    }
    if (n.tag == GUMBO_TAG_HEAD && dom->head_ < 0) dom->head_ = index;
    if (n.tag == GUMBO_TAG_BODY && dom->body_ < 0) dom->body_ = index;
  };
  push(dom->output_->document, -1, 0);
  while (!stack.empty()) {
    auto& [index, child] = stack.back();
    const GumboNode* g = nodes[static_cast<size_t>(index)].gumbo;
    const GumboVector* children =
        g->type == GUMBO_NODE_DOCUMENT ? &g->v.document.children : &g->v.element.children;
    if (child < children->length) {
      const auto* c = static_cast<const GumboNode*>(children->data[child++]);
      const bool keep = c->type == GUMBO_NODE_ELEMENT || c->type == GUMBO_NODE_TEXT ||
                        c->type == GUMBO_NODE_WHITESPACE || c->type == GUMBO_NODE_CDATA;
      if (keep) {
        const uint16_t d = nodes[static_cast<size_t>(index)].depth;
        push(c, index, d == 65535 ? d : static_cast<uint16_t>(d + 1));
      }
      continue;
    }
    nodes[static_cast<size_t>(index)].end = static_cast<int32_t>(nodes.size());
    stack.pop_back();
  }
  return dom;
}

int32_t HtmlDom::NextSibling(int32_t i) const {
  const int32_t next = node(i).end;
  const int32_t p = node(i).parent;
  if (p < 0 || next >= node(p).end) return -1;
  return next;
}

std::string_view HtmlDom::Attr(int32_t i, const char* name) const {
  const GumboNode* g = node(i).gumbo;
  if (g->type != GUMBO_NODE_ELEMENT) return {};
  const GumboAttribute* a = gumbo_get_attribute(&g->v.element.attributes, name);
  return a ? std::string_view(a->value) : std::string_view();
}

bool HtmlDom::HasAttr(int32_t i, const char* name) const {
  const GumboNode* g = node(i).gumbo;
  return g->type == GUMBO_NODE_ELEMENT &&
         gumbo_get_attribute(&g->v.element.attributes, name) != nullptr;
}

std::string HtmlDom::TagName(int32_t i) const {
  const GumboNode* g = node(i).gumbo;
  if (g->type != GUMBO_NODE_ELEMENT) return "";
  if (g->v.element.tag != GUMBO_TAG_UNKNOWN) return gumbo_normalized_tagname(g->v.element.tag);
  GumboStringPiece piece = g->v.element.original_tag;
  if (piece.length == 0) return "";
  gumbo_tag_from_original_text(&piece);
  return AsciiLower(std::string_view(piece.data, piece.length));
}

std::string_view HtmlDom::Text(int32_t i) const {
  const GumboNode* g = node(i).gumbo;
  if (g->type == GUMBO_NODE_TEXT || g->type == GUMBO_NODE_WHITESPACE ||
      g->type == GUMBO_NODE_CDATA) {
    return g->v.text.text;
  }
  return {};
}

std::string HtmlDom::TextOf(int32_t i) const {
  std::string out;
  bool pending = false;
  for (int32_t k = i; k < node(i).end;) {
    const DomNode& n = node(k);
    if (n.type == NodeType::kText) {
      AppendCollapsed(out, Text(k), pending);
      ++k;
      continue;
    }
    if (n.tag == GUMBO_TAG_SCRIPT || n.tag == GUMBO_TAG_STYLE || n.tag == GUMBO_TAG_TEMPLATE ||
        n.tag == GUMBO_TAG_NOSCRIPT) {
      k = n.end;
      continue;
    }
    if (n.tag == GUMBO_TAG_BR || n.tag == GUMBO_TAG_P || n.tag == GUMBO_TAG_DIV ||
        n.tag == GUMBO_TAG_LI || n.tag == GUMBO_TAG_TD) {
      pending = true;
    }
    ++k;
  }
  return out;
}

}  // namespace tri::ingest

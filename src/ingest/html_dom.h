// HtmlDom: one parsed HTML page (gumbo, HTML5 rules) as a flat pre-order array of nodes, so
// every walk over it is a loop and never a recursion: node i's subtree is [i, node(i).end).
// Parsing never fails: any bytes give some tree. Nesting deeper than a limit is flattened
// before gumbo sees it (deep nesting makes gumbo's tree building quadratic), and the tree lives
// in an arena that is released at once (gumbo's own destructor recurses over the depth).
#pragma once

#include <gumbo.h>

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace tri::ingest {

enum class NodeType : uint8_t { kElement, kText };

struct DomNode {
  const GumboNode* gumbo = nullptr;
  int32_t parent = -1;
  int32_t end = 0;                   // one past the last node of this subtree
  uint16_t depth = 0;                // saturates at 65535
  GumboTag tag = GUMBO_TAG_UNKNOWN;  // GUMBO_TAG_UNKNOWN for text and custom elements
  NodeType type = NodeType::kElement;
};

class HtmlDom {
 public:
  // `html` must be UTF-8 (gumbo replaces invalid bytes). Elements nested deeper than
  // `max_depth` are dropped (their content is kept in the ancestor at the limit).
  static std::unique_ptr<HtmlDom> Parse(std::string_view html, uint32_t max_depth);
  ~HtmlDom();
  HtmlDom(const HtmlDom&) = delete;
  HtmlDom& operator=(const HtmlDom&) = delete;

  int32_t size() const { return static_cast<int32_t>(nodes_.size()); }
  const DomNode& node(int32_t i) const { return nodes_[static_cast<size_t>(i)]; }
  bool IsElement(int32_t i) const { return node(i).type == NodeType::kElement; }
  bool IsText(int32_t i) const { return node(i).type == NodeType::kText; }
  // The next node after i's subtree (its next sibling or an ancestor's), or size().
  int32_t SkipSubtree(int32_t i) const { return node(i).end; }
  int32_t FirstChild(int32_t i) const { return i + 1 < node(i).end ? i + 1 : -1; }
  int32_t NextSibling(int32_t i) const;
  // True when node n lies in the subtree of `root` (root included).
  bool Contains(int32_t root, int32_t n) const { return n >= root && n < node(root).end; }

  // Attribute value ("" when absent) and presence.
  std::string_view Attr(int32_t i, const char* name) const;
  bool HasAttr(int32_t i, const char* name) const;
  // Lower-cased tag name, also for custom elements ("amp-img").
  std::string TagName(int32_t i) const;
  // The text of a text node ("" for elements); entities already decoded.
  std::string_view Text(int32_t i) const;

  int32_t head() const { return head_; }  // -1 when absent
  int32_t body() const { return body_; }
  bool depth_capped() const { return depth_capped_; }

  // Whitespace-collapsed text of i's subtree, skipping script/style/template content.
  std::string TextOf(int32_t i) const;

  struct Arena;  // gumbo's allocator (defined in html_dom.cc)

 private:
  HtmlDom() = default;
  std::unique_ptr<Arena> arena_;
  std::string capped_;  // the depth-capped copy of the input, when one was needed
  GumboOutput* output_ = nullptr;
  std::vector<DomNode> nodes_;
  int32_t head_ = -1, body_ = -1;
  bool depth_capped_ = false;
};

// Drops start tags (and leaves their content) that would nest deeper than `max_depth`, by a
// tag scan that approximates the HTML5 open-element stack. Nullopt when nothing was dropped.
std::optional<std::string> CapNesting(std::string_view html, uint32_t max_depth);

}  // namespace tri::ingest

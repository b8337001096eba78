// Lookups over a Document's layers that several stages share.
#include "core/document.h"

#include <algorithm>
#include <cassert>

namespace tri {
namespace {

// Sorted by begin and non-overlapping: what makes the binary search in BlockAt valid.
[[maybe_unused]] bool BlocksOrdered(const std::vector<Block>& blocks) {
  for (size_t i = 1; i < blocks.size(); ++i) {
    if (blocks[i].span.begin < blocks[i - 1].span.end) return false;
  }
  return true;
}

}  // namespace

const Block* BlockAt(const Document& doc, uint32_t pos) {
  assert(BlocksOrdered(doc.blocks));
  // The first block that ends after pos; pos is inside it unless it starts later.
  const auto it = std::upper_bound(doc.blocks.begin(), doc.blocks.end(), pos,
                                   [](uint32_t p, const Block& b) { return p < b.span.end; });
  if (it == doc.blocks.end() || it->span.begin > pos) return nullptr;
  return &*it;
}

}  // namespace tri

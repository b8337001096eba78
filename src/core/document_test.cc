#include "core/document.h"

#include <gtest/gtest.h>

namespace tri {
namespace {

Document WithBlocks(std::vector<Span> spans) {
  Document doc;
  for (const Span& s : spans) doc.blocks.push_back({s, BlockKind::kParagraph});
  return doc;
}

TEST(BlockAtTest, FindsTheBlockHoldingAnOffset) {
  const Document doc = WithBlocks({{0, 10}, {12, 20}, {20, 30}});
  EXPECT_EQ(BlockAt(doc, 0), &doc.blocks[0]);
  EXPECT_EQ(BlockAt(doc, 9), &doc.blocks[0]);
  EXPECT_EQ(BlockAt(doc, 12), &doc.blocks[1]);
  EXPECT_EQ(BlockAt(doc, 19), &doc.blocks[1]);
  EXPECT_EQ(BlockAt(doc, 20), &doc.blocks[2]);  // end is exclusive: the next block starts here
  EXPECT_EQ(BlockAt(doc, 29), &doc.blocks[2]);
}

TEST(BlockAtTest, NullOutsideEveryBlock) {
  const Document doc = WithBlocks({{5, 10}, {12, 20}});
  EXPECT_EQ(BlockAt(doc, 0), nullptr);   // before the first block
  EXPECT_EQ(BlockAt(doc, 10), nullptr);  // the gap between blocks
  EXPECT_EQ(BlockAt(doc, 11), nullptr);
  EXPECT_EQ(BlockAt(doc, 20), nullptr);  // past the end
  EXPECT_EQ(BlockAt(Document{}, 0), nullptr);
}

TEST(BlockAtTest, SkipsEmptyBlocks) {
  const Document doc = WithBlocks({{0, 4}, {4, 4}, {4, 8}});
  EXPECT_EQ(BlockAt(doc, 4), &doc.blocks[2]);
}

TEST(BlockAtTest, AgreesWithALinearScan) {
  const Document doc = WithBlocks({{0, 3}, {3, 7}, {9, 9}, {9, 15}, {20, 21}});
  for (uint32_t pos = 0; pos < 25; ++pos) {
    const Block* want = nullptr;
    for (const Block& b : doc.blocks) {
      if (b.span.contains(pos)) want = &b;
    }
    EXPECT_EQ(BlockAt(doc, pos), want) << pos;
  }
}

}  // namespace
}  // namespace tri

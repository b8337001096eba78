// Claims stage: head teasers, denials, hedges in the reporting frame and death tolls, on
// sentences written for these tests with hand-made upstream layers.
#include <gtest/gtest.h>

#include "annotate/claims/claims.h"
#include "annotate/claims/test_util.h"
#include "text/text.h"

namespace tri {
namespace {

using namespace testing;  // NOLINT: DocBuilder, Extractor, Slot, ClaimWith

// A caption in the head (before the first body paragraph) is the outlet's teaser: its sentences
// are claims. Captions further down (video teasers, photo captions) and credits are not.
TEST(Claims, HeadTeaserCaptionIsReadLaterCaptionsAreNot) {
  const std::string title = "Die Stadt plant einen neuen Hafen\n";
  const std::string teaser = "Ein Baubeginn im Sommer ist jedoch eher unwahrscheinlich.";
  const std::string credit1 = "(Foto: Max Muster)\n";
  const std::string body = "Der Stadtrat hat am Dienstag über die Pläne beraten.\n";
  const std::string video = "Die Bürgermeisterin verteidigte den Plan vor Journalisten.";
  const std::string credit2 = "(Foto: Eva Beispiel)\n";
  const std::string text = title + teaser + "\n" + credit1 + body + video + "\n" + credit2;
  Document d = DocBuilder(text).Build();
  d.blocks.clear();
  auto add = [&](const std::string& part, BlockKind kind) {
    const size_t at = text.find(part);
    d.blocks.push_back({{uint32_t(at), uint32_t(at + part.size())}, kind});
  };
  add(title, BlockKind::kTitle);
  add(teaser, BlockKind::kOther);
  add(credit1, BlockKind::kOther);
  add(body, BlockKind::kParagraph);
  add(video, BlockKind::kOther);
  add(credit2, BlockKind::kOther);
  d.meta.captions = {{teaser, "Max Muster"}, {video, "Eva Beispiel"}};
  AnalyzeText(d);  // sentences within the blocks, as the pipeline has them
  Extractor().Annotate(d);
  const Claim* c = ClaimWith(d, "unwahrscheinlich");
  ASSERT_NE(c, nullptr);
  EXPECT_EQ(c->modality, Modality::kHedged);
  ASSERT_NE(Slot(*c, "likelihood"), nullptr);
  EXPECT_EQ(Slot(*c, "likelihood")->normalized, "low");
  EXPECT_NE(ClaimWith(d, "Stadtrat"), nullptr);
  EXPECT_EQ(ClaimWith(d, "Bürgermeisterin"), nullptr);
  EXPECT_EQ(ClaimWith(d, "Foto"), nullptr);
}

// A denied report: the source says the clause is not so.
TEST(Claims, DeniedIndirectSpeechIsNegated) {
  const std::string text =
      "Die Regierung bestreitet, von dem Plan gewusst zu haben. "
      "Die Regierung erklärte, sie habe von dem Plan gewusst.";
  Document d = DocBuilder(text)
                   .Quote("von dem Plan gewusst zu haben", "Die Regierung bestreitet",
                          "Die Regierung", SourceKind::kInstitution)
                   .Quote("sie habe von dem Plan gewusst", "Die Regierung erklärte",
                          "Die Regierung", SourceKind::kInstitution)
                   .Build();
  d.quotes[0].cue = "bestreiten";
  d.quotes[1].cue = "erklären";
  Extractor().Annotate(d);
  const Claim* denied = ClaimWith(d, "gewusst zu haben");
  ASSERT_NE(denied, nullptr);
  EXPECT_TRUE(denied->negated);
  EXPECT_EQ(denied->modality, Modality::kNegated);
  const Claim* said = ClaimWith(d, "sie habe");
  ASSERT_NE(said, nullptr);
  EXPECT_FALSE(said->negated);
  EXPECT_EQ(said->modality, Modality::kReported);
}

// A hedge in the reporting frame qualifies what was said; a death toll counts the dead even
// with the figure far behind it.
TEST(Claims, FrameHedgeAndDeathToll) {
  const std::string text =
      "Officials said it was unlikely that more survivors would be found. "
      "The death toll from the collapse in the north has risen to 31.";
  Document d = DocBuilder(text, "en")
                   .Quote("more survivors would be found", "Officials said it was unlikely that",
                          "Officials", SourceKind::kAnonymousOfficial)
                   .Build();
  Extractor().Annotate(d);
  const Claim* hedged = ClaimWith(d, "survivors");
  ASSERT_NE(hedged, nullptr);
  EXPECT_EQ(hedged->modality, Modality::kHedged);
  EXPECT_EQ(hedged->source, "Officials");
  const Claim* toll = ClaimWith(d, "death toll");
  ASSERT_NE(toll, nullptr);
  ASSERT_NE(Slot(*toll, "unit"), nullptr);
  EXPECT_EQ(Slot(*toll, "unit")->normalized, "dead");
  EXPECT_EQ(Slot(*toll, "number")->normalized, "31..31");
}

}  // namespace
}  // namespace tri

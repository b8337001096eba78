// Accuracy gate for IdentifyLanguage on held-out 200-character snippets from ../shared
// (tools/langid/langid_eval prints the full figures). Thresholds sit a little under what was
// measured (see data/langid/SOURCES); skipped when ../shared is absent.
#include <gtest/gtest.h>

#include <filesystem>

#include "langid/snippets.h"
#include "text/text.h"

namespace tri::langid_eval {
namespace {

TEST(LangidAccuracy, GermanAndEnglishSnippets) {
  const std::string shared = TRI_SHARED_DIR;
  if (!std::filesystem::exists(shared + "/data/trafilatura-eval/pages.tar.zst")) {
    GTEST_SKIP() << "no ../shared data";
  }
  const std::string pages = UnpackPages(shared + "/data/trafilatura-eval/pages.tar.zst",
                                        std::string(TRI_BINARY_DIR) + "/langid_eval_pages");
  ASSERT_FALSE(pages.empty());
  std::vector<std::string> de, en, other;
  for (const std::string& text : SpkAttArticles(shared + "/data/spkatt2023/data/train/task2")) {
    for (auto& s : CutSnippets(text, 200, 20)) de.push_back(std::move(s));
  }
  for (const Page& p : TrafilaturaPages(pages, TRI_LANGID_PAGE_LANGUAGES)) {
    auto& into = p.lang == "de" ? de : p.lang == "en" ? en : other;
    for (auto& s : CutSnippets(p.text, 200, 20)) into.push_back(std::move(s));
  }
  ASSERT_GT(de.size(), 1000u);
  ASSERT_GT(en.size(), 200u);
  const Tally t_de = Evaluate(de, "de"), t_en = Evaluate(en, "en");
  EXPECT_GE(t_de.accuracy(), TRI_LANGID_MIN_DE);
  EXPECT_GE(t_en.accuracy(), TRI_LANGID_MIN_EN);
  const double overall =
      static_cast<double>(t_de.correct + t_en.correct) / (t_de.total + t_en.total);
  EXPECT_GE(overall, 0.99);
  size_t confident_wrong = 0;
  for (const auto& s : other) confident_wrong += IdentifyLanguage(s).language != "und";
  EXPECT_LE(static_cast<double>(confident_wrong) / std::max<size_t>(1, other.size()),
            TRI_LANGID_MAX_OTHER_WRONG);
}

}  // namespace
}  // namespace tri::langid_eval

// The seed articles in ../shared/seeds through the whole CLI: three German documents whose
// sentence and token spans map back to the exact text. Skips when ../shared is absent.
#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <nlohmann/json.hpp>

#include "test_util.h"

namespace tri {
namespace {

namespace fs = std::filesystem;
using testing::RunCommand;

TEST(SeedsTest, AnalyzeGivesThreeGermanDocumentsWithExactSpans) {
  const fs::path seeds = fs::path(TRI_SHARED_DIR) / "seeds";
  if (!fs::exists(seeds)) GTEST_SKIP() << "no " << seeds;
  const auto r = RunCommand(std::string(TRI_BINARY) + " analyze " + testing::Quote(seeds.string()) +
                            " --format json");
  ASSERT_EQ(r.exit_code, 0) << r.err;
  const auto j = nlohmann::json::parse(r.out);
  ASSERT_EQ(j["documents"].size(), 3u);
  for (const auto& d : j["documents"]) {
    EXPECT_EQ(d["language"], "de") << d["source"];
    const std::string text = d["text"];
    // Plain UTF-8 text files: the extracted text is the file itself.
    EXPECT_EQ(text, testing::ReadFileOrEmpty(d["source"])) << d["source"];
    ASSERT_GT(d["tokens"].size(), 100u);
    ASSERT_GT(d["sentences"].size(), 5u);
    size_t previous_end = 0;
    for (const auto& t : d["tokens"]) {
      const size_t b = t[0].get<size_t>();
      const size_t e = t[1].get<size_t>();
      ASSERT_LT(b, e);
      ASSERT_LE(e, text.size());
      ASSERT_GE(b, previous_end);  // ordered, non-overlapping
      previous_end = e;
      const std::string tok = text.substr(b, e - b);
      EXPECT_EQ(tok.find_first_of(" \n\t"), std::string::npos) << tok;
      // Spans sit on UTF-8 character boundaries.
      EXPECT_NE(static_cast<unsigned char>(text[b]) & 0xC0, 0x80) << tok;
      if (e < text.size()) EXPECT_NE(static_cast<unsigned char>(text[e]) & 0xC0, 0x80) << tok;
    }
    for (const auto& s : d["sentences"]) {
      const size_t b = s[0].get<size_t>();
      const size_t e = s[1].get<size_t>();
      ASSERT_LT(b, e);
      ASSERT_LE(e, text.size());
      EXPECT_NE(text[b], ' ');
      EXPECT_NE(text[e - 1], ' ');
    }
  }
}

// The three reports are one story whatever order the files come in, and the undated seed 000
// (whose only full date is an old video caption) gets an inferred interval with a reason.
TEST(SeedsTest, OneStoryInAnyInputOrder) {
  const fs::path seeds = fs::path(TRI_SHARED_DIR) / "seeds";
  if (!fs::exists(seeds)) GTEST_SKIP() << "no " << seeds;
  std::vector<std::string> files;
  for (const auto& e : fs::directory_iterator(seeds)) {
    if (e.path().extension() == ".txt") files.push_back(e.path().string());
  }
  std::sort(files.begin(), files.end());
  ASSERT_EQ(files.size(), 3u);
  for (bool reversed : {false, true}) {
    if (reversed) std::reverse(files.begin(), files.end());
    std::string cmd = std::string(TRI_BINARY) + " analyze --format json";
    for (const auto& f : files) cmd += " " + testing::Quote(f);
    const auto r = RunCommand(cmd);
    ASSERT_EQ(r.exit_code, 0) << r.err;
    const auto j = nlohmann::json::parse(r.out);
    ASSERT_EQ(j["stories"].size(), 1u) << j["stories"].dump();
    EXPECT_EQ(j["stories"][0]["documents"].size(), 3u);
    for (const auto& d : j["documents"]) {
      if (std::string(d["source"]).find("000_") == std::string::npos) continue;
      ASSERT_TRUE(d.contains("published_inferred")) << d["source"];
      const std::string earliest = d["published_inferred"]["earliest"];
      const std::string latest = d["published_inferred"]["latest"];
      EXPECT_GE(earliest, "2025-10-20");  // "kommende Woche" holds "31. Oktober"
      EXPECT_LE(latest, "2025-10-27");    // and the dated report of 27 October knows it
      EXPECT_FALSE(std::string(d["published_inferred"]["reason"]).empty());
    }
  }
}

TEST(SeedsTest, OrdinalDateDoesNotEndASentence) {
  const fs::path seeds = fs::path(TRI_SHARED_DIR) / "seeds";
  if (!fs::exists(seeds)) GTEST_SKIP() << "no " << seeds;
  const auto r = RunCommand(std::string(TRI_BINARY) + " analyze " + testing::Quote(seeds.string()) +
                            " --format json");
  ASSERT_EQ(r.exit_code, 0) << r.err;
  const auto j = nlohmann::json::parse(r.out);
  int found = 0;
  for (const auto& d : j["documents"]) {
    const std::string text = d["text"];
    for (const auto& s : d["sentences"]) {
      const std::string sentence =
          text.substr(s[0].get<size_t>(), s[1].get<size_t>() - s[0].get<size_t>());
      if (sentence.rfind("Ab dem 31.", 0) == 0) {
        ++found;
        EXPECT_NE(sentence.find("statt"), std::string::npos) << sentence;
      }
    }
  }
  EXPECT_EQ(found, 1);
}

}  // namespace
}  // namespace tri

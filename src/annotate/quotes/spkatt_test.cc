// The SpkAtt-2023 adapter on a task file written for this test: token ids map back exactly,
// roles come out as the task wants them, and the file round-trips with new Annotations.
#include "annotate/quotes/spkatt.h"

#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include "annotate/quotes/quotes.h"

namespace tri::spkatt {
namespace {

// Sentence 0: "Die Ministerin Anna Berger sagte , die Lage sei ernst ."
// Sentence 1: "„ Wir handeln “ , fügte sie hinzu ."
// Sentence 2: "Die Zeitung „Morgenpost“-Ausgabe erschien ." (a mark glued to a word)
const char* kTask = R"({
  "DocumentName": "test",
  "Sentences": [
    {"SentenceId": 0, "Tokens": ["Die", "Ministerin", "Anna", "Berger", "sagte", ",", "die", "Lage", "sei", "ernst", "."]},
    {"SentenceId": 1, "Tokens": ["„", "Wir", "handeln", "“", ",", "fügte", "sie", "hinzu", "."]},
    {"SentenceId": 2, "Tokens": ["Die", "Zeitung", "„Morgenpost“-Ausgabe", "erschien", "."]}
  ],
  "Annotations": [{"Cue": ["0:4"], "Message": ["0:6"]}]
})";

std::vector<std::string> Ids(const std::vector<TokenId>& ids) {
  std::vector<std::string> out;
  for (const TokenId& id : ids)
    out.push_back(std::to_string(id.first) + ":" + std::to_string(id.second));
  return out;
}

TEST(SpkattTest, ParsesAndBuildsWithExactOffsets) {
  auto task = ParseTask(kTask);
  ASSERT_TRUE(task.ok()) << task.status().ToString();
  EXPECT_EQ(task->name, "test");
  ASSERT_EQ(task->sentences.size(), 3u);
  BuiltDocument b = BuildDocument(*task);
  EXPECT_EQ(b.doc.sentences.size(), 3u);
  ASSERT_EQ(b.ids.size(), b.doc.tokens.size());
  // Every document token maps to a task token whose text contains it.
  for (size_t i = 0; i < b.doc.tokens.size(); ++i) {
    const std::string& word = task->sentences[b.ids[i].first][b.ids[i].second];
    EXPECT_NE(word.find(b.doc.slice(b.doc.tokens[i].span)), std::string::npos) << i;
  }
  // The glued quote marks of sentence 2 became tokens of their own.
  EXPECT_GT(b.doc.tokens.size(), 11u + 9u + 5u);
}

TEST(SpkattTest, QuotesBecomeTaskAnnotations) {
  auto task = ParseTask(kTask);
  ASSERT_TRUE(task.ok());
  auto quotes = QuoteAnnotator::Create({});
  ASSERT_TRUE(quotes.ok());
  const std::vector<Annotation> anns = Predict(*task, nullptr, **quotes);
  ASSERT_EQ(anns.size(), 2u);
  const Annotation& a = anns[0];
  EXPECT_EQ(a.form, "Indirect");
  EXPECT_EQ(a.stwr, "Speech");
  EXPECT_EQ(Ids(a.cue), (std::vector<std::string>{"0:4"}));
  EXPECT_EQ(Ids(a.source), (std::vector<std::string>{"0:0", "0:1", "0:2", "0:3"}));
  EXPECT_EQ(Ids(a.message), (std::vector<std::string>{"0:6", "0:7", "0:8", "0:9"}));
  EXPECT_EQ(Ids(a.frame), (std::vector<std::string>{"0:0", "0:1", "0:2", "0:3", "0:4", "0:5"}));
  const Annotation& d = anns[1];
  EXPECT_EQ(d.form, "Direct");
  EXPECT_EQ(Ids(d.message), (std::vector<std::string>{"1:0", "1:1", "1:2", "1:3"}));
  EXPECT_EQ(Ids(d.cue), (std::vector<std::string>{"1:5", "1:7"}));
  EXPECT_EQ(Ids(d.source), (std::vector<std::string>{"1:6"}));
  EXPECT_EQ(Ids(d.frame), (std::vector<std::string>{"1:4", "1:5", "1:6", "1:7"}));
}

TEST(SpkattTest, WritesTheSameFileWithNewAnnotations) {
  Annotation a;
  a.cue = {{0, 4}};
  a.message = {{0, 6}, {0, 7}};
  a.form = "Indirect";
  a.stwr = "Speech";
  auto out = WithAnnotations(kTask, {a});
  ASSERT_TRUE(out.ok());
  nlohmann::json j = nlohmann::json::parse(*out);
  EXPECT_EQ(j["DocumentName"], "test");
  EXPECT_EQ(j["Sentences"].size(), 3u);
  ASSERT_EQ(j["Annotations"].size(), 1u);
  EXPECT_EQ(j["Annotations"][0]["Message"], nlohmann::json({"0:6", "0:7"}));
  EXPECT_EQ(j["Annotations"][0]["IsNested"], false);
  EXPECT_EQ(j["Annotations"][0]["Source"], nlohmann::json::array());
}

TEST(SpkattTest, BadFilesAreErrors) {
  EXPECT_FALSE(ParseTask("not json").ok());
  EXPECT_FALSE(ParseTask(R"({"Sentences": 3})").ok());
  EXPECT_FALSE(ParseTask(R"({"Sentences": [{"Tokens": [1, 2]}]})").ok());
  EXPECT_FALSE(WithAnnotations("[1, 2]", {}).ok());
}

}  // namespace
}  // namespace tri::spkatt

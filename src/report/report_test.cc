#include "report/report.h"

#include <gtest/gtest.h>

namespace tri {
namespace {

Document MakeDoc(std::string id, std::string outlet, std::string text) {
  Document d;
  d.id = std::move(id);
  d.source = d.id + ".txt";
  d.meta.outlet = std::move(outlet);
  d.text = std::move(text);
  d.language = "de";
  d.sentences.push_back({{0, static_cast<uint32_t>(d.text.size())}, 0, 0});
  return d;
}

// Two outlets disagree on a place; one article carries hostile markup in its text.
Analysis MakeAnalysis() {
  Analysis a;
  a.documents.push_back(MakeDoc("d1", "Blatt A", "Sie trafen sich zuletzt in Hanoi."));
  a.documents.push_back(
      MakeDoc("d2", "Blatt <B>", "Zuletzt in Panmunjom <script>alert(1)</script> getroffen."));
  a.documents[1].meta.title = "<img src=x onerror=alert(2)>";
  a.documents[1].entities.push_back({{11, 20}, EntityType::kLoc});
  Story s;
  s.id = "s1";
  s.title = "Treffen";
  s.documents = {"d1", "d2"};
  ComparedClaim c;
  c.id = "s1:c1";
  c.statement = "Where did they last meet?";
  c.slot = "place";
  c.relation = Relation::kContradicted;
  c.values["d1"] = ClaimValue{"Hanoi", "hanoi", {27, 32}, "d1:c0", "", Modality::kAsserted};
  c.values["d2"] = ClaimValue{"Panmunjom", "panmunjom", {11, 20}, "d2:c0", "", Modality::kHedged};
  c.hedged_in = {"d2"};
  s.claims.push_back(c);
  a.stories.push_back(s);
  a.syndication.push_back({"d1", "d2", "d1", 0.91});
  return a;
}

TEST(HtmlEscapeTest, EscapesEverythingThatMatters) {
  EXPECT_EQ(HtmlEscape("<a href=\"x\">'&'</a>"),
            "&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;");
}

TEST(HtmlReportTest, HostileTextNeverBecomesMarkup) {
  const std::string html = RenderHtml(MakeAnalysis());
  EXPECT_EQ(html.find("<script"), std::string::npos);
  EXPECT_EQ(html.find("<img"), std::string::npos);
  EXPECT_NE(html.find("&lt;script&gt;alert(1)&lt;/script&gt;"), std::string::npos);
  EXPECT_NE(html.find("Blatt &lt;B&gt;"), std::string::npos);
  EXPECT_EQ(html.find("http://"), std::string::npos);  // self-contained: no external assets
  EXPECT_EQ(html.find("https://"), std::string::npos);
}

TEST(HtmlReportTest, ShowsBothSidesOfAContradiction) {
  const std::string html = RenderHtml(MakeAnalysis());
  EXPECT_NE(html.find("Contradiction"), std::string::npos);
  EXPECT_NE(html.find("<mark>Hanoi</mark>"), std::string::npos);
  EXPECT_NE(html.find("<mark>Panmunjom</mark>"), std::string::npos);
  EXPECT_NE(html.find("Where did they last meet?"), std::string::npos);
}

TEST(MarkdownReportTest, ListsContradictionWithEvidence) {
  const std::string md = RenderMarkdown(MakeAnalysis());
  EXPECT_NE(md.find("### Contradictions"), std::string::npos);
  EXPECT_NE(md.find("**Hanoi**"), std::string::npos);
  EXPECT_NE(md.find("_Panmunjom_"), std::string::npos);  // hedged value in the matrix
  EXPECT_NE(md.find("## Syndicated copies"), std::string::npos);
}

TEST(JsonReportTest, FollowsOutputContract) {
  const Json j = AnalysisToJson(MakeAnalysis());
  ASSERT_EQ(j["documents"].size(), 2u);
  const Json& d = j["documents"][1];
  for (const char* f : {"id", "source", "title", "outlet", "url", "author", "agency", "published",
                        "published_inferred", "language", "text", "entities", "timex", "quotes",
                        "claims", "sourcing"}) {
    EXPECT_TRUE(d.contains(f)) << f;
  }
  EXPECT_TRUE(d["url"].is_null());
  EXPECT_EQ(d["entities"][0]["text"], "Panmunjom");
  EXPECT_EQ(d["entities"][0]["type"], "LOC");
  const Json& c = j["stories"][0]["claims"][0];
  EXPECT_EQ(c["relation"], "contradicted");
  EXPECT_EQ(c["values"]["d1"], "Hanoi");
  EXPECT_EQ(c["evidence"]["d2"], Json::array({11, 20}));
  EXPECT_EQ(c["hedged_in"], Json::array({"d2"}));
  EXPECT_EQ(j["syndication"][0], Json::array({"d1", "d2"}));
}

}  // namespace
// The summary names every side of a contradiction with its outlet; the reading of a stance
// leads its words; a claim only one outlet carries stays out of the matrix.
TEST(MarkdownReportTest, GlanceSummarisesContradictionsAndKeepsSingleSourceOutOfTheMatrix) {
  Analysis a = MakeAnalysis();
  ComparedClaim stance;
  stance.id = "s1:c2";
  stance.statement = "Is Kim ready for talks?";
  stance.slot = "stance";
  stance.relation = Relation::kSingleSource;
  stance.values["d1"] =
      ClaimValue{"bereit", "ready", {0, 3}, "d1:c1", "Pjöngjang", Modality::kReported};
  a.stories[0].claims.push_back(stance);
  const std::string md = RenderMarkdown(a);
  const size_t glance = md.find("**At a glance**");
  ASSERT_NE(glance, std::string::npos) << md;
  const size_t line_end = md.find('\n', md.find("- Contradiction:", glance));
  const std::string line = md.substr(md.find("- Contradiction:", glance),
                                     line_end - md.find("- Contradiction:", glance));
  EXPECT_NE(line.find("Blatt A: \u201CHanoi\u201D"), std::string::npos) << line;
  EXPECT_NE(line.find("Panmunjom"), std::string::npos) << line;
  EXPECT_NE(md.find("1 carried by one outlet only"), std::string::npos) << md;
  const size_t matrix = md.find("### Claims × outlets");
  ASSERT_NE(matrix, std::string::npos);
  const std::string table = md.substr(matrix, md.find("\n\n_", matrix) - matrix);
  EXPECT_EQ(table.find("Is Kim ready"), std::string::npos) << table;
  EXPECT_NE(md.find("**ready: bereit**"), std::string::npos) << md;  // the single-source list
}

// The timeline keeps the story's time order: a week-end in November before December, although
// "2026-12" sorts before "2026-W46-WE" as a string.
TEST(MarkdownReportTest, TimelineKeepsTimeOrder) {
  Analysis a = MakeAnalysis();
  a.stories[0].timeline = {{"2026-W46-WE", "d1", {0, 3}, "Am Wochenende gesperrt.", "event", ""},
                           {"2026-12", "d2", {0, 3}, "Gutachten im Dezember.", "event", ""}};
  const std::string md = RenderMarkdown(a);
  const size_t week = md.find("**2026-W46-WE**"), december = md.find("**2026-12**");
  ASSERT_NE(week, std::string::npos) << md;
  ASSERT_NE(december, std::string::npos) << md;
  EXPECT_LT(week, december);
  const std::string html = RenderHtml(a);
  EXPECT_LT(html.find(">2026-W46-WE</text>"), html.find(">2026-12</text>"));
}

}  // namespace tri

// Layouts of real sites the extractor once got wrong, rebuilt with invented text: an <aside>
// wrapping the article, comment forms, WordPress entry headers, "info" boxes that hold only the
// date, date lines followed by a name or a source, a date above the headline or opening the
// title, and declared dates inside boilerplate (one: the page's own; many: a teaser widget).
#include <gtest/gtest.h>

#include "ingest/ingest.h"
#include "ingest/lines.h"

namespace tri {
namespace {

constexpr const char* kBody =
    "<p>Der Gemeinderat hat am Abend nach langer Debatte beschlossen, die alte Schule zu sanieren, "
    "statt sie abzureißen, wie es die Verwaltung vorgeschlagen hatte.</p>"
    "<p>Die Kosten sollen bei rund vier Millionen Euro liegen, verteilt auf drei Jahre, sagte der "
    "Bürgermeister, und ein Teil komme aus einem Förderprogramm des Landes.</p>";

Document Read(const std::string& html) {
  auto doc = ReadHtml("page.html", html, "", "", IngestOptions());
  EXPECT_TRUE(doc.ok()) << doc.status().ToString();
  return doc.ok() ? std::move(doc).value() : Document();
}

std::string Day(const Document& doc) {
  return doc.meta.published ? doc.meta.published->date.ToIso() : "none";
}

std::string Page(const std::string& head, const std::string& body) {
  return "<html lang=\"de\"><head><meta charset=\"utf-8\">" + head + "</head><body>" +
         "<nav><ul><li><a href=\"/\">Start</a></li><li><a href=\"/a\">Archiv</a></li></ul></nav>" +
         body + "<footer><p>© 2024 Beispielblatt</p></footer></body></html>";
}

TEST(HtmlLayout, AsideWrappingTheArticleIsNotDropped) {
  const std::string nav(3000, 'x');
  const Document doc =
      Read(Page("", "<div class=\"menu-text\"><p>" + nav +
                        "</p></div>"
                        "<main><aside class=\"content\"><h1>Schule wird saniert</h1>" +
                        std::string(kBody) + "</aside></main>"));
  EXPECT_NE(doc.text.find("alte Schule zu sanieren"), std::string::npos) << doc.text;
}

TEST(HtmlLayout, CommentFormIsNotBody) {
  const Document doc =
      Read(Page("", std::string("<article><h1>Schule wird saniert</h1>") + kBody +
                        "<div id=\"respond\"><form id=\"commentform\"><p><label>Name "
                        "(Pflichtfeld)</label><input name=\"n\"></p><p>Bitte "
                        "schreiben Sie Ihren Kommentar hier hinein.</p>"
                        "<textarea></textarea></form></div></article>"));
  EXPECT_NE(doc.text.find("Förderprogramm"), std::string::npos);
  EXPECT_EQ(doc.text.find("Pflichtfeld"), std::string::npos) << doc.text;
  EXPECT_EQ(doc.text.find("Kommentar hier"), std::string::npos) << doc.text;
}

TEST(HtmlLayout, WordPressEntryHeaderDate) {
  const Document doc = Read(Page(
      "",
      std::string(
          "<article><header class=\"entry-header\"><h1 class=\"entry-title\">Schule wird "
          "saniert</h1>"
          "<div class=\"entry-meta\"><span class=\"posted-on\"><a href=\"/p/1\" rel=\"bookmark\">"
          "<time class=\"entry-date published\" datetime=\"2021-12-29T09:30:41+01:00\">Dezember "
          "29, "
          "2021</time></a></span></div></header><div class=\"entry-content\">") +
          kBody + "</div></article>"));
  EXPECT_EQ(Day(doc), "2021-12-29");
  EXPECT_EQ(doc.meta.title, "Schule wird saniert");
}

TEST(HtmlLayout, InfoBoxHoldingOnlyTheDate) {
  const Document doc = Read(
      Page("", std::string("<article><div class=\"headline\"><h1>Schule wird saniert</h1><div "
                           "class=\"headline-info\">"
                           "<span class=\"headline-date\">02. November 2021</span></div></div>") +
                   kBody + "</article>"));
  EXPECT_EQ(Day(doc), "2021-11-02");
}

TEST(HtmlLayout, DateFollowedByNameOrSourceInTheHead) {
  for (const char* line :
       {"1. Februar 2022 , Lea Hoffmann", "25. Januar 2022 (ABC/dpa) Nordheim"}) {
    const Document doc =
        Read(Page("", std::string("<article><h1>Schule wird saniert</h1><p class=\"sub\">") + line +
                          "</p>" + kBody + "</article>"));
    EXPECT_EQ(Day(doc).substr(0, 7), "2022-0" + std::string(line[0] == '1' ? "2" : "1")) << line;
    EXPECT_EQ(doc.text.find(line), std::string::npos) << doc.text;
  }
  // In the body the same kind of line is text, not the date.
  const Document body = Read(Page("", std::string("<article><h1>Schule wird saniert</h1>") + kBody +
                                          "<p>3. März 2020, Lea Hoffmann</p></article>"));
  EXPECT_EQ(Day(body), "none");
}

TEST(HtmlLayout, DateAboveTheHeadline) {
  const Document doc = Read(Page(
      "", std::string("<div class=\"intro\"><div class=\"pub\">05.03.2021 - Institut für "
                      "Beispielforschung</div>"
                      "<h1>Schule wird saniert</h1></div><div class=\"col\"><div class=\"text\">") +
              kBody + "</div></div>"));
  EXPECT_EQ(Day(doc), "2021-03-05");
}

TEST(HtmlLayout, DateOpeningTheTitle) {
  const Document doc =
      Read(Page("<title>23.01.2022 - Schule wird saniert</title>",
                std::string("<article><h1>Schule wird saniert</h1>") + kBody + "</article>"));
  EXPECT_EQ(Day(doc), "2022-01-23");
  const Document plain =
      Read(Page("<title>Schule wird saniert seit 23.01.2022</title>",
                std::string("<article><h1>Schule wird saniert</h1>") + kBody + "</article>"));
  EXPECT_EQ(Day(plain), "none");
}

TEST(HtmlLayout, DeclaredDateInBoilerplateOnlyWhenAlone) {
  const std::string post =
      std::string("<div class=\"post\"><h3>Schule wird saniert</h3>") + kBody +
      "<div class=\"post-footer\">um <a rel=\"bookmark\" href=\"/p\"><abbr "
      "class=\"published\" title=\"2017-09-09T10:52:00+02:00\">10:52</abbr></a></div></div>";
  EXPECT_EQ(Day(Read(Page("", post))), "2017-09-09");
  std::string widget = "<div class=\"widget recent-posts\"><ul>";
  for (int i = 1; i <= 3; ++i) {
    widget += "<li><a href=\"/t" + std::to_string(i) +
              "\">Meldung</a> <time class=\"published\" "
              "datetime=\"2023-05-0" +
              std::to_string(i) + "\">0" + std::to_string(i) + ".05.2023</time></li>";
  }
  widget += "</ul></div>";
  EXPECT_EQ(
      Day(Read(Page("", widget + "<article><h1>Schule wird saniert</h1>" + kBody + "</article>"))),
      "none");
}

TEST(HtmlLayout, DateFirstLine) {
  EXPECT_TRUE(ingest::DateFirstLine("1. Februar 2022 , Lea Hoffmann", false));
  EXPECT_TRUE(ingest::DateFirstLine("12.12.2022 - Institut für Beispielforschung", false));
  EXPECT_FALSE(ingest::DateFirstLine("Am 1. Februar 2022 beschloss der Rat die Sanierung.", false));
  EXPECT_FALSE(ingest::DateFirstLine(
      "1. Februar 2022: Der Rat beschloss die Sanierung. Das war gut.", false));
}

}  // namespace
}  // namespace tri

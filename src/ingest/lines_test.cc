#include "ingest/lines.h"

#include <gtest/gtest.h>

namespace tri::ingest {
namespace {

TEST(Lines, ClassifiesMetadataLines) {
  struct Case {
    const char* line;
    LineKind kind;
    const char* agency;
  };
  const Case cases[] = {
      {"27.10.2025, 14:11 Uhr Artikel anhören", LineKind::kDateLine, ""},
      {"Stand: 04.11.2025 17:45 Uhr", LineKind::kDateLine, ""},
      {"Quelle: ntv.de, hny/dpa", LineKind::kAgency, "dpa"},
      {"(dpa)", LineKind::kAgency, "dpa"},
      {"dpa/AFP/rtr", LineKind::kAgency, "dpa/AFP/Reuters"},
      {"Mit Material von dpa und AFP", LineKind::kAgency, "dpa/AFP"},
      {"Quelle: Evan Vucci/AP/dpa", LineKind::kCredit, ""},
      {"(Foto: picture alliance / ZUMAPRESS.com)", LineKind::kCredit, ""},
      {"Foto: Max Muster/AP/dpa", LineKind::kCredit, ""},
      {"Artikel anhören", LineKind::kBoilerplate, ""},
      {"Mehr zum Thema", LineKind::kBoilerplate, ""},
      {"Lesen Sie auch: Was der Gipfel bringt", LineKind::kBoilerplate, ""},
      {"Von Anna Schmidt und Max Meier", LineKind::kByline, ""},
      {"By Jane Doe, Reuters", LineKind::kByline, ""},
      {"Am 3. November 2025 trat das neue Gesetz nach langer Debatte in Kraft.", LineKind::kBody,
       ""},
      {"Wahl am 3. November 2025", LineKind::kBody, ""},
  };
  for (const Case& c : cases) {
    const LineInfo li = ClassifyLine(c.line, false);
    EXPECT_EQ(static_cast<int>(li.kind), static_cast<int>(c.kind)) << c.line;
    if (c.kind == LineKind::kAgency) EXPECT_EQ(li.agency, c.agency) << c.line;
  }
}

TEST(Lines, VideoCaptionDateIsNotADateLine) {
  const LineInfo li = ClassifyLine(
      "Der Präsident hat ein Treffen vorgeschlagen. Ziel sei die Annäherung. 26.08.2025 | 0:23 min",
      false);
  EXPECT_EQ(li.kind, LineKind::kCaption);
  EXPECT_FALSE(li.date);
}

TEST(Lines, CaptionWithTrailingCredit) {
  const LineInfo li = ClassifyLine(
      "Die beiden trafen sich zuletzt 2019 in Panmunjom. (Archivbild) Quelle: Evan Vucci/AP/dpa",
      false);
  ASSERT_EQ(li.kind, LineKind::kCaption);
  EXPECT_EQ(li.credit, "Evan Vucci/AP/dpa");
  EXPECT_TRUE(li.agency.empty());
}

TEST(Lines, BylineAuthorsAndAgency) {
  const LineInfo li = ClassifyLine("Von Anna Schmidt, mit Material von dpa", false);
  ASSERT_EQ(li.kind, LineKind::kByline);
  ASSERT_EQ(li.authors.size(), 1u);
  EXPECT_EQ(li.authors[0], "Anna Schmidt");
  EXPECT_EQ(li.agency, "dpa");
}

TEST(Lines, LeadingAgency) {
  EXPECT_EQ(LeadingAgency("Berlin (dpa) - Die Regierung hat beschlossen ..."), "dpa");
  EXPECT_EQ(LeadingAgency("WASHINGTON (AP) — The president said ..."), "AP");
  EXPECT_EQ(LeadingAgency("Kiew/Moskau (dpa/AFP) Die Lage ..."), "dpa/AFP");
  EXPECT_EQ(LeadingAgency("Die Regierung (Kabinett) hat beschlossen"), "");
}

TEST(Lines, SplitAuthors) {
  EXPECT_EQ(SplitAuthors("Anna Schmidt und Max von Meier"),
            (std::vector<std::string>{"Anna Schmidt", "Max von Meier"}));
  EXPECT_EQ(SplitAuthors("By Jane Doe, John Roe and Ann Poe"),
            (std::vector<std::string>{"Jane Doe", "John Roe", "Ann Poe"}));
  EXPECT_TRUE(SplitAuthors("dpa").empty());
  EXPECT_TRUE(SplitAuthors("Redaktion").empty());
}

}  // namespace
}  // namespace tri::ingest

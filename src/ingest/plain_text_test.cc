#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <sstream>

#include "ingest/ingest.h"

namespace tri {
namespace {

Document Read(const std::string& text) {
  auto d = ReadPlainText("a.txt", text);
  EXPECT_TRUE(d.ok()) << d.status().ToString();
  return d.ok() ? std::move(d).value() : Document();
}

BlockKind KindOf(const Document& d, std::string_view start) {
  for (const Block& b : d.blocks) {
    if (d.slice(b.span).substr(0, start.size()) == start) return b.kind;
  }
  return BlockKind::kParagraph;
}

// Written for the test: the layout of a saved news page, with a date line, a photo caption with
// its credit on the next line, a video teaser and the agency line at the end.
constexpr const char* kArticle =
    "Stadtrat beschließt neuen Haushalt\n"
    "04.11.2025, 17:45 Uhr Artikel anhören\n"
    "Die Ratsmitglieder bei der Abstimmung am Dienstag.\n"
    "(Foto: Max Muster/dpa)\n"
    "Der Stadtrat hat am Dienstag den Haushalt für das kommende Jahr beschlossen. Die Debatte "
    "dauerte "
    "mehr als sechs Stunden.\n"
    "Die Bürgermeisterin zeigte sich erleichtert. Ein Video zeigt die Abstimmung. 03.11.2025 | "
    "1:12 min\n"
    "Die Opposition kündigte an, weiter gegen die Kürzungen vorzugehen.\n"
    "Quelle: kurier.de, ab/dpa\n";

TEST(PlainText, MetadataLinesKeepTheirPlaceAndFillMetadata) {
  const Document d = Read(kArticle);
  EXPECT_EQ(d.text, kArticle);
  EXPECT_EQ(d.meta.title, "Stadtrat beschließt neuen Haushalt");
  ASSERT_TRUE(d.meta.published);
  EXPECT_EQ(d.meta.published->ToIso(), "2025-11-04T17:45:00+01:00");
  EXPECT_EQ(d.meta.agency, "dpa");
  EXPECT_EQ(d.meta.outlet, "kurier.de");  // from the source line
  EXPECT_EQ(KindOf(d, "Stadtrat"), BlockKind::kTitle);
  EXPECT_EQ(KindOf(d, "04.11.2025"), BlockKind::kByline);
  EXPECT_EQ(KindOf(d, "Quelle:"), BlockKind::kByline);
  EXPECT_EQ(KindOf(d, "Die Ratsmitglieder"), BlockKind::kOther);
  EXPECT_EQ(KindOf(d, "Die Bürgermeisterin"), BlockKind::kOther);
  EXPECT_EQ(KindOf(d, "Der Stadtrat"), BlockKind::kParagraph);
  ASSERT_EQ(d.meta.captions.size(), 2u);
  EXPECT_EQ(d.meta.captions[0].credit, "Max Muster/dpa");
}

TEST(PlainText, CaptionCreditIsNotTheAgency) {
  const Document d = Read(
      "Erster Absatz eines Artikels, ohne Titelzeile, aber mit Punkt am Ende.\n"
      "Die beiden trafen sich 2019 zum letzten Mal. (Archivbild) Quelle: Evan Vucci/AP/dpa\n"
      "Noch ein Absatz mit Text.\n");
  EXPECT_TRUE(d.meta.agency.empty());
  ASSERT_EQ(d.meta.captions.size(), 1u);
  EXPECT_EQ(d.meta.captions[0].credit, "Evan Vucci/AP/dpa");
  EXPECT_FALSE(d.meta.published);
}

TEST(PlainText, SharedSeeds) {
  const std::string seeds = std::string(TRI_SHARED_DIR) + "/seeds";
  if (!std::filesystem::exists(seeds)) GTEST_SKIP() << "no ../shared";
  std::vector<Status> errors;
  int dated = 0, with_agency = 0;
  for (const std::string& f : ListInputFiles({seeds}, IngestOptions(), errors)) {
    FileDocuments r = ReadInputFile(f, IngestOptions());
    ASSERT_EQ(r.documents.size(), 1u) << f;
    const Document& d = r.documents[0];
    EXPECT_EQ(d.language, "de");
    dated += d.meta.published.has_value();
    with_agency += !d.meta.agency.empty();
    for (const Caption& c : d.meta.captions) EXPECT_NE(c.credit, "dpa") << f;
  }
  EXPECT_GE(dated, 1);
  EXPECT_GE(with_agency, 1);
}

}  // namespace
}  // namespace tri

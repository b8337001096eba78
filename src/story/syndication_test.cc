// Syndication: near-copies of one wire text survive edited headlines, trimmed paragraphs and
// other boilerplate; own reporting on the same event is not a copy; floods of duplicates stay
// bounded. The wire text is invented.
#include <gtest/gtest.h>

#include "story/story.h"
#include "story/story_testing.h"

namespace tri {
namespace {

using story_testing::At;
using story_testing::MakeDoc;

const char* kWire[] = {
    "Leipzig (dpa) - Bei einem Brand in einer Lagerhalle im Leipziger Norden ist in der Nacht zum "
    "Sonntag ein Schaden von mehreren Millionen Euro entstanden. Verletzt wurde nach Angaben der "
    "Polizei niemand. Das Feuer war kurz nach Mitternacht aus noch ungeklärter Ursache "
    "ausgebrochen.",
    "Rund 80 Einsatzkräfte der Berufsfeuerwehr und mehrerer freiwilliger Wehren waren bis in die "
    "Morgenstunden im Einsatz. Wegen der starken Rauchentwicklung wurden Anwohner aufgefordert, "
    "Fenster und Türen geschlossen zu halten. Die Autobahn 14 war zeitweise gesperrt.",
    "In der Halle lagerten nach ersten Erkenntnissen Reifen und Kunststoffteile eines "
    "Autozulieferers. Die Kriminalpolizei hat die Ermittlungen aufgenommen und schließt "
    "Brandstiftung nicht aus. Ein Brandursachenermittler soll am Montag die Halle untersuchen.",
    "Erst im März hatte es auf demselben Gelände gebrannt. Damals war ein Container mit Altpapier "
    "in Flammen aufgegangen."};

std::string Body(int paragraphs) {
  std::string s;
  for (int i = 0; i < paragraphs; ++i) s += std::string(kWire[i]) + "\n\n";
  return s;
}

std::vector<Document> Corpus() {
  return {
      MakeDoc("wire", "Lagerhalle in Leipzig abgebrannt\n\n" + Body(4) + "Quelle: lvz-online, dpa",
              At(2026, 4, 12, 7, 30), {}, "dpa"),
      // Other headline, last paragraph cut, the outlet's own header and footer.
      MakeDoc("copy",
              "Startseite | Sachsen | Panorama\n\nMillionenschaden nach Feuer im Leipziger "
              "Norden\n\n" +
                  Body(3) +
                  "© 2026 Mitteldeutsche Rundschau. Alle Rechte "
                  "vorbehalten. Jetzt Newsletter abonnieren!",
              At(2026, 4, 12, 8, 15)),
      // Own reporting on the same fire, quoting the same police statement.
      MakeDoc("own",
              "Großbrand im Leipziger Norden: Anwohner klagen über Rauch\n\nDie Flammen schlugen "
              "meterhoch in den Nachthimmel. Anwohner in Wiederitzsch berichteten von beißendem "
              "Geruch, viele hielten die Fenster geschlossen. Verletzt wurde nach Angaben der "
              "Polizei niemand. Ein Nachbar sagte, er habe gegen Mitternacht einen Knall gehört. "
              "Die Feuerwehr war mit einem Großaufgebot vor Ort, die Ermittler schließen "
              "Brandstiftung nicht aus.",
              At(2026, 4, 12, 11)),
  };
}

TEST(FindSyndication, EditedHeadlineTrimmedParagraphOtherBoilerplate) {
  const std::vector<Document> docs = Corpus();
  const std::vector<SyndicationPair> pairs = FindSyndication(docs, SyndicationOptions{});
  ASSERT_EQ(pairs.size(), 1u);
  EXPECT_EQ(pairs[0].a, "copy");
  EXPECT_EQ(pairs[0].b, "wire");
  EXPECT_EQ(pairs[0].original, "wire");  // the agency credit and the earlier time
  EXPECT_GT(pairs[0].similarity, 0.7);
}

TEST(FindSyndication, OriginalIsTheEarlierWhenBothCarryTheCredit) {
  std::vector<Document> docs = Corpus();
  docs[1].meta.agency = "dpa";
  docs[1].meta.published = At(2026, 4, 12, 6, 0);  // printed before the "wire" file
  const std::vector<SyndicationPair> pairs = FindSyndication(docs, SyndicationOptions{});
  ASSERT_EQ(pairs.size(), 1u);
  EXPECT_EQ(pairs[0].original, "copy");
}

TEST(FindSyndication, HeavierTrimStillFoundButRewriteIsNot) {
  std::vector<Document> docs = Corpus();
  docs.push_back(MakeDoc("short", "Feuer in Lagerhalle\n\n" + Body(2), At(2026, 4, 12, 9)));
  // A later wire version with a new lead and the rest unchanged is still the same text.
  docs.push_back(MakeDoc("update",
                         "Leipzig: Polizei ermittelt nach Hallenbrand wegen Brandstiftung\n\n"
                         "Leipzig (dpa) - Nach dem Brand einer Lagerhalle im Leipziger Norden "
                         "ermittelt die Polizei wegen des Verdachts der Brandstiftung. Zeugen "
                         "hatten zwei Personen gesehen, die vom Gelände flüchteten.\n\n" +
                             std::string(kWire[1]) + "\n\n" + kWire[2] + "\n\n" + kWire[3],
                         At(2026, 4, 12, 15), {}, "dpa"));
  std::vector<std::pair<std::string, std::string>> got;
  for (const SyndicationPair& p : FindSyndication(docs, SyndicationOptions{}))
    got.push_back({p.a, p.b});
  const std::vector<std::pair<std::string, std::string>> want = {{"copy", "short"},
                                                                 {"copy", "update"},
                                                                 {"copy", "wire"},
                                                                 {"short", "wire"},
                                                                 {"update", "wire"}};
  EXPECT_EQ(got, want);  // sorted, a < b; "own" pairs with nothing
}

TEST(FindSyndication, DuplicatesTinyTextsAndFloodsStayBounded) {
  std::vector<Document> docs;
  docs.push_back(MakeDoc("tiny1", "Kurz notiert.", std::nullopt));
  docs.push_back(MakeDoc("tiny2", "Kurz notiert.", std::nullopt));
  EXPECT_TRUE(FindSyndication(docs, SyndicationOptions{}).empty());  // too short to call

  docs.clear();
  Document d = MakeDoc("dup", Body(4), std::nullopt);
  for (int i = 0; i < 5000; ++i) {
    docs.push_back(d);
    docs.back().id = "dup" + std::to_string(10000 + i);
  }
  SyndicationOptions o;
  const std::vector<SyndicationPair> pairs = FindSyndication(docs, o);
  EXPECT_LE(pairs.size(), docs.size() * o.max_partners);
  EXPECT_GE(pairs.size(), docs.size() - 1);  // every copy paired at least once
  for (const SyndicationPair& p : pairs) {
    EXPECT_LT(p.a, p.b);
    EXPECT_NEAR(p.similarity, 1.0, 1e-9);
  }
  EXPECT_TRUE(FindSyndication({}, o).empty());
}

TEST(FindSyndication, Deterministic) {
  const std::vector<Document> docs = Corpus();
  const auto a = FindSyndication(docs, SyndicationOptions{});
  const auto b = FindSyndication(docs, SyndicationOptions{});
  ASSERT_EQ(a.size(), b.size());
  for (size_t i = 0; i < a.size(); ++i) {
    EXPECT_EQ(a[i].a, b[i].a);
    EXPECT_EQ(a[i].b, b[i].b);
    EXPECT_EQ(a[i].original, b[i].original);
    EXPECT_EQ(a[i].similarity, b[i].similarity);
  }
}

}  // namespace
}  // namespace tri

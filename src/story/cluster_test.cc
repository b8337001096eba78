// Story clustering: streaming behaviour, window closing, cross-language stories, distractors
// sharing entities, undated documents, determinism and bad input. The articles are invented.
#include <gtest/gtest.h>

#include "story/story.h"
#include "story/story_testing.h"

namespace tri {
namespace {

using story_testing::Assignment;
using story_testing::At;
using story_testing::MakeDoc;

const std::vector<story_testing::EntitySpec> kFlood = {
    {"Passau", "e:passau"},
    {"Donau", "e:donau"},
    {"Danube", "e:donau"},
    {"Inn", "e:inn"},
    {"Anja Reiter", "e:reiter", EntityType::kPer}};
const std::vector<story_testing::EntitySpec> kChemical = {{"Höchst", "e:hoechst"},
                                                          {"Frankfurt", "e:frankfurt"},
                                                          {"Sindlingen", "e:sindlingen"},
                                                          {"Zeilsheim", "e:zeilsheim"}};

Document Flood1(std::optional<DateTime> at = At(2026, 6, 3, 9)) {
  return MakeDoc("flood1",
                 "Hochwasser in Passau: Pegel steigt auf 9,80 Meter\n\n"
                 "Die Donau in Passau ist am Mittwoch auf einen Pegelstand von 9,80 Metern "
                 "gestiegen. Die Stadt rief den Katastrophenfall aus. Oberbürgermeisterin Anja "
                 "Reiter sagte, die Altstadt sei teilweise überflutet. Rund 2.000 Anwohner mussten "
                 "ihre Wohnungen verlassen. Die Feuerwehr errichtete Sandsackdämme entlang der "
                 "Innpromenade.",
                 at, kFlood);
}

Document Flood2() {
  return MakeDoc(
      "flood2",
      "Passau kämpft gegen die Flut\n\n"
      "In Passau haben die Einsatzkräfte die Nacht über gegen das Hochwasser von Donau "
      "und Inn gekämpft. Der Pegel erreichte nach Angaben des Hochwassernachrichtendienstes "
      "9,80 Meter. Etwa 2.000 Menschen wurden in Sicherheit gebracht. "
      "Oberbürgermeisterin Anja Reiter lobte die Helfer. Die überflutete Altstadt bleibt "
      "gesperrt.",
      At(2026, 6, 3, 14), kFlood);
}

Document FloodEn() {
  return MakeDoc("flood-en",
                 "Floods hit Passau as Danube rises\n\n"
                 "The Danube in the Bavarian city of Passau rose to 9.80 metres on Wednesday, "
                 "forcing about 2,000 residents from their homes, Mayor Anja Reiter said. Parts of "
                 "the old town were under water and firefighters built sandbag walls along the "
                 "river.",
                 At(2026, 6, 3, 16), kFlood);
}

Document Chemical1() {
  return MakeDoc(
      "chem1",
      "Chemieunfall im Industriepark Höchst\n\n"
      "Im Frankfurter Industriepark Höchst ist am Mittwochmorgen eine gelbe Gaswolke "
      "ausgetreten. Anwohner in den Stadtteilen Sindlingen und Zeilsheim wurden "
      "aufgefordert, Fenster und Türen geschlossen zu halten. Nach Angaben der Feuerwehr "
      "wurden drei Arbeiter leicht verletzt. Die Ursache des Austritts war zunächst unklar.",
      At(2026, 6, 3, 10), kChemical);
}

Document Chemical2() {
  return MakeDoc("chem2",
                 "Gaswolke über Höchst: Entwarnung am Mittag\n\n"
                 "Nach dem Austritt einer Gaswolke im Industriepark Höchst hat die Frankfurter "
                 "Feuerwehr am Mittag Entwarnung gegeben. Messungen in Sindlingen und Zeilsheim "
                 "hätten keine gefährlichen Werte ergeben. Drei Arbeiter des Betreibers wurden "
                 "leicht verletzt.",
                 At(2026, 6, 3, 13), kChemical);
}

TEST(ClusterStories, InterleavedStoriesStreamApart) {
  const std::vector<Document> docs = {Flood1(), Chemical1(), Chemical2(), Flood2()};
  const std::vector<Story> stories = ClusterStories(docs, StoryOptions{});
  EXPECT_EQ(Assignment(docs, stories), (std::vector<int>{0, 1, 1, 0}));
  ASSERT_EQ(stories.size(), 2u);
  for (const Story& s : stories) {
    // Documents in input (time) order; ids from the first document.
    if (s.documents.front() == "flood1") EXPECT_EQ(s.documents.back(), "flood2");
    EXPECT_EQ(s.id[0], 's');
  }
  EXPECT_LT(stories[0].id, stories[1].id);
}

TEST(ClusterStories, EnglishReportJoinsGermanStory) {
  const std::vector<Document> docs = {Flood1(), Chemical1(), Flood2(), FloodEn()};
  EXPECT_EQ(Assignment(docs, ClusterStories(docs, StoryOptions{})), (std::vector<int>{0, 1, 0, 0}));
  // It joins through entities, numbers and dates alone: demand more of them and it stays apart.
  StoryOptions strict;
  strict.min_bridge_similarity = 0.95;
  EXPECT_EQ(Assignment(docs, ClusterStories(docs, strict)), (std::vector<int>{0, 1, 0, 2}));
}

TEST(ClusterStories, StoryClosesAfterWindow) {
  Document late = Flood2();
  late.meta.published = At(2026, 6, 20, 9);  // 17 days later
  const std::vector<Document> docs = {Flood1(), late};
  StoryOptions week;
  EXPECT_EQ(Assignment(docs, ClusterStories(docs, week)), (std::vector<int>{0, 1}));
  StoryOptions month;
  month.window_days = 30;
  EXPECT_EQ(Assignment(docs, ClusterStories(docs, month)), (std::vector<int>{0, 0}));
}

// The same minister, two trips in one week: shared people, different events.
TEST(ClusterStories, SameEntitiesDifferentEventsStayApart) {
  const std::vector<story_testing::EntitySpec> e = {
      {"Helga Lorenz", "e:lorenz", EntityType::kPer},
      {"Lorenz", "e:lorenz", EntityType::kPer},
      {"Paris", "e:paris"},
      {"Rom", "e:rom"},
      {"Julien Marchand", "e:marchand", EntityType::kPer},
      {"Paolo Ferri", "e:ferri", EntityType::kPer},
      {"Deutschland", "e:de"},
      {"Berlin", "e:berlin"}};
  const std::vector<Document> docs = {
      MakeDoc("paris1",
              "Lorenz in Paris: Mehr Geld für den Wiederaufbau\n\nAußenministerin Helga Lorenz hat "
              "in Paris mit ihrem französischen Kollegen Julien Marchand über den "
              "Wiederaufbaufonds gesprochen. Beide sagten zusätzliche 500 Millionen Euro zu. "
              "Marchand lobte die enge Abstimmung zwischen Berlin und Paris.",
              At(2026, 3, 2, 11), e),
      MakeDoc("paris2",
              "Paris und Berlin stocken Wiederaufbaufonds auf\n\nDeutschland und Frankreich "
              "wollen den Wiederaufbaufonds um 500 Millionen Euro aufstocken. Das vereinbarten "
              "Außenministerin Helga Lorenz und Julien Marchand bei einem Treffen in Paris.",
              At(2026, 3, 2, 15), e),
      MakeDoc("rom1",
              "Lorenz in Rom: Streit über Seenotrettung\n\nAußenministerin Helga Lorenz ist in Rom "
              "mit dem italienischen Außenminister Paolo Ferri zusammengekommen. Im Mittelpunkt "
              "standen die Seenotrettung im Mittelmeer und die Verteilung von Geflüchteten. Ferri "
              "forderte mehr Unterstützung aus Deutschland.",
              At(2026, 3, 5, 10), e),
      MakeDoc("rom2",
              "Ferri fordert Hilfe bei Migration\n\nItaliens Außenminister Paolo Ferri hat bei "
              "einem Besuch von Helga Lorenz in Rom mehr Solidarität bei der Aufnahme von "
              "Geflüchteten im Mittelmeer verlangt. Lorenz sagte, Deutschland stehe zu seinen "
              "Zusagen bei der Seenotrettung.",
              At(2026, 3, 5, 16), e),
  };
  EXPECT_EQ(Assignment(docs, ClusterStories(docs, StoryOptions{})), (std::vector<int>{0, 0, 1, 1}));
  // The trips do look alike: a much lower bar merges them.
  StoryOptions lax;
  lax.min_similarity = 0.03;
  EXPECT_EQ(Assignment(docs, ClusterStories(docs, lax)), (std::vector<int>{0, 0, 0, 0}));
}

// Two earthquakes two days apart: the same words, other places, agencies and figures.
TEST(ClusterStories, SameKindOfEventElsewhereStaysApart) {
  const std::vector<story_testing::EntitySpec> e = {
      {"Patras", "e:patras"}, {"Peloponnes", "e:peloponnes"},
      {"Athen", "e:athen"},   {"Zakynthos", "e:zakynthos"},
      {"Bursa", "e:bursa"},   {"Marmarameer", "e:marmara"},
      {"Ankara", "e:ankara"}, {"Afad", "e:afad", EntityType::kOrg},
      {"Gemlik", "e:gemlik"}};
  const std::vector<Document> docs = {
      MakeDoc("patras1",
              "Erdbeben erschüttert Patras\n\nEin Erdbeben der Stärke 5,9 hat am Montag die "
              "Region um Patras auf dem Peloponnes erschüttert. Das Epizentrum lag in einer Tiefe "
              "von zwölf Kilometern. Mehrere Menschen wurden verletzt, ältere Häuser stürzten ein. "
              "Das Beben war bis Athen und Zakynthos zu spüren.",
              At(2026, 9, 7, 8), e),
      MakeDoc(
          "patras2",
          "Beben bei Patras: Verletzte und Schäden\n\nNach dem Erdbeben der Stärke 5,9 bei "
          "Patras suchen Helfer in eingestürzten Häusern nach Verschütteten. Das Epizentrum "
          "lag zwölf Kilometer tief. In Athen und auf Zakynthos liefen Menschen in Panik auf die "
          "Straßen.",
          At(2026, 9, 7, 12), e),
      MakeDoc("bursa",
              "Beben in der Provinz Bursa\n\nDie Provinz Bursa am Marmarameer ist am Mittwoch "
              "von einem Erdbeben der Stärke 5,4 getroffen worden. Laut der Behörde Afad lag das "
              "Epizentrum bei Gemlik, acht Kilometer tief. Mehrere Menschen wurden verletzt. "
              "Auch in Ankara spürten Bewohner die Erschütterung.",
              At(2026, 9, 9, 9), e),
  };
  EXPECT_EQ(Assignment(docs, ClusterStories(docs, StoryOptions{})), (std::vector<int>{0, 0, 1}));
  // Without the demand that places and figures agree too, the shared words merge them.
  StoryOptions words_only;
  words_only.min_neutral_similarity = 0;
  EXPECT_EQ(Assignment(docs, ClusterStories(docs, words_only)), (std::vector<int>{0, 0, 0}));
}

TEST(ClusterStories, UndatedDocumentJoinsItsStoryEvenWhenClosed) {
  Document undated = Flood2();
  undated.id = "undated";
  undated.meta.published.reset();
  Document later = Chemical1();
  later.meta.published = At(2026, 7, 1, 9);  // closes the flood story
  const std::vector<Document> docs = {Flood1(), later, undated};
  EXPECT_EQ(Assignment(docs, ClusterStories(docs, StoryOptions{})), (std::vector<int>{0, 1, 0}));
}

TEST(ClusterStories, DeterministicForAGivenOrder) {
  const std::vector<Document> docs = {Flood1(), Chemical1(), Chemical2(), Flood2(), FloodEn()};
  const std::vector<Story> a = ClusterStories(docs, StoryOptions{});
  const std::vector<Story> b = ClusterStories(docs, StoryOptions{});
  ASSERT_EQ(a.size(), b.size());
  for (size_t i = 0; i < a.size(); ++i) {
    EXPECT_EQ(a[i].id, b[i].id);
    EXPECT_EQ(a[i].documents, b[i].documents);
  }
}

TEST(ClusterStories, BadInputIsBoundedAndSafe) {
  EXPECT_TRUE(ClusterStories({}, StoryOptions{}).empty());
  // One document; empty documents; identical duplicates; no dates.
  EXPECT_EQ(ClusterStories({Flood1()}, StoryOptions{}).size(), 1u);
  std::vector<Document> odd = {MakeDoc("empty", "", std::nullopt),
                               MakeDoc("blank", "  \n ", std::nullopt), Flood1(std::nullopt),
                               Flood1(std::nullopt)};
  odd[3].id = "flood1-2";
  const std::vector<Story> s = ClusterStories(odd, StoryOptions{});
  size_t total = 0;
  for (const Story& st : s) total += st.documents.size();
  EXPECT_EQ(total, odd.size());                             // every document in exactly one story
  EXPECT_EQ(Assignment(odd, s)[2], Assignment(odd, s)[3]);  // duplicates together
}

TEST(ClusterStories, ManyTinyDocumentsStayLinear) {
  // 100,000 two-word documents over a year: must finish quickly and give each a story.
  std::vector<Document> docs;
  docs.reserve(100000);
  for (int i = 0; i < 100000; ++i) {
    Document d;
    d.id = "t" + std::to_string(i);
    d.text = "Kurzmeldung " + std::to_string(i % 97);
    d.language = "de";
    d.tokens = Tokenize(d.text);
    DateTime t = At(2026, 1, 1);
    t.date = t.date.AddDays(i / 300);
    d.meta.published = t;
    docs.push_back(std::move(d));
  }
  const std::vector<Story> stories = ClusterStories(docs, StoryOptions{});
  size_t total = 0;
  for (const Story& s : stories) total += s.documents.size();
  EXPECT_EQ(total, docs.size());
}

TEST(ClusterStories, ManyUndatedDocumentsStayBounded) {
  // 30,000 undated documents with a little vocabulary each: no window ever closes them.
  std::vector<Document> docs;
  for (int i = 0; i < 30000; ++i) {
    Document d;
    d.id = "u" + std::to_string(i);
    d.text = "Meldung " + std::to_string(i) + " aus Ort" + std::to_string(i % 500) + " über Thema" +
             std::to_string(i % 77) + " und Sache" + std::to_string(i % 13);
    d.language = "de";
    d.tokens = Tokenize(d.text);
    docs.push_back(std::move(d));
  }
  const std::vector<Story> stories = ClusterStories(docs, StoryOptions{});
  size_t total = 0;
  for (const Story& s : stories) total += s.documents.size();
  EXPECT_EQ(total, docs.size());
}

}  // namespace
}  // namespace tri

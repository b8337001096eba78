// Recogniser unit tests on sentences written for these tests, plus bad input (huge sentences,
// all caps, mixed scripts, empty documents): bounded time, no crash, sensible output.
#include "annotate/entities/entities.h"

#include <gtest/gtest.h>

#include <chrono>

#include "annotate/entities/gazetteer.h"
#include "text/text.h"

namespace tri {
namespace {

const EntityRecognizer& Rec() {
  static const std::shared_ptr<const EntityRecognizer> r = [] {
    auto created = EntityRecognizer::Create(EntityOptions());
    EXPECT_TRUE(created.ok()) << created.status().ToString();
    return *created;
  }();
  return *r;
}

Document Annotated(std::string text) {
  Document d;
  d.text = std::move(text);
  AnalyzeText(d);
  Rec().Annotate(d);
  return d;
}

const EntityMention* Find(const Document& d, std::string_view text) {
  for (const EntityMention& m : d.entities) {
    if (d.slice(m.span) == text) return &m;
  }
  return nullptr;
}

TEST(Recognizer, FindsPersonsPlacesAndDerivedAdjectives) {
  const Document d = Annotated(
      "Bundeskanzler Olaf Scholz hat am Montag in Berlin den französischen Präsidenten "
      "Emmanuel Macron empfangen.");
  const EntityMention* scholz = Find(d, "Olaf Scholz");
  ASSERT_NE(scholz, nullptr);
  EXPECT_EQ(scholz->type, EntityType::kPer);
  EXPECT_EQ(scholz->role, "Bundeskanzler");
  const EntityMention* berlin = Find(d, "Berlin");
  ASSERT_NE(berlin, nullptr);
  EXPECT_EQ(berlin->type, EntityType::kLoc);
  EXPECT_FALSE(berlin->metonymic);  // "in Berlin" is a place
  const EntityMention* fr = Find(d, "französischen");
  ASSERT_NE(fr, nullptr);
  EXPECT_EQ(fr->variant, EntityVariant::kDeriv);
  ASSERT_NE(Find(d, "Emmanuel Macron"), nullptr);
}

TEST(Recognizer, RoleWordsAreNotPartOfNamesAndIntroduceThem) {
  const Document d =
      Annotated("Am Abend sprach Außenministerin Yoo Min Ja mit Reportern über die Lage.");
  const EntityMention* m = Find(d, "Yoo Min Ja");
  ASSERT_NE(m, nullptr);
  EXPECT_EQ(m->type, EntityType::kPer);
  EXPECT_EQ(m->role, "Außenministerin");
}

TEST(Recognizer, CapitalSpeakingForItsGovernmentIsMetonymic) {
  const Document d = Annotated(
      "Die Regierung setzt auf einen Dialog mit Moskau. Der Gipfel findet in Moskau statt.");
  std::vector<bool> flags;
  for (const EntityMention& m : d.entities) {
    if (d.slice(m.span) == "Moskau") flags.push_back(m.metonymic);
  }
  ASSERT_EQ(flags.size(), 2u);
  EXPECT_TRUE(flags[0]);
  EXPECT_FALSE(flags[1]);
}

TEST(Recognizer, PersonNamedInFullIsFoundAgainBySurname) {
  const Document d = Annotated(
      "Die Ministerin Petra Albrecht reiste nach Wien. Dort traf Albrecht ihre Kollegen. "
      "Albrechts Besuch dauerte zwei Tage.");
  int found = 0;
  for (const EntityMention& m : d.entities) {
    if (m.type == EntityType::kPer && d.slice(m.span).starts_with("Albrecht")) ++found;
  }
  EXPECT_EQ(found, 2);
}

TEST(Recognizer, TagTokensGivesWellFormedBio) {
  const std::vector<std::string_view> tokens = {"Die", "Universität", "Hamburg", "liegt",
                                                "an",  "der",         "Elbe",    "."};
  const SentenceLabels l = Rec().TagTokens(tokens);
  ASSERT_EQ(l.outer.size(), tokens.size());
  ASSERT_EQ(l.inner.size(), tokens.size());
  for (size_t i = 0; i < tokens.size(); ++i) {
    for (const auto* v : {&l.outer, &l.inner}) {
      const std::string& lab = (*v)[i];
      if (lab.starts_with("I-")) {
        ASSERT_GT(i, 0u);
        EXPECT_EQ((*v)[i - 1].substr(2), lab.substr(2)) << "I- without B- at " << i;
      }
    }
    if (l.inner[i] != "O") EXPECT_NE(l.outer[i], "O") << "inner entity outside an outer one";
  }
  EXPECT_NE(l.outer[6], "O");  // Elbe
}

TEST(BadInput, EmptyAndWhitespaceDocuments) {
  for (const char* text : {"", " ", "\n\n\n", "....", "\xE2\x80\x9E\xE2\x80\x9C"}) {
    const Document d = Annotated(text);
    EXPECT_TRUE(d.entities.empty()) << text;
  }
}

TEST(BadInput, TenThousandTokenSentenceIsBoundedInTime) {
  std::string text;
  const char* words[] = {"Anna", "sagt", "dass", "Berlin", "groß", "ist", "und", "Paris"};
  for (int i = 0; i < 10000; ++i) text += std::string(words[i % 8]) + " ";
  const auto t0 = std::chrono::steady_clock::now();
  const Document d = Annotated(text);
  const double secs = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
  EXPECT_LT(secs, 10.0);
  EXPECT_GT(d.entities.size(), 100u);
  for (const EntityMention& m : d.entities) {
    ASSERT_LE(m.span.end, d.text.size());
    ASSERT_LT(m.span.begin, m.span.end);
  }
}

TEST(BadInput, AllCapsAndMixedScriptsGiveValidSpans) {
  for (const char* text :
       {"DER PRÄSIDENT VON FRANKREICH BESUCHT HEUTE BERLIN UND SPRICHT MIT DER PRESSE.",
        "서울 Seoul und Москва Moskau 🙂🚀 treffen sich: Ким und 김정은 😀.",
        "\xF0\x9F\x98\x80\xF0\x9F\x98\x80 \xC3\x28 invalid \xFF bytes Berlin"}) {
    const Document d = Annotated(text);
    for (const EntityMention& m : d.entities) {
      ASSERT_LE(m.span.end, d.text.size()) << text;
      ASSERT_LT(m.span.begin, m.span.end) << text;
    }
  }
}

TEST(Gazetteer, ParsesMatchesAndRejectsBadLines) {
  auto g = ner::Gazetteer::Parse(
      "# test\ncountry\tNordkorea\tKP\ncountry\tVereinigte Staaten\tUS\ncapital\tPjöngjang\tg:1\n"
      "capitalof\tg:1\tKP\ncanon\tKP\tNordkorea\nderiv\tnordkoreanisch\tKP\n");
  ASSERT_TRUE(g.ok()) << g.status().ToString();
  const auto m = (*g)->Match({"die", "vereinigte", "staaten", "und", "nordkorea"});
  EXPECT_TRUE(m[1].begin & (1u << static_cast<int>(ner::GazKind::kCountry)));
  EXPECT_TRUE(m[2].inside & (1u << static_cast<int>(ner::GazKind::kCountry)));
  EXPECT_EQ(m[3].begin | m[3].inside, 0);
  EXPECT_EQ((*g)->CapitalOf("g:1"), "KP");
  EXPECT_EQ((*g)->DerivId("nordkoreanischen"), "KP");
  EXPECT_EQ((*g)->DerivId("koreanischen"), "");
  EXPECT_FALSE(ner::Gazetteer::Parse("country\tonly two\n").ok());
}

TEST(Model, RejectsCorruptBytes) {
  EXPECT_FALSE(EntityRecognizer::FromData("", "", "").ok());
  EXPECT_FALSE(EntityRecognizer::FromData("", "", "TRINER01\x05").ok());
  EXPECT_FALSE(EntityRecognizer::FromData("", "", std::string(100, '\0')).ok());
  EXPECT_FALSE(EntityRecognizer::FromData("", "TRILEX01\x05", "").ok());
}

}  // namespace
}  // namespace tri

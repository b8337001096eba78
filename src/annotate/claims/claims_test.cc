// Claims stage on sentences written for these tests, with hand-made upstream layers.
#include "annotate/claims/claims.h"

#include <gtest/gtest.h>

#include <chrono>

#include "annotate/claims/test_util.h"

namespace tri {
namespace {

using namespace testing;  // NOLINT: DocBuilder, Extractor, Slot, ClaimWith

TEST(Claims, AttributedLikelihoodIsHedgedWithSpeakerAndDate) {
  const std::string text =
      "Bundeskanzlerin Anna Muster will den Präsidenten Paul Exemple treffen. "
      "Regierungssprecher Karl Beispiel sagte am Montag, die Möglichkeit zu einer derartigen "
      "Unterredung sei erheblich.";
  Document d = DocBuilder(text)
                   .Entity("Anna Muster", EntityType::kPer)
                   .Entity("Paul Exemple", EntityType::kPer)
                   .Entity("Karl Beispiel", EntityType::kPer)
                   .Timex("am Montag", "2025-03-03")
                   .Quote("die Möglichkeit zu einer derartigen Unterredung sei erheblich",
                          "Regierungssprecher Karl Beispiel sagte am Montag", "Karl Beispiel")
                   .Build();
  Extractor().Annotate(d);
  const Claim* c = ClaimWith(d, "erheblich");
  ASSERT_NE(c, nullptr);
  EXPECT_EQ(c->source, "Karl Beispiel");
  EXPECT_EQ(c->quote, 0);
  EXPECT_EQ(c->modality, Modality::kHedged);
  ASSERT_NE(Slot(*c, "likelihood"), nullptr);
  EXPECT_EQ(Slot(*c, "likelihood")->normalized, "high");
  ASSERT_NE(Slot(*c, "statement_date"), nullptr);
  EXPECT_EQ(Slot(*c, "statement_date")->normalized, "2025-03-03");
  ASSERT_NE(Slot(*c, "what"), nullptr);
  EXPECT_EQ(Slot(*c, "what")->normalized, "meet");
  int participants = 0;
  for (const ClaimSlot& s : c->slots) participants += s.name == "participant";
  EXPECT_EQ(participants, 2);  // from the sentence before; the speaker is not a participant
  for (const ClaimSlot& s : c->slots) EXPECT_NE(s.normalized, "karl beispiel") << s.name;
  // The reporting frame is not a claim of its own.
  EXPECT_EQ(ClaimWith(d, "Regierungssprecher"), nullptr);

  const Claim* wants = ClaimWith(d, "will den");
  ASSERT_NE(wants, nullptr);
  ASSERT_NE(Slot(*wants, "stance"), nullptr);
  EXPECT_EQ(Slot(*wants, "stance")->normalized, "ready");
  ASSERT_NE(Slot(*wants, "holder"), nullptr);
  EXPECT_EQ(Slot(*wants, "holder")->normalized, "anna muster");
  EXPECT_TRUE(wants->source.empty());
  EXPECT_EQ(wants->id, "doc:c0");
}

TEST(Claims, ModalityFromLexicon) {
  const std::string text =
      "Der Minister trifft offenbar morgen ein. Die Regierung könnte die Steuern senken. "
      "Die Polizei hat keine Hinweise gefunden. Die Brücke wurde 1990 gebaut. "
      "Nach unbestätigten Berichten wurde der Bahnhof geräumt.";
  Document d = DocBuilder(text).Build();
  Extractor().Annotate(d);
  ASSERT_NE(ClaimWith(d, "offenbar"), nullptr);
  EXPECT_EQ(ClaimWith(d, "offenbar")->modality, Modality::kHedged);
  EXPECT_EQ(ClaimWith(d, "könnte")->modality, Modality::kSpeculative);
  EXPECT_EQ(ClaimWith(d, "keine")->modality, Modality::kNegated);
  EXPECT_TRUE(ClaimWith(d, "keine")->negated);
  EXPECT_EQ(ClaimWith(d, "Brücke")->modality, Modality::kAsserted);
  EXPECT_EQ(ClaimWith(d, "unbestätigten")->modality, Modality::kHedged);
  EXPECT_FALSE(ClaimWith(d, "offenbar")->hedges.empty());
  EXPECT_EQ(d.slice(ClaimWith(d, "offenbar")->hedges[0]), "offenbar");
}

TEST(Claims, EnglishModality) {
  const std::string text =
      "The minister reportedly left the country. The talks could resume next week. "
      "The company has not confirmed the figures. The bridge opened in 1990.";
  Document d = DocBuilder(text, "en").Build();
  Extractor().Annotate(d);
  EXPECT_EQ(ClaimWith(d, "reportedly")->modality, Modality::kHedged);
  EXPECT_EQ(ClaimWith(d, "could")->modality, Modality::kSpeculative);
  EXPECT_EQ(ClaimWith(d, "confirmed")->modality, Modality::kNegated);
  EXPECT_EQ(ClaimWith(d, "bridge")->modality, Modality::kAsserted);
}

TEST(Claims, ConflictingHedgesKeepEveryCue) {
  const std::string text = "Der Vertrag könnte offenbar nicht unterzeichnet werden.";
  Document d = DocBuilder(text).Build();
  Extractor().Annotate(d);
  ASSERT_EQ(d.claims.size(), 1u);
  EXPECT_EQ(d.claims[0].modality, Modality::kSpeculative);  // the strongest reading wins
  EXPECT_TRUE(d.claims[0].negated);                         // and the negation is kept
  EXPECT_EQ(d.claims[0].hedges.size(), 3u);
}

TEST(Claims, LastMeetingPlaceDateAndParticipants) {
  const std::string text =
      "Anna Muster und Paul Exemple wollen verhandeln. "
      "Die beiden Amtskollegen trafen sich zuletzt 2019 in Hanoi.";
  Document d = DocBuilder(text)
                   .Entity("Anna Muster", EntityType::kPer)
                   .Entity("Paul Exemple", EntityType::kPer)
                   .Build();
  Extractor().Annotate(d);
  const Claim* c = ClaimWith(d, "zuletzt");
  ASSERT_NE(c, nullptr);
  ASSERT_NE(Slot(*c, "qualifier"), nullptr);
  EXPECT_EQ(Slot(*c, "qualifier")->normalized, "last");
  ASSERT_NE(Slot(*c, "place"), nullptr);
  EXPECT_EQ(Slot(*c, "place")->value, "Hanoi");
  EXPECT_EQ(Slot(*c, "place")->normalized, "geo:1581130");
  ASSERT_NE(Slot(*c, "date"), nullptr);
  EXPECT_EQ(Slot(*c, "date")->normalized, "2019");
  int participants = 0;
  for (const ClaimSlot& s : c->slots) participants += s.name == "participant";
  EXPECT_EQ(participants, 2);
}

TEST(Claims, CapitalByAdjectiveAndNamedEvent) {
  const std::string text =
      "Der Gipfel der Handelsgruppe (XYZ) findet in der japanischen Hauptstadt statt.";
  Document d = DocBuilder(text).Build();
  Extractor().Annotate(d);
  ASSERT_EQ(d.claims.size(), 1u);
  const Claim& c = d.claims[0];
  ASSERT_NE(Slot(c, "event"), nullptr);
  EXPECT_EQ(Slot(c, "event")->normalized, "xyz");
  ASSERT_NE(Slot(c, "place"), nullptr);
  EXPECT_EQ(Slot(c, "place")->value, "japanischen Hauptstadt");
  EXPECT_EQ(Slot(c, "place")->normalized, "geo:1850147");  // Tokio
  EXPECT_EQ(Slot(c, "what")->normalized, "event");
}

TEST(Claims, RelativeWhereInheritsPlace) {
  const std::string text =
      "Die Ministerin ist in Kanada, wo der Gipfel der Gruppe (XYZ) stattfindet.";
  Document d = DocBuilder(text).Build();
  Extractor().Annotate(d);
  const Claim* c = ClaimWith(d, "stattfindet");
  ASSERT_NE(c, nullptr);
  ASSERT_NE(Slot(*c, "place"), nullptr);
  EXPECT_EQ(Slot(*c, "place")->normalized, "CA");
  EXPECT_EQ(Slot(*c, "event")->normalized, "xyz");
}

TEST(Claims, StanceNoStatementAndLeaderState) {
  const std::string text =
      "Kanadas Premierminister Paul Exemple lehnt Verhandlungen ab. "
      "Bislang hat sich Anna Muster nicht öffentlich zu einem Treffen mit Paul Exemple geäußert.";
  Document d = DocBuilder(text)
                   .Entity("Anna Muster", EntityType::kPer)
                   .Entity("Paul Exemple", EntityType::kPer)
                   .Build();
  Extractor().Annotate(d);
  const Claim* refuse = ClaimWith(d, "lehnt");
  ASSERT_NE(refuse, nullptr);
  EXPECT_EQ(Slot(*refuse, "stance")->normalized, "unwilling");
  EXPECT_EQ(Slot(*refuse, "holder")->normalized, "state:CA");  // a leader speaks for the state
  const Claim* silent = ClaimWith(d, "geäußert");
  ASSERT_NE(silent, nullptr);
  EXPECT_EQ(silent->modality, Modality::kNegated);
  EXPECT_EQ(Slot(*silent, "stance")->normalized, "no_statement");
  EXPECT_EQ(Slot(*silent, "holder")->normalized, "anna muster");
}

TEST(Claims, QuantitiesWithBoundsAndUnits) {
  const std::string text =
      "Bei dem Unglück kamen mindestens 120 Menschen ums Leben. Der Schaden beträgt rund 2,5 "
      "Millionen Euro.";
  Document d = DocBuilder(text).Build();
  Extractor().Annotate(d);
  const Claim* dead = ClaimWith(d, "120");
  ASSERT_NE(dead, nullptr);
  EXPECT_EQ(Slot(*dead, "number")->normalized, "120..");
  EXPECT_EQ(Slot(*dead, "unit")->normalized, "person");
  const Claim* money = ClaimWith(d, "Millionen");
  ASSERT_NE(money, nullptr);
  EXPECT_EQ(Slot(*money, "number")->normalized, "2375000..2625000");  // "rund": ±5 %
  EXPECT_EQ(Slot(*money, "unit")->normalized, "EUR");
}

TEST(Claims, UnitsBeforeInsideAndAfterTheNumber) {
  const std::string text =
      "Ein Erdbeben der Stärke 6,1 erschütterte die Insel. Die Zahl der wartenden Schiffe ist auf "
      "65 gestiegen. "
      "Der Angeklagte wurde zu fünf Jahren und sechs Monaten Haft verurteilt. "
      "Die Bahn baut einen 30-Kilometer-Tunnel.";
  Document d = DocBuilder(text).Build();
  Extractor().Annotate(d);
  const Claim* quake = ClaimWith(d, "Stärke");
  ASSERT_NE(quake, nullptr);
  EXPECT_EQ(Slot(*quake, "number")->normalized, "6.1..6.1");
  EXPECT_EQ(Slot(*quake, "unit")->normalized, "magnitude");
  const Claim* ships = ClaimWith(d, "Schiffe");
  ASSERT_NE(ships, nullptr);
  EXPECT_EQ(Slot(*ships, "number")->normalized, "65..65");
  EXPECT_EQ(Slot(*ships, "unit")->normalized, "ships");
  ASSERT_NE(Slot(*ships, "update"), nullptr);
  const Claim* prison = ClaimWith(d, "Haft");
  ASSERT_NE(prison, nullptr);
  EXPECT_EQ(Slot(*prison, "number")->normalized, "5.5..5.5");
  EXPECT_EQ(Slot(*prison, "unit")->normalized, "year");
  const Claim* tunnel = ClaimWith(d, "Tunnel");
  ASSERT_NE(tunnel, nullptr);
  EXPECT_EQ(Slot(*tunnel, "number")->normalized, "30..30");
  EXPECT_EQ(Slot(*tunnel, "unit")->normalized, "km");
}

TEST(Claims, ConditionsStateNoStanceAndZwischenNamesTheParticipants) {
  const std::string text =
      "Kanzlerin Anna Muster schlug ein Treffen zwischen Paul Exemple und Eva Probe vor. "
      "Wenn er möchte, würde Paul Exemple verhandeln.";
  Document d = DocBuilder(text)
                   .Entity("Anna Muster", EntityType::kPer)
                   .Entity("Paul Exemple", EntityType::kPer)
                   .Entity("Eva Probe", EntityType::kPer)
                   .Build();
  Extractor().Annotate(d);
  const Claim* proposal = ClaimWith(d, "zwischen");
  ASSERT_NE(proposal, nullptr);
  std::vector<std::string> participants;
  for (const ClaimSlot& s : proposal->slots) {
    if (s.name == "participant") participants.push_back(s.normalized);
  }
  EXPECT_EQ(participants, (std::vector<std::string>{"paul exemple", "eva probe"}));
  const Claim* condition = ClaimWith(d, "Wenn");
  ASSERT_NE(condition, nullptr);
  EXPECT_EQ(Slot(*condition, "stance"), nullptr);
}

TEST(Claims, QuestionsAndVerblessFragmentsAreNoClaims) {
  const std::string text = "Doch ist das realistisch? Wetter, Sport, Kultur";
  Document d = DocBuilder(text).Build();
  Extractor().Annotate(d);
  EXPECT_EQ(ClaimWith(d, "realistisch"), nullptr);
  EXPECT_EQ(ClaimWith(d, "Wetter"), nullptr);
}

TEST(Claims, HugeSentenceIsBounded) {
  std::string text;
  for (int i = 0; i < 10000; ++i) text += i % 7 == 0 ? "und sagte " : "Wort ";
  Document d = DocBuilder(text).Build();
  const auto start = std::chrono::steady_clock::now();
  Extractor().Annotate(d);
  const double seconds =
      std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  EXPECT_LT(seconds, 5.0);
  EXPECT_GT(d.claims.size(), 10u);
  for (const Claim& c : d.claims) EXPECT_LE(c.span.size(), 80u * 12u);
}

}  // namespace
}  // namespace tri

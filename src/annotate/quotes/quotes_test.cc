// Quote detection on sentences written for these tests: direct, indirect, mixed, frames before
// and after, colon lines, continuations, pronoun and role resolution, source types, English.
#include "annotate/quotes/test_util.h"

namespace tri::quotes_test {
namespace {

TEST(QuotesTest, DirectQuoteWithTrailingFrame) {
  Document doc =
      Annotated("„Wir werden das Projekt fortsetzen“, sagte die Ministerin Anna Berger am Montag.");
  ASSERT_EQ(doc.quotes.size(), 1u);
  const Quote& q = doc.quotes[0];
  EXPECT_EQ(q.kind, QuoteKind::kDirect);
  EXPECT_EQ(doc.slice(q.content), "Wir werden das Projekt fortsetzen");
  EXPECT_EQ(doc.slice(q.span), "„Wir werden das Projekt fortsetzen“");
  EXPECT_EQ(q.cue, "sagen");
  EXPECT_EQ(doc.slice(q.cue_span), "sagte");
  EXPECT_EQ(q.speaker, "Anna Berger");
  EXPECT_EQ(q.source_kind, SourceKind::kNamed);
  EXPECT_FALSE(q.speaker_anonymous);
}

TEST(QuotesTest, FrameBeforeQuoteWithColon) {
  Document doc = Annotated("Der Trainer Jonas Kühn sagte: „Wir haben heute verdient verloren.“");
  ASSERT_EQ(doc.quotes.size(), 1u);
  EXPECT_EQ(doc.quotes[0].kind, QuoteKind::kDirect);
  EXPECT_EQ(doc.slice(doc.quotes[0].content), "Wir haben heute verdient verloren.");
  EXPECT_EQ(doc.quotes[0].speaker, "Jonas Kühn");
}

TEST(QuotesTest, ColonOnThePreviousLineIntroducesTheQuote) {
  Document doc = Annotated(
      "Eine Sprecherin der Stadtwerke formulierte es knapp:\n\n"
      "„Die Leitungen sind alt und müssen in den nächsten Jahren ersetzt werden.“\n\n"
      "Danach ging die Sitzung weiter.");
  const Quote* q = FindQuote(doc, "Leitungen");
  ASSERT_NE(q, nullptr);
  EXPECT_EQ(q->kind, QuoteKind::kDirect);
  EXPECT_EQ(q->speaker, "Eine Sprecherin der Stadtwerke");
  EXPECT_TRUE(q->speaker_anonymous);
  EXPECT_EQ(q->source_kind, SourceKind::kAnonymousOfficial);
}

TEST(QuotesTest, IndirectKonjunktivAndMixed) {
  Document doc = Annotated(
      "Bürgermeister Paul Kramer sagte am Dienstag, die Brücke sei sicher. "
      "Kramer erklärte, die Lage im Hafen sei „äußerst angespannt“.");
  const Quote* a = FindQuote(doc, "Brücke");
  ASSERT_NE(a, nullptr);
  EXPECT_EQ(a->kind, QuoteKind::kIndirect);
  EXPECT_EQ(doc.slice(a->content), "die Brücke sei sicher");
  EXPECT_EQ(a->speaker, "Paul Kramer")
      << doc.slice(a->speaker_span) << " / " << a->cue << " / " << doc.slice(a->span);
  const Quote* b = FindQuote(doc, "Hafen");
  ASSERT_NE(b, nullptr);
  EXPECT_EQ(b->kind, QuoteKind::kMixed);
  ASSERT_EQ(b->fragments.size(), 1u);
  EXPECT_EQ(doc.slice(b->fragments[0]), "„äußerst angespannt“");
  EXPECT_EQ(b->speaker, "Paul Kramer");  // the short form resolves to the full name
  EXPECT_EQ(b->cue, "erklären");
}

TEST(QuotesTest, PrepositionalFrames) {
  Document doc = Annotated(
      "Laut Angaben der Feuerwehr wurde bei dem Brand niemand verletzt. "
      "Lokalen Medienberichten zufolge war die Halle seit Jahren leer. "
      "Nach Informationen des Magazins soll der Bau verkauft werden.");
  const Quote* a = FindQuote(doc, "niemand");
  ASSERT_NE(a, nullptr);
  EXPECT_EQ(a->cue, "laut");
  EXPECT_EQ(a->source_kind, SourceKind::kInstitution);
  const Quote* b = FindQuote(doc, "Halle");
  ASSERT_NE(b, nullptr);
  EXPECT_EQ(b->cue, "zufolge");
  EXPECT_EQ(b->source_kind, SourceKind::kMediaReports);
  EXPECT_TRUE(b->speaker_anonymous);
  EXPECT_EQ(b->speaker, "Lokalen Medienberichten");
  const Quote* c = FindQuote(doc, "verkauft");
  ASSERT_NE(c, nullptr);
  EXPECT_EQ(c->cue, "nach");
}

TEST(QuotesTest, WieMitteilteAndHiessEs) {
  Document doc = Annotated(
      "Wie die Stadtverwaltung mitteilte, bleibt das Bad bis Juni geschlossen. "
      "Aus Regierungskreisen hieß es, eine Einigung sei nahe.");
  const Quote* a = FindQuote(doc, "Bad");
  ASSERT_NE(a, nullptr);
  EXPECT_EQ(a->cue, "mitteilen");
  EXPECT_EQ(a->source_kind, SourceKind::kInstitution);
  const Quote* b = FindQuote(doc, "Einigung");
  ASSERT_NE(b, nullptr);
  EXPECT_EQ(b->cue, "heißen");
  EXPECT_EQ(b->source_kind, SourceKind::kAnonymousOfficial);
  EXPECT_TRUE(b->speaker_anonymous);
}

TEST(QuotesTest, PronounRefersToTheLastSpeaker) {
  Document doc = Annotated(
      "Die Ministerin Anna Berger besuchte am Morgen das Werk. Sie lobte die Belegschaft. "
      "„Das ist ein guter Tag für die Region“, fügte sie hinzu.");
  const Quote* q = FindQuote(doc, "guter Tag");
  ASSERT_NE(q, nullptr);
  EXPECT_EQ(q->cue, "hinzufügen");
  EXPECT_EQ(q->speaker, "Anna Berger");
  EXPECT_EQ(q->source_kind, SourceKind::kNamed);
}

TEST(QuotesTest, RoleNounRefersToEntityMention) {
  Document doc = MakeDoc(
      "Ole Hansen traf am Abend die Presse. "
      "„Ich trete nicht zurück“, sagte der Sozialdemokrat.");
  EntityMention m;
  m.span = {0, 10};  // "Ole Hansen"
  m.type = EntityType::kPer;
  m.canonical = "Ole Hansen";
  m.canonical_id = "e:hansen";
  doc.entities.push_back(m);
  Annotator().Annotate(doc);
  const Quote* q = FindQuote(doc, "zurück");
  ASSERT_NE(q, nullptr);
  EXPECT_EQ(q->speaker, "Ole Hansen");
  EXPECT_EQ(q->speaker_mention, 0);
  EXPECT_EQ(q->speaker_id, "e:hansen");
  EXPECT_EQ(doc.slice(q->speaker_span), "der Sozialdemokrat");
}

TEST(QuotesTest, ApplyEntityLinksRewritesToCanonical) {
  Document doc = MakeDoc("„Es wird knapp“, sagte Hansen.");
  EntityMention m;
  const uint32_t at = uint32_t(doc.text.find("Hansen"));
  m.span = {at, at + 6};
  m.type = EntityType::kPer;
  doc.entities.push_back(m);
  Annotator().Annotate(doc);
  ASSERT_EQ(doc.quotes.size(), 1u);
  EXPECT_EQ(doc.quotes[0].speaker, "Hansen");
  doc.entities[0].canonical = "Ole Hansen";
  doc.entities[0].canonical_id = "e:1";
  ApplyEntityLinks(doc);
  EXPECT_EQ(doc.quotes[0].speaker, "Ole Hansen");
  EXPECT_EQ(doc.quotes[0].speaker_id, "e:1");
}

TEST(QuotesTest, AnonymousSourceTypes) {
  Document doc = Annotated(
      "Ein ranghoher Diplomat sagte, die Gespräche seien festgefahren. "
      "Experten vermuten, dass die Preise weiter steigen. "
      "Die Regierung teilte mit, sie werde die Hilfen verlängern. "
      "Ein Augenzeuge berichtete, der Wagen sei viel zu schnell gewesen.");
  auto kind = [&](std::string_view needle) {
    const Quote* q = FindQuote(doc, needle);
    return q ? q->source_kind : SourceKind::kUnknown;
  };
  EXPECT_EQ(kind("festgefahren"), SourceKind::kAnonymousOfficial);
  EXPECT_EQ(kind("Preise"), SourceKind::kUnnamedExpert);
  EXPECT_EQ(kind("Hilfen"), SourceKind::kInstitution);
  EXPECT_EQ(kind("Wagen"), SourceKind::kUnknown);
  const Quote* w = FindQuote(doc, "Wagen");
  ASSERT_NE(w, nullptr);
  EXPECT_TRUE(w->speaker_anonymous);
  EXPECT_EQ(w->speaker, "Ein Augenzeuge");
  const Quote* d = FindQuote(doc, "festgefahren");
  ASSERT_NE(d, nullptr);
  EXPECT_EQ(d->speaker, "Ein ranghoher Diplomat");
  EXPECT_TRUE(d->speaker_anonymous);
}

TEST(QuotesTest, KonjunktivCarriesTheSpeakerOn) {
  Document doc = Annotated(
      "Paul Kramer sagte, die Brücke sei sicher. Man habe alle Pfeiler im Frühjahr geprüft. "
      "Am Abend regnete es.");
  const Quote* q = FindQuote(doc, "Pfeiler");
  ASSERT_NE(q, nullptr);
  EXPECT_EQ(q->form, QuoteForm::kIndirectFreeIndirect);
  EXPECT_EQ(q->speaker, "Paul Kramer");
  EXPECT_EQ(FindQuote(doc, "regnete"), nullptr);
}

TEST(QuotesTest, ScareQuotesAreNoQuotes) {
  Document doc = Annotated("Das Schiff „Nordlicht“ lief am Morgen aus dem Hafen aus.");
  EXPECT_TRUE(doc.quotes.empty());
}

TEST(QuotesTest, EnglishFrames) {
  Document doc = Annotated(
      "“We will not give up,” the mayor said on Monday. "
      "According to the police, two people were hurt. "
      "The minister told reporters that the talks had failed.",
      "en");
  const Quote* a = FindQuote(doc, "give up");
  ASSERT_NE(a, nullptr);
  EXPECT_EQ(a->kind, QuoteKind::kDirect);
  EXPECT_EQ(doc.slice(a->speaker_span), "the mayor");
  const Quote* b = FindQuote(doc, "two people");
  ASSERT_NE(b, nullptr);
  EXPECT_EQ(b->cue, "according");
  EXPECT_EQ(doc.slice(b->speaker_span), "the police");
  const Quote* c = FindQuote(doc, "talks");
  ASSERT_NE(c, nullptr);
  EXPECT_EQ(c->cue, "tell");
  EXPECT_EQ(doc.slice(c->addressee), "reporters");
}

TEST(QuotesTest, EnglishStatementAndPronoun) {
  Document doc = Annotated(
      "Mayor Jane Cole said in a statement that the bridge would reopen next week. "
      "“We are relieved,” she added. A senior official told reporters the talks had stalled.",
      "en");
  const Quote* a = FindQuote(doc, "bridge");
  ASSERT_NE(a, nullptr);
  EXPECT_EQ(doc.slice(a->content), "the bridge would reopen next week");
  EXPECT_EQ(a->speaker, "Jane Cole");
  const Quote* b = FindQuote(doc, "relieved");
  ASSERT_NE(b, nullptr);
  EXPECT_EQ(b->speaker, "Jane Cole");
  const Quote* c = FindQuote(doc, "stalled");
  ASSERT_NE(c, nullptr);
  EXPECT_EQ(c->source_kind, SourceKind::kAnonymousOfficial);
  EXPECT_TRUE(c->speaker_anonymous);
}

}  // namespace
}  // namespace tri::quotes_test

namespace tri {
namespace {
using quotes_test::Annotated;
using quotes_test::FindQuote;

TEST(QuotesTest, SpeakerPhraseAttributes) {
  Document doc = Annotated(
      "Nach Angaben seines Anwalts wurde der Antrag abgelehnt. "
      "Laut Oberst Karl Maier vom bayerischen Landeskriminalamt gab es keine Spuren. "
      "Der Termin hängt laut Behördenkreisen von letzten Fragen ab.");
  const Quote* a = FindQuote(doc, "Antrag");
  ASSERT_NE(a, nullptr);
  EXPECT_EQ(doc.slice(a->speaker_span), "Angaben seines Anwalts");
  const Quote* b = FindQuote(doc, "Spuren");
  ASSERT_NE(b, nullptr);
  EXPECT_NE(doc.slice(b->speaker_span).find("Landeskriminalamt"), std::string_view::npos);
  const Quote* c = FindQuote(doc, "Termin");
  ASSERT_NE(c, nullptr);
  EXPECT_EQ(doc.slice(c->speaker_span), "Behördenkreisen");
}

TEST(QuotesTest, AppositionSubjectAndPlainSoAreNoMessages) {
  Document doc = Annotated(
      "Der Sprecher der Stadt, Paul Kramer, lobte die Feuerwehr. "
      "War das Werk lange umstritten, so wurde es zuletzt positiv bewertet.");
  for (const Quote& q : doc.quotes) {
    EXPECT_EQ(doc.slice(q.span).find("Paul Kramer"), std::string_view::npos) << doc.slice(q.span);
    EXPECT_NE(q.cue, "so") << doc.slice(q.span);
  }
}

TEST(QuotesTest, RelativeAndDemonstrativePronounsSpeak) {
  Document doc = Annotated(
      "Entscheidend war die Aussage des Zeugen Paul Kramer, der angab, den Wagen gesehen zu haben. "
      "Am Abend wurde die Trainerin Eva Lind befragt. Diese bestätigte, dass die Mannschaft "
      "müde sei.");
  const Quote* a = FindQuote(doc, "Wagen");
  ASSERT_NE(a, nullptr);
  EXPECT_EQ(a->speaker, "Paul Kramer")
      << doc.slice(a->speaker_span) << " / " << a->cue << " / " << doc.slice(a->span);
  const Quote* b = FindQuote(doc, "Mannschaft");
  ASSERT_NE(b, nullptr);
  EXPECT_EQ(b->speaker, "Eva Lind");
}

TEST(QuotesTest, AddresseesWithoutTheirPreposition) {
  Document doc = Annotated(
      "Gegenüber der Zeitung erklärte die Ministerin Anna Berger, der Plan stehe. "
      "Der Trainer Jonas Kühn sagte vor der Presse, die Mannschaft sei bereit.");
  const Quote* a = FindQuote(doc, "Plan");
  ASSERT_NE(a, nullptr);
  EXPECT_EQ(doc.slice(a->addressee), "der Zeitung");
  const Quote* b = FindQuote(doc, "Mannschaft");
  ASSERT_NE(b, nullptr);
  EXPECT_EQ(doc.slice(b->addressee), "der Presse");
}

TEST(QuotesTest, EmptyMarkPairIsNoQuote) {
  Document doc = Annotated("Die Seite '' heise.de '' meldete den Fehler. Er sagte: ''");
  for (const Quote& q : doc.quotes) {
    EXPECT_NE(doc.slice(q.content), "") << doc.slice(q.span);
  }
}

}  // namespace
}  // namespace tri

// Quote marks and bad input: every mark style, nesting, quotes across paragraphs, unbalanced
// marks, a 50-paragraph quotation, inch/feet marks, headlines, and random mark soup.
#include <random>

#include "annotate/quotes/test_util.h"

namespace tri::quotes_test {
namespace {

// Paragraph (block) index of a byte offset.
size_t BlockIndexAt(const Document& doc, uint32_t pos) {
  for (size_t i = 0; i < doc.blocks.size(); ++i) {
    if (pos < doc.blocks[i].span.end) return i;
  }
  return doc.blocks.size();
}

TEST(MarksTest, EveryMarkStyleEnclosesTheQuote) {
  const char* styles[][2] = {{"„", "“"}, {"\"", "\""}, {"“", "”"}, {"»", "«"},
                             {"«", "»"}, {"‚", "‘"},   {"›", "‹"}};
  for (const auto& s : styles) {
    const std::string inner = "Wir bleiben bis zum Ende der Saison hier";
    Document doc = Annotated(std::string(s[0]) + inner + s[1] + ", sagte der Kapitän Max Roth.");
    ASSERT_EQ(doc.quotes.size(), 1u) << s[0];
    EXPECT_EQ(doc.slice(doc.quotes[0].content), inner) << s[0];
    EXPECT_EQ(doc.quotes[0].speaker, "Max Roth") << s[0];
  }
}

TEST(MarksTest, NestedQuoteStaysInsideTheOuterOne) {
  Document doc =
      Annotated("„Er nannte den Plan ‚völlig unrealistisch‘ und ging“, sagte die Zeugin Eva Lind.");
  ASSERT_EQ(doc.quotes.size(), 1u);
  EXPECT_EQ(doc.slice(doc.quotes[0].content), "Er nannte den Plan ‚völlig unrealistisch‘ und ging");
  EXPECT_EQ(doc.quotes[0].speaker, "Eva Lind");
}

TEST(MarksTest, QuoteAcrossSentencesAndParagraphs) {
  Document doc = Annotated(
      "Die Trainerin Eva Lind sagte: „Wir haben gut gespielt. Das Ergebnis ist bitter.\n\n"
      "Aber wir kommen zurück.“\n\nDas Spiel endete 0:1.");
  const Quote* q = FindQuote(doc, "gut gespielt");
  ASSERT_NE(q, nullptr);
  EXPECT_EQ(q->kind, QuoteKind::kDirect);
  EXPECT_NE(doc.slice(q->content).find("Aber wir kommen zurück."), std::string_view::npos);
  EXPECT_EQ(FindQuote(doc, "0:1"), nullptr);
}

TEST(MarksTest, UnbalancedQuoteEndsAtItsParagraph) {
  Document doc = Annotated(
      "Der Sprecher Tom Ahrens sagte: „Wir prüfen den Vorfall sehr genau und melden uns.\n\n"
      "Am Nachmittag fuhr der Zug wieder. Niemand war verletzt worden.\n\n"
      "Ein weiterer Absatz ohne jedes Zeichen folgt hier.");
  const Quote* q = FindQuote(doc, "prüfen");
  ASSERT_NE(q, nullptr);
  EXPECT_EQ(BlockIndexAt(doc, q->span.begin), BlockIndexAt(doc, q->span.end - 1));
  EXPECT_EQ(FindQuote(doc, "Nachmittag"), nullptr);
}

TEST(MarksTest, FiftyParagraphQuoteIsBounded) {
  std::string text = "Der Autor Jan Wolf schrieb:\n\n";
  for (int i = 0; i < 50; ++i) {
    text += "„Absatz " + std::to_string(i) + " einer langen Rede ohne schließendes Zeichen.\n\n";
  }
  Document doc = Annotated(text);
  ASSERT_FALSE(doc.quotes.empty());
  for (const Quote& q : doc.quotes) {
    EXPECT_LE(BlockIndexAt(doc, q.span.end - 1) - BlockIndexAt(doc, q.span.begin),
              size_t(QuoteOptions().max_quote_paragraphs));
    EXPECT_LE(q.span.end, doc.text.size());
  }
}

TEST(MarksTest, InchAndFeetMarksAreNoQuotes) {
  Document doc = Annotated(
      "Der Händler verkaufte einen 24\" Monitor an einen 5'11\" großen Mann. "
      "Er sagte, das Gerät sei neu.");
  for (const Quote& q : doc.quotes) {
    EXPECT_EQ(doc.slice(q.span).find("Monitor"), std::string_view::npos) << doc.slice(q.span);
  }
  const Quote* q = FindQuote(doc, "Gerät");
  ASSERT_NE(q, nullptr);
  EXPECT_EQ(q->kind, QuoteKind::kIndirect);
}

TEST(MarksTest, ApostrophesAreNoQuotes) {
  Document doc = Annotated("Das geht's nicht an, meinte Müller's Nachbar in Jones' Garten.");
  for (const Quote& q : doc.quotes) EXPECT_NE(q.kind, QuoteKind::kDirect);
}

TEST(MarksTest, HeadlineQuoteDoesNotRunIntoTheBody) {
  Document doc =
      MakeDoc("Kramer: „Die Brücke hält\n\nDer Text beginnt hier und hat keine Zeichen.");
  ASSERT_FALSE(doc.blocks.empty());
  doc.blocks[0].kind = BlockKind::kTitle;
  Annotator().Annotate(doc);
  for (const Quote& q : doc.quotes) {
    EXPECT_LE(q.span.end, doc.blocks[0].span.end);
  }
}

TEST(MarksTest, CaptionQuoteDoesNotRunIntoTheBody) {
  // A photo caption (kept as a block of its own by ingest) with an opening mark only.
  Document doc = MakeDoc(
      "Eva Lind: „Wir bleiben dran (Archivbild) Foto: Paul Kramer/dpa\n\n"
      "Der Bericht beginnt hier ohne Zeichen. Er endet bald.\n\nNoch ein Absatz folgt.");
  ASSERT_GE(doc.blocks.size(), 3u);
  doc.blocks[0].kind = BlockKind::kOther;
  Annotator().Annotate(doc);
  for (const Quote& q : doc.quotes) {
    EXPECT_LE(q.span.end, doc.blocks[0].span.end) << doc.slice(q.span);
  }
}

TEST(MarksTest, RandomMarkSoupIsBounded) {
  const char* pieces[] = {"„", "“", "”",    "\"",    "'", "»", "«", "‚",    "‘",  "’", "›",
                          "‹", " ", "Wort", "sagte", ",", ".", ":", "\n\n", "Er", "5", "sei"};
  std::mt19937 rng(7);
  for (int round = 0; round < 200; ++round) {
    std::string text;
    for (int i = 0; i < 60; ++i) text += pieces[rng() % (sizeof pieces / sizeof *pieces)];
    Document doc = Annotated(text);
    EXPECT_LE(doc.quotes.size(), doc.tokens.size());
    for (const Quote& q : doc.quotes) {
      EXPECT_LE(q.span.begin, q.span.end);
      EXPECT_LE(q.span.end, doc.text.size());
      EXPECT_TRUE(q.span.contains(q.content) || q.content.empty());
    }
  }
}

}  // namespace
}  // namespace tri::quotes_test

#include <gtest/gtest.h>

#include "text/test_util.h"
#include "text/text.h"

namespace tri {
namespace {

using text_test::JoinTokens;

struct Row {
  const char* text;
  const char* tokens;
};

void CheckTable(const std::vector<Row>& rows) {
  for (const Row& r : rows) EXPECT_EQ(JoinTokens(r.text), r.tokens) << "input: " << r.text;
}

TEST(Tokenizer, OrdinalsAndDates) {
  CheckTable({
      {"Ab dem 31. Oktober findet es statt.", "Ab | dem | 31. | Oktober | findet | es | statt | ."},
      {"am 3. November", "am | 3. | November"},
      {"im 19. Jahrhundert", "im | 19. | Jahrhundert"},
      {"am 3. und 4. Mai", "am | 3. | und | 4. | Mai"},
      {"Die Zahl stieg auf 31. Die Regierung",
       "Die | Zahl | stieg | auf | 31 | . | Die | Regierung"},
      {"Er wurde 1990 geboren. Im Jahr 2020. Danach",
       "Er | wurde | 1990 | geboren | . | Im | Jahr | 2020 | . | Danach"},
      {"bis zum 3. Jan. 2024", "bis | zum | 3. | Jan. | 2024"},
      {"26.08.2025 | 0:23 min", "26.08.2025 | | | 0:23 | min"},
      {"1. FC Köln", "1. | FC | Köln"},
      {"Platz 3.", "Platz | 3 | ."},
  });
}

TEST(Tokenizer, Abbreviations) {
  CheckTable({
      {"Dr. Anna Schmidt", "Dr. | Anna | Schmidt"},
      {"Prof. Dr. Meier", "Prof. | Dr. | Meier"},
      {"z. B. Autos", "z. | B. | Autos"},
      {"z.B. Autos", "z.B. | Autos"},
      {"u. a. Berlin", "u. | a. | Berlin"},
      {"Sport bzw. Kultur", "Sport | bzw. | Kultur"},
      {"Nr. 5 und Art. 3", "Nr. | 5 | und | Art. | 3"},
      {"eine neue Art. Die", "eine | neue | Art | . | Die"},
      {"St. Pauli", "St. | Pauli"},
      {"1,5 Mio. Euro und 2 Mrd. Dollar", "1,5 | Mio. | Euro | und | 2 | Mrd. | Dollar"},
      {"ca. 500 Menschen, vgl. oben", "ca. | 500 | Menschen | , | vgl. | oben"},
      {"Äpfel, Birnen etc.", "Äpfel | , | Birnen | etc."},
      {"Mr. Smith and Mrs. Jones", "Mr. | Smith | and | Mrs. | Jones"},
      {"in the U.S. market", "in | the | U.S. | market"},
      {"e.g. apples, i.e. fruit", "e.g. | apples | , | i.e. | fruit"},
      {"Apple Inc. and Acme Corp. said", "Apple | Inc. | and | Acme | Corp. | said"},
      {"Papst Benedikt XVI. sagte", "Papst | Benedikt | XVI. | sagte"},
  });
}

// Chunks of letters or digits with at most a final period are tokenised straight from the
// chunk scan, eight bytes at a time: words ending just before, at and after such a word
// boundary, non-ASCII letters on either side of it, and chunks that must leave the fast path.
TEST(Tokenizer, RunsAcrossEightByteWords) {
  CheckTable({
      {"abcdefg abcdefgh abcdefghi.", "abcdefg | abcdefgh | abcdefghi | ."},
      {"Bundesregierung. Verhandlungen.", "Bundesregierung | . | Verhandlungen | ."},
      {"Abcdefgä Abcdefghä Straßenbahn", "Abcdefgä | Abcdefghä | Straßenbahn"},
      {"12345678 123456789. 2025.", "12345678 | 123456789 | . | 2025 | ."},
      {"Ä. Müller und J. Schmidt", "Ä. | Müller | und | J. | Schmidt"},
      {"Ludwig XIV. kam. Dann MIX.", "Ludwig | XIV. | kam | . | Dann | MIX | ."},
      {"Er sah Abcdefgh-Ijklmnop.", "Er | sah | Abcdefgh-Ijklmnop | ."},
      {"Abcdefgh,Ijk abcdefgh.de", "Abcdefgh | , | Ijk | abcdefgh.de"},
  });
}

TEST(Tokenizer, Numbers) {
  CheckTable({
      {"1.500 Menschen", "1.500 | Menschen"},
      {"3,5 % mehr", "3,5 | % | mehr"},
      {"3,5% mehr", "3,5 | % | mehr"},
      {"um 14:11 Uhr", "um | 14:11 | Uhr"},
      {"von 2017-2021", "von | 2017-2021"},
      {"von 2017–2021", "von | 2017–2021"},
      {"10.000 Euro", "10.000 | Euro"},
      {"die 90er-Jahre", "die | 90er-Jahre"},
      {"ein 10-jähriger Junge", "ein | 10-jähriger | Junge"},
      {"$1.5 billion", "$ | 1.5 | billion"},
      {"Saison 2020/21", "Saison | 2020/21"},
      {"-3 Grad", "- | 3 | Grad"},
  });
}

TEST(Tokenizer, CompoundsAndDashes) {
  CheckTable({
      {"US-Präsident Trump", "US-Präsident | Trump"},
      {"des Apec-Gipfels", "des | Apec-Gipfels"},
      {"von Nord- und Südkorea", "von | Nord- | und | Südkorea"},
      {"Bundes-, Landes- und Kommunalebene", "Bundes- | , | Landes- | und | Kommunalebene"},
      {"Trump - Kim", "Trump | - | Kim"},
      {"Trump – Kim — Moon", "Trump | – | Kim | — | Moon"},
      {"COVID-19 und G7-Gipfel", "COVID-19 | und | G7-Gipfel"},
      {"AT&T and H&M", "AT&T | and | H&M"},
      {"CDU/CSU", "CDU | / | CSU"},
  });
}

TEST(Tokenizer, QuotesAndApostrophes) {
  CheckTable({
      {"„Das ist gut.“", "„ | Das | ist | gut | . | “"},
      {"»Nein«, sagte sie", "» | Nein | « | , | sagte | sie"},
      {"‚klein‘", "‚ | klein | ‘"},
      {"\"Yes\", he said", "\" | Yes | \" | , | he | said"},
      {"«Oui»", "« | Oui | »"},
      {"don't stop", "don't | stop"},
      {"Trump's visit", "Trump | 's | visit"},
      {"Trump’s visit", "Trump | ’s | visit"},
      {"O'Brien", "O'Brien"},
  });
}

TEST(Tokenizer, WebTokens) {
  CheckTable({
      {"Mehr unter https://www.example.org/a?b=1.",
       "Mehr | unter | https://www.example.org/a?b=1 | ."},
      {"(siehe www.example.de)", "( | siehe | www.example.de | )"},
      {"auf tagesschau.de/inland lesen", "auf | tagesschau.de/inland | lesen"},
      {"Mail an info@example.com.", "Mail | an | info@example.com | ."},
      {"#Bundestag und @tagesschau", "#Bundestag | und | @tagesschau"},
      {"Quelle:https://example.com/x", "Quelle | : | https://example.com/x"},
      {"(https://de.wikipedia.org/wiki/A_(B))", "( | https://de.wikipedia.org/wiki/A_(B) | )"},
  });
}

TEST(Tokenizer, KindsAreSet) {
  const std::string text = "Am 3. Mai: 1.500 € – siehe https://a.de, mail@b.de #tag @user „x“";
  std::vector<TokenKind> kinds;
  for (const Token& t : Tokenize(text)) kinds.push_back(t.kind);
  const std::vector<TokenKind> expected = {
      TokenKind::kWord,    TokenKind::kNumber, TokenKind::kWord,  TokenKind::kPunct,
      TokenKind::kNumber,  TokenKind::kSymbol, TokenKind::kDash,  TokenKind::kWord,
      TokenKind::kUrl,     TokenKind::kPunct,  TokenKind::kEmail, TokenKind::kHashtag,
      TokenKind::kMention, TokenKind::kQuote,  TokenKind::kWord,  TokenKind::kQuote};
  EXPECT_EQ(kinds, expected);
}

TEST(Tokenizer, MixedScriptsAndEmoji) {
  CheckTable({
      {"Kim (김정은) und Путин", "Kim | ( | 김정은 | ) | und | Путин"},
      {"gut 👍🏽 ja", "gut | 👍🏽 | ja"},
      {"北京市", "北 | 京 | 市"},
      {"Cafe\xCC\x81 au lait", "Cafe\xCC\x81 | au | lait"},
      {"DIE REGIERUNG HAT ES GESAGT.", "DIE | REGIERUNG | HAT | ES | GESAGT | ."},
  });
}

TEST(Tokenizer, EllipsisAndMarks) {
  CheckTable({
      {"Er wartete... Dann", "Er | wartete | ... | Dann"},
      {"Wirklich?! Ja", "Wirklich | ?! | Ja"},
      {"Er wartete … dann", "Er | wartete | … | dann"},
      {"etc...", "etc | ..."},
  });
}

TEST(Tokenizer, OffsetsUseBase) {
  const auto tokens = Tokenize("ab cd", 100);
  ASSERT_EQ(tokens.size(), 2u);
  EXPECT_EQ(tokens[0].span, (Span{100, 102}));
  EXPECT_EQ(tokens[1].span, (Span{103, 105}));
}

TEST(Tokenizer, SurvivesBadInput) {
  EXPECT_TRUE(Tokenize("").empty());
  EXPECT_TRUE(Tokenize(" \n\t ").empty());
  const std::string bad = "a\xC3\x28 b\xFF\xFE c\xE2\x82";
  const auto tokens = Tokenize(bad);
  ASSERT_FALSE(tokens.empty());
  uint32_t prev = 0;
  for (const Token& t : tokens) {
    EXPECT_LT(t.span.begin, t.span.end);
    EXPECT_GE(t.span.begin, prev);
    EXPECT_LE(t.span.end, bad.size());
    prev = t.span.end;
  }
}

TEST(Tokenizer, LongRunsStayLinear) {
  // 2 MB without a space, and 200k dotted segments: must finish quickly (no quadratic rescans).
  std::string run(2'000'000, 'a');
  EXPECT_EQ(Tokenize(run).size(), 1u);
  std::string dots;
  for (int i = 0; i < 200'000; ++i) dots += "ab.";
  EXPECT_GT(Tokenize(dots).size(), 1000u);
  // Many short chunks that may hold URLs/e-mails: searches must stay inside each chunk.
  std::string sentences;
  for (int i = 0; i < 300'000; ++i) sentences += "Satz. a:b ";
  EXPECT_EQ(Tokenize(sentences).size(), 1'500'000u);
  std::string ats;
  for (int i = 0; i < 200'000; ++i) ats += "a@b+";
  EXPECT_GT(Tokenize(ats).size(), 1000u);
}

}  // namespace
}  // namespace tri

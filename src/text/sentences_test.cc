#include <gtest/gtest.h>

#include "text/test_util.h"
#include "text/text.h"

namespace tri {
namespace {

using text_test::JoinSentences;

struct Row {
  const char* text;
  const char* sentences;
};

void CheckTable(const std::vector<Row>& rows) {
  for (const Row& r : rows) EXPECT_EQ(JoinSentences(r.text), r.sentences) << "input: " << r.text;
}

TEST(Sentences, OrdinalsDoNotEndSentences) {
  CheckTable({
      {"Ab dem 12. März tagt in Leipzig ein Fachkongress. Müller kommt.",
       "Ab dem 12. März tagt in Leipzig ein Fachkongress. || Müller kommt."},
      {"Das war im 19. Jahrhundert so. Heute nicht.",
       "Das war im 19. Jahrhundert so. || Heute nicht."},
      {"Die Zahl stieg auf 31. Die Regierung schwieg.",
       "Die Zahl stieg auf 31. || Die Regierung schwieg."},
      {"Die Preise stiegen um 3,5 %. 2024 waren es 4 %.",
       "Die Preise stiegen um 3,5 %. || 2024 waren es 4 %."},
  });
}

TEST(Sentences, Abbreviations) {
  CheckTable({
      {"Dr. Meier kam um 14:11 Uhr. Er blieb.", "Dr. Meier kam um 14:11 Uhr. || Er blieb."},
      {"Es gab z. B. Äpfel, Birnen u. a. Obst. Dann kam Regen.",
       "Es gab z. B. Äpfel, Birnen u. a. Obst. || Dann kam Regen."},
      {"Das kostet 1,5 Mio. Euro. Die Stadt zahlt.",
       "Das kostet 1,5 Mio. Euro. || Die Stadt zahlt."},
      {"Er kaufte Äpfel, Birnen usw. Die Tüte war voll.",
       "Er kaufte Äpfel, Birnen usw. || Die Tüte war voll."},
      {"Mr. Smith met Mrs. Jones in the U.S. capital. They talked.",
       "Mr. Smith met Mrs. Jones in the U.S. capital. || They talked."},
      {"Prices rose in the U.S. The Fed reacted.", "Prices rose in the U.S. || The Fed reacted."},
      {"He works for Acme Inc. The firm grew.", "He works for Acme Inc. || The firm grew."},
      {"Wir lesen Nr. 5 vor. Das reicht.", "Wir lesen Nr. 5 vor. || Das reicht."},
      {"Sie nannte Obst, Gemüse etc.", "Sie nannte Obst, Gemüse etc."},
  });
}

TEST(Sentences, MonthAbbreviationsAndEnglish) {
  CheckTable({
      {"Am 3. Febr. 2024 begann es. Am 5. Jan. endete es.",
       "Am 3. Febr. 2024 begann es. || Am 5. Jan. endete es."},
      {"Mr. Smith went to Washington, e.g. to meet Sen. Jones. He did.",
       "Mr. Smith went to Washington, e.g. to meet Sen. Jones. || He did."},
      {"The firm, i.e. Acme Corp., grew. Its rival did not.",
       "The firm, i.e. Acme Corp., grew. || Its rival did not."},
      {"Er ist Mitglied der St. Georgs-Gemeinde. Sie auch.",
       "Er ist Mitglied der St. Georgs-Gemeinde. || Sie auch."},
  });
}

TEST(Sentences, CaseAndScripts) {
  CheckTable({
      {"DER GIPFEL BEGINNT. ES GIBT KEINE EINIGUNG.",
       "DER GIPFEL BEGINNT. || ES GIBT KEINE EINIGUNG."},
      {"Das ist der Plan. 다음 문장입니다. Привет мир.",
       "Das ist der Plan. || 다음 문장입니다. || Привет мир."},
      {"Alles gut 👍. Morgen mehr.", "Alles gut 👍. || Morgen mehr."},
      {"Mehr bei #Wahl2025. @tagesschau berichtet.",
       "Mehr bei #Wahl2025. || @tagesschau berichtet."},
  });
}

TEST(Sentences, Initials) {
  CheckTable({
      {"Kim Jong Un traf J. R. R. Tolkien nicht. Donald J. Trump schon.",
       "Kim Jong Un traf J. R. R. Tolkien nicht. || Donald J. Trump schon."},
      {"Das war Plan B. Die Firma wechselte.", "Das war Plan B. || Die Firma wechselte."},
  });
}

TEST(Sentences, Quotes) {
  CheckTable({
      {"Er sagte: „Das ist gut.“ Dann ging er.", "Er sagte: „Das ist gut.“ || Dann ging er."},
      {"„Das ist gut“, sagte er. Dann ging er.", "„Das ist gut“, sagte er. || Dann ging er."},
      {"„Ist das gut?“, fragte er. „Ja.“", "„Ist das gut?“, fragte er. || „Ja.“"},
      {"„Ist das gut?“ fragte er.", "„Ist das gut?“ fragte er."},
      {"He said: \"It is fine.\" Then he left.", "He said: \"It is fine.\" || Then he left."},
      {"Sie rief: »Halt!« Niemand hörte.", "Sie rief: »Halt!« || Niemand hörte."},
      {"Er ging. \"Warum?\" fragte sie.", "Er ging. || \"Warum?\" fragte sie."},
      {"Er zitierte ‚Faust‘. Dann schwieg er.", "Er zitierte ‚Faust‘. || Dann schwieg er."},
      {"Er kam (sehr spät.) Dann schlief er.", "Er kam (sehr spät.) || Dann schlief er."},
  });
}

TEST(Sentences, Marks) {
  CheckTable({
      {"Wirklich?! Das glaube ich nicht.", "Wirklich?! || Das glaube ich nicht."},
      {"Er wartete... Dann kam sie.", "Er wartete... || Dann kam sie."},
      {"Er wartete … und wartete.", "Er wartete … und wartete."},
      {"Das ist gut. (Archivbild) Quelle: Agentur", "Das ist gut. || (Archivbild) Quelle: Agentur"},
      {"Mehr auf www.example.de. Dort steht es.", "Mehr auf www.example.de. || Dort steht es."},
      {"Der Text endet mit Dr.", "Der Text endet mit Dr."},
  });
}

TEST(Sentences, BlocksAndLines) {
  CheckTable({
      {"Trump will Kim treffen\n\nVon Anna Schmidt, Berlin\n\nDer Gipfel beginnt bald.",
       "Trump will Kim treffen || Von Anna Schmidt, Berlin || Der Gipfel beginnt bald."},
      {"Trump will Kim treffen\nDer Gipfel beginnt bald.",
       "Trump will Kim treffen || Der Gipfel beginnt bald."},
      {"Er sagte, dass die\nRegierung handelt.", "Er sagte, dass die\nRegierung handelt."},
      {"Die Regierung hat beschlossen, die Steuern im kommenden Jahr deutlich zu\n"
       "senken. Das freut viele Menschen im Land, aber nicht alle Ökonomen sind\n"
       "Freunde dieser Politik und warnen vor den Folgen für den Haushalt der\n"
       "Länder. Ende.",
       "Die Regierung hat beschlossen, die Steuern im kommenden Jahr deutlich zu\nsenken. || "
       "Das freut viele Menschen im Land, aber nicht alle Ökonomen sind\nFreunde dieser Politik "
       "und warnen vor den Folgen für den Haushalt der\nLänder. || Ende."},
      {"Er sagte:\n„Wir kommen.“", "Er sagte:\n„Wir kommen.“"},
      {"26.08.2025 | 0:23 min\nSüdkorea pocht auf ein Treffen.",
       "26.08.2025 | 0:23 min || Südkorea pocht auf ein Treffen."},
  });
}

TEST(Sentences, SentencesNeverCrossBlocks) {
  const std::string text = "Erster Satz ohne Punkt Zweiter Block.";
  std::vector<Block> blocks = {{{0, 22}, BlockKind::kTitle}, {{23, 37}, BlockKind::kParagraph}};
  const auto tokens = Tokenize(text);
  const auto sentences = SplitSentences(text, tokens, blocks);
  ASSERT_EQ(sentences.size(), 2u);
  EXPECT_EQ(Slice(text, sentences[0].span), "Erster Satz ohne Punkt");
  EXPECT_EQ(Slice(text, sentences[1].span), "Zweiter Block.");
}

TEST(Sentences, CoverEveryTokenOnce) {
  const std::string text = "Titel\n\nDer erste Satz. Der zweite Satz! Und dann? „Zitat.“ Ende\n\n" +
                           std::string(5000, 'x') + " " + std::string("ohne Punkt ") +
                           "\xFF\xFE kaputt.";
  Document doc;
  doc.text = text;
  AnalyzeText(doc);
  ASSERT_FALSE(doc.sentences.empty());
  uint32_t next = 0;
  for (const Sentence& s : doc.sentences) {
    EXPECT_EQ(s.token_begin, next);
    EXPECT_LT(s.token_begin, s.token_end);
    EXPECT_EQ(s.span.begin, doc.tokens[s.token_begin].span.begin);
    EXPECT_EQ(s.span.end, doc.tokens[s.token_end - 1].span.end);
    next = s.token_end;
  }
  EXPECT_EQ(next, doc.tokens.size());
}

TEST(Sentences, LongSentencesAreCapped) {
  std::string text;
  for (int i = 0; i < 10'000; ++i) text += "wort ";
  Document doc;
  doc.text = text;
  AnalyzeText(doc);
  ASSERT_EQ(doc.tokens.size(), 10'000u);
  EXPECT_EQ(doc.sentences.size(), 10u);
  for (const Sentence& s : doc.sentences)
    EXPECT_LE(s.token_end - s.token_begin, kMaxSentenceTokens);
}

TEST(Sentences, EmptyText) {
  Document doc;
  AnalyzeText(doc);
  EXPECT_TRUE(doc.tokens.empty());
  EXPECT_TRUE(doc.sentences.empty());
  EXPECT_EQ(doc.language, "und");
}

}  // namespace
}  // namespace tri

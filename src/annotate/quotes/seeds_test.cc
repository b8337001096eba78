// The seed articles (../shared/seeds, read at run time, skipped when absent): every quotation in
// quote marks is found with the right speaker, and seed 003's anonymous sources are typed as
// anonymous. Runs the stages as the pipeline does: ingest -> text -> entities -> quotes.
#include <filesystem>
#include <map>

#include <gtest/gtest.h>

#include "annotate/entities/entities.h"
#include "annotate/quotes/quotes.h"
#include "ingest/ingest.h"
#include "text/text.h"

namespace tri {
namespace {

const std::string kSeeds = std::string(TRI_SHARED_DIR) + "/seeds/";

Document LoadSeed(const std::string& name) {
  FileDocuments f = ReadInputFile(kSeeds + name, IngestOptions());
  EXPECT_EQ(f.documents.size(), 1u);
  Document doc = f.documents.empty() ? Document() : std::move(f.documents[0]);
  AnalyzeText(doc);
  auto ner = EntityRecognizer::Create({});
  EXPECT_TRUE(ner.ok());
  if (ner.ok()) (*ner)->Annotate(doc);
  auto quotes = QuoteAnnotator::Create({});
  EXPECT_TRUE(quotes.ok());
  if (quotes.ok()) (*quotes)->Annotate(doc);
  return doc;
}

const Quote* Covering(const Document& doc, std::string_view needle) {
  const size_t at = doc.text.find(needle);
  if (at == std::string::npos) return nullptr;
  const Span s{uint32_t(at), uint32_t(at + needle.size())};
  for (const Quote& q : doc.quotes) {
    if (q.span.contains(s)) return &q;
  }
  return nullptr;
}

// Spans between double quote marks („…“ and "…"), found independently of the annotator.
std::vector<Span> MarkedQuotes(const std::string& text) {
  std::vector<Span> out;
  const std::string open_de = "\xE2\x80\x9E", close_de = "\xE2\x80\x9C";
  size_t pos = 0;
  while ((pos = text.find(open_de, pos)) != std::string::npos) {
    const size_t end = text.find(close_de, pos);
    if (end == std::string::npos) break;
    out.push_back({uint32_t(pos + open_de.size()), uint32_t(end)});
    pos = end;
  }
  pos = 0;
  while ((pos = text.find('"', pos)) != std::string::npos) {
    const size_t end = text.find('"', pos + 1);
    if (end == std::string::npos) break;
    out.push_back({uint32_t(pos + 1), uint32_t(end)});
    pos = end + 1;
  }
  return out;
}

struct Expect {
  const char* seed;
  const char* needle;   // words inside the quotation
  const char* speaker;  // expected speaker (canonical name or description)
  SourceKind kind;
  bool anonymous;
};

class SeedsTest : public ::testing::Test {
 protected:
  void SetUp() override {
    if (!std::filesystem::is_directory(kSeeds)) GTEST_SKIP() << "no " << kSeeds;
  }
};

TEST_F(SeedsTest, QuotesHaveTheRightSpeakers) {
  const Expect table[] = {
      {"000_5c27936da068b5e0.txt", "erheblich", "Chung Dong Young", SourceKind::kNamed, false},
      {"000_5c27936da068b5e0.txt", "Aufmerksamkeit zu schenken", "Chung Dong Young",
       SourceKind::kNamed, false},
      {"000_5c27936da068b5e0.txt", "diese Chance nicht zu", "Chung Dong Young", SourceKind::kNamed,
       false},
      {"000_5c27936da068b5e0.txt", "Sie müssen eine Entscheidung treffen", "Chung Dong Young",
       SourceKind::kNamed, false},
      {"000_5c27936da068b5e0.txt", "er habe \"gute Erinnerungen\"", "Kim Jong Un",
       SourceKind::kNamed, false},
      {"000_5c27936da068b5e0.txt", "Gute Erinnerungen", "Kim Jong Un", SourceKind::kNamed, false},
      {"001_89063ebad1d55e69.txt", "Wenn er möchte", "Donald Trump", SourceKind::kNamed, false},
      {"001_89063ebad1d55e69.txt", "sehr unwahrscheinlich", "Oh Hyun Joo", SourceKind::kNamed,
       false},
      {"003_a89d3a4cbb225603.txt", "eine Chance auf diplomische", "Ein Regierungssprecher in Seoul",
       SourceKind::kAnonymousOfficial, true},
      {"003_a89d3a4cbb225603.txt", "diese Gelegenheit verantwortungsvoll",
       "Ein Regierungssprecher in Seoul", SourceKind::kAnonymousOfficial, true},
      {"003_a89d3a4cbb225603.txt", "Solange keine konkreten Zusagen",
       "ein Politikexperte der Yonsei-Universität in Seoul", SourceKind::kUnnamedExpert, true},
      {"003_a89d3a4cbb225603.txt", "Es ist besser, miteinander zu reden",
       "Ein hochrangiger US-Diplomat", SourceKind::kAnonymousOfficial, true},
      {"003_a89d3a4cbb225603.txt", "Sicherheits- und Protokollfragen", "diplomatischen Kreisen",
       SourceKind::kAnonymousOfficial, true},
      {"003_a89d3a4cbb225603.txt", "das Treffen nutzen könnte", "Experten",
       SourceKind::kUnnamedExpert, true},
  };
  std::map<std::string, Document> docs;
  for (const Expect& e : table) {
    if (!docs.count(e.seed)) docs[e.seed] = LoadSeed(e.seed);
    const Document& doc = docs[e.seed];
    const Quote* q = Covering(doc, e.needle);
    ASSERT_NE(q, nullptr) << e.seed << ": no quote covers \"" << e.needle << "\"";
    EXPECT_EQ(q->speaker, e.speaker) << e.seed << ": " << e.needle;
    EXPECT_EQ(q->source_kind, e.kind) << e.seed << ": " << e.needle;
    EXPECT_EQ(q->speaker_anonymous, e.anonymous) << e.seed << ": " << e.needle;
  }
}

TEST_F(SeedsTest, EveryMarkedQuotationIsAQuoteWithASpeaker) {
  for (const char* seed :
       {"000_5c27936da068b5e0.txt", "001_89063ebad1d55e69.txt", "003_a89d3a4cbb225603.txt"}) {
    const Document doc = LoadSeed(seed);
    const std::vector<Span> marked = MarkedQuotes(doc.text);
    EXPECT_FALSE(marked.empty()) << seed;
    for (const Span& m : marked) {
      const Quote* q = nullptr;
      for (const Quote& c : doc.quotes) {
        if (c.span.contains(m)) q = &c;
      }
      ASSERT_NE(q, nullptr) << seed << ": \"" << doc.slice(m) << "\" is no quote";
      EXPECT_FALSE(q->speaker.empty()) << seed << ": \"" << doc.slice(m) << "\" has no speaker";
    }
  }
}

}  // namespace
}  // namespace tri

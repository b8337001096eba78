// The seed articles (../shared/seeds, read at run time, skipped when absent): every quotation in
// quote marks is found with the right speaker, and seed 003's anonymous sources are typed as
// anonymous. Runs the stages as the pipeline does: ingest -> text -> entities -> quotes.
#include <gtest/gtest.h>

#include <filesystem>
#include <map>

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

// The seeds' text stays out of the project: a quotation is picked by one distinctive word in
// it, an unnamed source by the head word of its description (names are checked in full).
struct Expect {
  const char* seed;
  const char* word;     // a word inside the quotation
  const char* speaker;  // the canonical name, or a word of the anonymous description
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
  const char* k000 = "000_5c27936da068b5e0.txt";
  const char* k001 = "001_89063ebad1d55e69.txt";
  const char* k003 = "003_a89d3a4cbb225603.txt";
  const SourceKind kNamed = SourceKind::kNamed, kOfficial = SourceKind::kAnonymousOfficial,
                   kExpert = SourceKind::kUnnamedExpert;
  const Expect table[] = {
      {k000, "erheblich", "Chung Dong Young", kNamed, false},
      {k000, "Aufmerksamkeit", "Chung Dong Young", kNamed, false},
      {k000, "zu \"versäumen", "Chung Dong Young", kNamed, false},
      {k000, "Entscheidung", "Chung Dong Young", kNamed, false},
      {k000, "Erinnerungen", "Kim Jong Un", kNamed, false},  // the headline's
      {k000, "habe \"gute", "Kim Jong Un", kNamed, false},   // the body's
      {k001, "gerne", "Donald Trump", kNamed, false},
      {k001, "unwahrscheinlich\"", "Oh Hyun Joo", kNamed, false},
      {k003, "Entspannung", "Regierungssprecher", kOfficial, true},
      {k003, "verantwortungsvoll", "Regierungssprecher", kOfficial, true},
      {k003, "Denuklearisierung", "Politikexperte", kExpert, true},
      {k003, "Worte", "US-Diplomat", kOfficial, true},
      {k003, "Protokollfragen", "Kreisen", kOfficial, true},
      {k003, "Position", "Experten", kExpert, true},
  };
  std::map<std::string, Document> docs;
  for (const Expect& e : table) {
    if (!docs.count(e.seed)) docs[e.seed] = LoadSeed(e.seed);
    const Document& doc = docs[e.seed];
    const Quote* q = Covering(doc, e.word);
    ASSERT_NE(q, nullptr) << e.seed << ": no quote covers \"" << e.word << "\"";
    if (e.anonymous) {
      EXPECT_NE(q->speaker.find(e.speaker), std::string::npos) << e.seed << ": " << q->speaker;
    } else {
      EXPECT_EQ(q->speaker, e.speaker) << e.seed << ": " << e.word;
    }
    EXPECT_EQ(q->source_kind, e.kind) << e.seed << ": " << e.word;
    EXPECT_EQ(q->speaker_anonymous, e.anonymous) << e.seed << ": " << e.word;
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

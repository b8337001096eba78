#include "store/codec.h"

#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include "store/store_testing.h"

namespace tri::store {
namespace {

Document FullDocument() {
  Document d = testing::MakeDoc("d1", "Bahnstreik", "Die GDL streikt 72 Stunden, sagte Voss.",
                                "kurier", "2026-11-18T16:05:00+01:00");
  d.meta.authors = {"A. Autor", "B. Autorin"};
  d.meta.agency = "dpa";
  d.meta.captions.push_back({"Ein Bild", "Foto: X"});
  d.meta.provenance.push_back({"published", "text line 2", 0.5});
  d.meta.modified = DateTime::ParseIso("2026-11-18T17:00:00+01:00");
  d.language_confidence = 0.75f;
  d.blocks.push_back({{0, 39}, BlockKind::kParagraph});
  d.tokens = {{{0, 3}, TokenKind::kWord}, {{16, 18}, TokenKind::kNumber}};
  d.sentences.push_back({{0, 39}, 0, 2});
  testing::AddEntity(d, "GDL", EntityType::kOrg, "Gewerkschaft Deutscher Lokomotivführer");
  d.entities[0].variant = EntityVariant::kPart;
  d.entities[0].role = "Gewerkschaft";
  d.timex.push_back({{16, 26}, TimexType::kDuration, "PT72H", false, "APPROX", ""});
  Quote q;
  q.span = {0, 38};
  q.content = {4, 26};
  q.kind = QuoteKind::kIndirect;
  q.cue = "sagen";
  q.speaker = "Rainer Voss";
  q.source_kind = SourceKind::kNamed;
  q.form = QuoteForm::kReported;
  q.cue_parts = {{28, 33}};
  q.medium = "W";
  d.quotes.push_back(q);
  Claim c;
  c.id = "d1:c0";
  c.span = {4, 26};
  c.modality = Modality::kReported;
  c.quote = 0;
  c.slots.push_back({"number", "72 Stunden", "72h", {16, 26}});
  c.hedges.push_back({28, 33});
  d.claims.push_back(c);
  d.sourcing.named_sources = 1;
  d.sourcing.flags = {"agency_copy"};
  d.published_inferred =
      InferredDate{*Date::ParseIso("2026-11-17"), *Date::ParseIso("2026-11-18"), "story"};
  return d;
}

TEST(Codec, DocumentRoundTripsEveryLayer) {
  const Document d = FullDocument();
  const std::string blob = EncodeDocument(d);
  Document back;
  back.text = d.text;
  ASSERT_TRUE(DecodeDocument(blob, back).ok());
  EXPECT_EQ(EncodeDocument(back), blob);  // nothing the encoder wrote was lost on decoding
  EXPECT_EQ(back.id, "d1");
  EXPECT_EQ(back.meta.published->ToIso(), "2026-11-18T16:05:00+01:00");
  EXPECT_EQ(back.meta.authors.size(), 2u);
  ASSERT_EQ(back.entities.size(), 1u);
  EXPECT_EQ(back.entities[0].variant, EntityVariant::kPart);
  EXPECT_EQ(back.entities[0].canonical, "Gewerkschaft Deutscher Lokomotivführer");
  ASSERT_EQ(back.tokens.size(), 2u);
  EXPECT_EQ(back.tokens[1].kind, TokenKind::kNumber);
  EXPECT_EQ(back.tokens[1].span, (Span{16, 18}));
  ASSERT_EQ(back.claims.size(), 1u);
  EXPECT_EQ(back.claims[0].slots[0].normalized, "72h");
  EXPECT_EQ(back.claims[0].modality, Modality::kReported);
  EXPECT_EQ(back.quotes[0].speaker, "Rainer Voss");
  EXPECT_EQ(back.quotes[0].form, QuoteForm::kReported);
  EXPECT_EQ(back.quotes[0].medium, "W");
  EXPECT_FALSE(back.timex[0].resolved);
  ASSERT_TRUE(back.published_inferred.has_value());
  EXPECT_EQ(back.published_inferred->reason, "story");
  EXPECT_EQ(back.sourcing.flags, std::vector<std::string>{"agency_copy"});
}

TEST(Codec, StoryAndEntityRoundTrip) {
  Story s;
  s.id = "s1";
  s.title = "Bahnstreik";
  s.documents = {"a", "b"};
  s.timeline.push_back({"2026-11-19", "a", {1, 5}, "Donnerstag", "event", ""});
  ComparedClaim c;
  c.id = "k1";
  c.statement = "Wie lange dauert der Streik?";
  c.slot = "duration";
  c.values["a"] = ClaimValue{"48 Stunden", "PT48H", {10, 20}, "a:c0", "GDL", Modality::kAsserted};
  c.values["b"] = ClaimValue{"72 Stunden", "PT72H", {30, 40}, "b:c1", "", Modality::kHedged};
  c.relation = Relation::kContradicted;
  c.hedged_in = {"b"};
  ClaimValue later{"60 Stunden", "PT60H", {50, 60}, "b:c4", "Bahn", Modality::kReported};
  later.date = "2026-11-19";
  c.other_values.emplace_back("b", later);
  s.claims.push_back(c);
  auto back = DecodeStory(EncodeStory(s));
  ASSERT_TRUE(back.ok());
  EXPECT_EQ(EncodeStory(*back), EncodeStory(s));
  EXPECT_EQ(back->claims[0].relation, Relation::kContradicted);
  EXPECT_EQ(back->claims[0].values.at("b").modality, Modality::kHedged);
  ASSERT_EQ(back->claims[0].other_values.size(), 1u);
  EXPECT_EQ(back->claims[0].other_values[0].second.date, "2026-11-19");

  CanonicalEntity e{"e:1", "Rainer Voss", EntityType::kPer, {"Voss"}, {"GDL-Chef"}, {"GDL"}, "", 3};
  auto eb = DecodeEntity(EncodeEntity(e));
  ASSERT_TRUE(eb.ok());
  EXPECT_EQ(eb->aliases, e.aliases);
  EXPECT_EQ(eb->mentions, 3);
}

TEST(Codec, DocumentHeadReadsTheCheapFieldsAndCountsTheRest) {
  Document d = FullDocument();
  d.claims.push_back(d.claims[0]);
  Document head;
  LayerCounts counts;
  ASSERT_TRUE(DecodeDocumentHead(EncodeDocument(d), head, counts).ok());
  EXPECT_EQ(head.id, d.id);
  EXPECT_EQ(head.meta.title, d.meta.title);
  EXPECT_EQ(head.meta.authors, d.meta.authors);
  EXPECT_EQ(head.meta.published->ToIso(), d.meta.published->ToIso());
  EXPECT_EQ(head.language, d.language);
  EXPECT_EQ(head.sourcing.named_sources, 1);
  EXPECT_EQ(head.sourcing.flags, d.sourcing.flags);
  ASSERT_TRUE(head.published_inferred.has_value());
  EXPECT_EQ(head.published_inferred->reason, "story");
  EXPECT_EQ(counts.claims, 2u);
  EXPECT_EQ(counts.quotes, 1u);
  EXPECT_TRUE(head.tokens.empty());  // the heavy layers are skipped
  EXPECT_TRUE(head.claims.empty());
  EXPECT_EQ(DecodeDocumentHead("\x93\x01\x02\x03", head, counts).code(), StatusCode::kCorrupt);
}

// The story is read straight from MessagePack: keys it does not know are skipped, nil keeps
// the default, a wrong type or any truncation is Corrupt (never a crash).
TEST(Codec, StoryReaderSkipsUnknownKeysAndRefusesBadBytes) {
  nlohmann::json j{
      {"v", 1},
      {"id", "s9"},
      {"ti", nullptr},
      {"future", {{"x", {1, 2, 3}}}},
      {"d", {"a", "b"}},
      {"cl",
       {{{"id", "k"},
         {"r", 1},
         {"va", {{"a", {{"v", "48 Stunden"}, {"e", {3, 9}}, {"new", true}}}}},
         {"ov", nlohmann::json::array({nlohmann::json::array({"a", {{"v", "50 Stunden"}}})})}}}}};
  const std::vector<uint8_t> bytes = nlohmann::json::to_msgpack(j);
  const std::string blob(bytes.begin(), bytes.end());
  auto s = DecodeStory(blob);
  ASSERT_TRUE(s.ok()) << s.status().ToString();
  EXPECT_EQ(s->id, "s9");
  EXPECT_EQ(s->title, "");
  EXPECT_EQ(s->documents, (std::vector<std::string>{"a", "b"}));
  ASSERT_EQ(s->claims.size(), 1u);
  EXPECT_EQ(s->claims[0].relation, Relation::kContradicted);
  EXPECT_EQ(s->claims[0].values.at("a").value, "48 Stunden");
  EXPECT_EQ(s->claims[0].values.at("a").evidence, (Span{3, 9}));
  ASSERT_EQ(s->claims[0].other_values.size(), 1u);
  EXPECT_EQ(s->claims[0].other_values[0].second.value, "50 Stunden");

  j["ti"] = 7;  // a number where a string belongs
  const std::vector<uint8_t> wrong = nlohmann::json::to_msgpack(j);
  EXPECT_EQ(DecodeStory(std::string(wrong.begin(), wrong.end())).status().code(),
            StatusCode::kCorrupt);
  for (size_t n = 0; n < blob.size(); ++n) {
    EXPECT_FALSE(DecodeStory(blob.substr(0, n)).ok()) << "prefix of " << n << " bytes";
  }
  EXPECT_FALSE(DecodeStory(blob + "x").ok());  // trailing bytes
}

TEST(Codec, GarbageIsCorruptNotACrash) {
  Document d;
  EXPECT_EQ(DecodeDocument("\xc1 not msgpack", d).code(), StatusCode::kCorrupt);
  EXPECT_FALSE(DecodeStory("").ok());
}

// Databases written before tokens and sentences were packed as binary keep working.
TEST(Codec, OlderArrayFormOfTokensStillDecodes) {
  const nlohmann::json old{
      {"v", 1}, {"id", "d0"}, {"tk", {0, 3, 0, 4, 9, 0}}, {"se", {0, 9, 0, 2}}};
  const std::vector<uint8_t> bytes = nlohmann::json::to_msgpack(old);
  Document d;
  ASSERT_TRUE(DecodeDocument(std::string(bytes.begin(), bytes.end()), d).ok());
  ASSERT_EQ(d.tokens.size(), 2u);
  EXPECT_EQ(d.tokens[1].span, (Span{4, 9}));
  ASSERT_EQ(d.sentences.size(), 1u);
  EXPECT_EQ(d.sentences[0].token_end, 2u);
  // and the current form is the packed one
  Document fresh;
  fresh.tokens = d.tokens;
  const std::string blob = EncodeDocument(fresh);
  const auto j = nlohmann::json::from_msgpack(blob.begin(), blob.end());
  EXPECT_TRUE(j.contains("tkb") && j["tkb"].is_binary());
  EXPECT_FALSE(j.contains("tk"));
}

}  // namespace
}  // namespace tri::store

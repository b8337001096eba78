// The store's blobs: documents, stories and entities encoded with the field converters of
// codec_fields.h.
#include "store/codec.h"

#include "store/codec_fields.h"
#include "store/msgpack_read.h"

namespace tri::store {

using namespace fields;  // NOLINT: the converters are this file's vocabulary

std::string EncodeDocument(const Document& d) {
  std::vector<uint32_t> tokens, sentences;
  J blocks = J::array();
  tokens.reserve(d.tokens.size() * 3);
  for (const Token& t : d.tokens) {
    tokens.insert(tokens.end(), {t.span.begin, t.span.end, static_cast<uint32_t>(I(t.kind))});
  }
  for (const Sentence& s : d.sentences) {
    sentences.insert(sentences.end(), {s.span.begin, s.span.end, s.token_begin, s.token_end});
  }
  for (const Block& b : d.blocks) {
    blocks.push_back(b.span.begin);
    blocks.push_back(b.span.end);
    blocks.push_back(I(b.kind));
  }
  J j{{"v", 1},
      {"id", d.id},
      {"src", d.source},
      {"meta", MetaJ(d.meta)},
      {"lang", d.language},
      {"lc", d.language_confidence},
      {"bl", blocks},
      {"tkb", PackU32(tokens)},
      {"seb", PackU32(sentences)},
      {"en", ArrayOf(d.entities, EntityMentionJ)},
      {"tx", ArrayOf(d.timex, TimexJ)},
      {"qu", ArrayOf(d.quotes, QuoteJ)},
      {"cl", ArrayOf(d.claims, ClaimJ)},
      {"so", SourcingJ(d.sourcing)}};
  if (d.published_inferred) {
    j["pi"] = J::array({d.published_inferred->earliest.ToIso(),
                        d.published_inferred->latest.ToIso(), d.published_inferred->reason});
  }
  const std::vector<uint8_t> bytes = J::to_msgpack(j);
  return std::string(bytes.begin(), bytes.end());
}

Status DecodeDocument(std::string_view blob, Document& d) {
  return Guard(
      [&]() -> Status {
        const J j = J::from_msgpack(blob.begin(), blob.end());
        Get(j, "id", d.id);
        Get(j, "src", d.source);
        d.meta = ToMeta(j.value("meta", J()));
        Get(j, "lang", d.language);
        Get(j, "lc", d.language_confidence);
        const std::vector<uint32_t> bl = j.value("bl", std::vector<uint32_t>());
        for (size_t i = 0; i + 3 <= bl.size(); i += 3) {
          d.blocks.push_back(Block{Span{bl[i], bl[i + 1]}, static_cast<BlockKind>(bl[i + 2])});
        }
        const std::vector<uint32_t> tk = UnpackU32(j, "tk");
        d.tokens.reserve(tk.size() / 3);
        for (size_t i = 0; i + 3 <= tk.size(); i += 3) {
          d.tokens.push_back(Token{Span{tk[i], tk[i + 1]}, static_cast<TokenKind>(tk[i + 2])});
        }
        const std::vector<uint32_t> se = UnpackU32(j, "se");
        for (size_t i = 0; i + 4 <= se.size(); i += 4) {
          d.sentences.push_back(Sentence{Span{se[i], se[i + 1]}, se[i + 2], se[i + 3]});
        }
        ReadArray(j, "en", d.entities, ToEntityMention);
        ReadArray(j, "tx", d.timex, ToTimex);
        ReadArray(j, "qu", d.quotes, ToQuote);
        ReadArray(j, "cl", d.claims, ToClaim);
        d.sourcing = ToSourcing(j.value("so", J()));
        if (auto it = j.find("pi"); it != j.end()) d.published_inferred = ToInferred(*it);
        return Status();
      },
      "document");
}

Status DecodeDocumentHead(std::string_view blob, Document& d, LayerCounts& counts) {
  return Guard(
      [&]() -> Status {
        const MsgpackMapScan scan(blob);
        if (!scan.ok()) return Status::Corrupt("document layers are not a MessagePack map");
        if (const MsgpackEntry* e = scan.Find("id"))
          d.id = FromMsgpack(e->value).get<std::string>();
        if (const MsgpackEntry* e = scan.Find("src")) {
          d.source = FromMsgpack(e->value).get<std::string>();
        }
        if (const MsgpackEntry* e = scan.Find("meta")) d.meta = ToMeta(FromMsgpack(e->value));
        if (const MsgpackEntry* e = scan.Find("lang")) {
          d.language = FromMsgpack(e->value).get<std::string>();
        }
        if (const MsgpackEntry* e = scan.Find("so")) d.sourcing = ToSourcing(FromMsgpack(e->value));
        if (const MsgpackEntry* e = scan.Find("pi")) {
          d.published_inferred = ToInferred(FromMsgpack(e->value));
        }
        const MsgpackEntry* claims = scan.Find("cl");
        const MsgpackEntry* quotes = scan.Find("qu");
        counts.claims = claims ? claims->items : 0;
        counts.quotes = quotes ? quotes->items : 0;
        return Status();
      },
      "document");
}

std::string EncodeStory(const Story& s) {
  J timeline = ArrayOf(s.timeline, [](const TimelineEntry& t) {
    return J{{"w", t.when}, {"d", t.document}, {"s", SpanJ(t.span)},
             {"t", t.text}, {"k", t.kind},     {"sp", t.speaker}};
  });
  J claims = ArrayOf(s.claims, [](const ComparedClaim& c) {
    J values = J::object();
    for (const auto& [doc, v] : c.values) values[doc] = ClaimValueJ(v);
    J others = J::array();
    for (const auto& [doc, v] : c.other_values) others.push_back(J::array({doc, ClaimValueJ(v)}));
    return J{{"id", c.id},         {"st", c.statement}, {"sl", c.slot}, {"va", values},
             {"r", I(c.relation)}, {"h", c.hedged_in},  {"no", c.note}, {"ov", others}};
  });
  J j{{"v", 1},
      {"id", s.id},
      {"ti", s.title},
      {"d", s.documents},
      {"tl", timeline},
      {"cl", claims},
      {"so", SourcingJ(s.sourcing)}};
  const std::vector<uint8_t> bytes = J::to_msgpack(j);
  return std::string(bytes.begin(), bytes.end());
}

std::string EncodeEntity(const CanonicalEntity& e) {
  J j{{"v", 1},          {"id", e.id},   {"n", e.name},          {"t", I(e.type)},
      {"al", e.aliases}, {"r", e.roles}, {"af", e.affiliations}, {"sf", e.stands_for},
      {"m", e.mentions}};
  const std::vector<uint8_t> bytes = J::to_msgpack(j);
  return std::string(bytes.begin(), bytes.end());
}

Result<CanonicalEntity> DecodeEntity(std::string_view blob) {
  return Guard(
      [&]() -> Result<CanonicalEntity> {
        const J j = J::from_msgpack(blob.begin(), blob.end());
        CanonicalEntity e;
        Get(j, "id", e.id);
        Get(j, "n", e.name);
        GetEnum(j, "t", e.type);
        Get(j, "al", e.aliases);
        Get(j, "r", e.roles);
        Get(j, "af", e.affiliations);
        Get(j, "sf", e.stands_for);
        Get(j, "m", e.mentions);
        return e;
      },
      "entity");
}

}  // namespace tri::store

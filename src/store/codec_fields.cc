// Field-by-field MessagePack converters. Keys are short because every stored article carries
// one blob; spans and token lists are flattened to integer arrays for the same reason.
#include "store/codec_fields.h"

namespace tri::store::fields {

J SpanJ(Span s) { return J::array({s.begin, s.end}); }
Span ToSpan(const J& j) {
  if (!j.is_array() || j.size() != 2) return {};
  return Span{j[0].get<uint32_t>(), j[1].get<uint32_t>()};
}
void GetSpan(const J& j, const char* key, Span& out) {
  auto it = j.find(key);
  if (it != j.end()) out = ToSpan(*it);
}

J DateTimeJ(const std::optional<DateTime>& dt) { return dt ? J(dt->ToIso()) : J(nullptr); }
std::optional<DateTime> ToDateTime(const J& j, const char* key) {
  auto it = j.find(key);
  if (it == j.end() || !it->is_string()) return std::nullopt;
  return DateTime::ParseIso(it->get<std::string>());
}

J SourcingJ(const Sourcing& s) {
  return J{{"n", s.named_sources},
           {"a", s.anonymous_sources},
           {"q", s.quotes_without_speaker},
           {"ac", s.agency_copy},
           {"ag", s.agency},
           {"md", s.missing_date},
           {"mu", s.missing_author},
           {"c", s.claims},
           {"hc", s.hedged_claims},
           {"hs", s.hedged_share},
           {"nl", s.named},
           {"al", s.anonymous},
           {"ex", s.exclusive_claims},
           {"f", s.flags},
           {"qa", s.quoted_actors},
           {"dn", s.documents},
           {"dac", s.agency_copies},
           {"dmd", s.documents_missing_date},
           {"dma", s.documents_missing_author},
           {"dao", s.anonymous_only_documents}};
}
Sourcing ToSourcing(const J& j) {
  Sourcing s;
  if (!j.is_object()) return s;
  Get(j, "n", s.named_sources);
  Get(j, "a", s.anonymous_sources);
  Get(j, "q", s.quotes_without_speaker);
  Get(j, "ac", s.agency_copy);
  Get(j, "ag", s.agency);
  Get(j, "md", s.missing_date);
  Get(j, "mu", s.missing_author);
  Get(j, "c", s.claims);
  Get(j, "hc", s.hedged_claims);
  Get(j, "hs", s.hedged_share);
  Get(j, "nl", s.named);
  Get(j, "al", s.anonymous);
  Get(j, "ex", s.exclusive_claims);
  Get(j, "f", s.flags);
  Get(j, "qa", s.quoted_actors);
  Get(j, "dn", s.documents);
  Get(j, "dac", s.agency_copies);
  Get(j, "dmd", s.documents_missing_date);
  Get(j, "dma", s.documents_missing_author);
  Get(j, "dao", s.anonymous_only_documents);
  return s;
}

J MetaJ(const Metadata& m) {
  J caps = J::array();
  for (const Caption& c : m.captions) caps.push_back(J::array({c.text, c.credit}));
  J prov = J::array();
  for (const FieldSource& f : m.provenance)
    prov.push_back(J::array({f.field, f.from, f.confidence}));
  return J{{"ti", m.title},
           {"ou", m.outlet},
           {"ur", m.url},
           {"cu", m.canonical_url},
           {"au", m.authors},
           {"ag", m.agency},
           {"pu", DateTimeJ(m.published)},
           {"mo", DateTimeJ(m.modified)},
           {"se", m.section},
           {"kw", m.keywords},
           {"de", m.description},
           {"dl", m.declared_language},
           {"en", m.encoding},
           {"ca", caps},
           {"pr", prov}};
}
Metadata ToMeta(const J& j) {
  Metadata m;
  if (!j.is_object()) return m;
  Get(j, "ti", m.title);
  Get(j, "ou", m.outlet);
  Get(j, "ur", m.url);
  Get(j, "cu", m.canonical_url);
  Get(j, "au", m.authors);
  Get(j, "ag", m.agency);
  m.published = ToDateTime(j, "pu");
  m.modified = ToDateTime(j, "mo");
  Get(j, "se", m.section);
  Get(j, "kw", m.keywords);
  Get(j, "de", m.description);
  Get(j, "dl", m.declared_language);
  Get(j, "en", m.encoding);
  if (auto it = j.find("ca"); it != j.end()) {
    for (const J& c : *it)
      m.captions.push_back(Caption{c[0].get<std::string>(), c[1].get<std::string>()});
  }
  if (auto it = j.find("pr"); it != j.end()) {
    for (const J& f : *it) {
      m.provenance.push_back(
          FieldSource{f[0].get<std::string>(), f[1].get<std::string>(), f[2].get<double>()});
    }
  }
  return m;
}

J EntityMentionJ(const EntityMention& e) {
  return J{{"s", SpanJ(e.span)}, {"t", I(e.type)},       {"v", I(e.variant)},
           {"c", e.canonical},   {"ci", e.canonical_id}, {"r", e.role},
           {"m", e.metonymic},   {"n", e.nested},        {"sc", e.score}};
}
EntityMention ToEntityMention(const J& j) {
  EntityMention e;
  GetSpan(j, "s", e.span);
  GetEnum(j, "t", e.type);
  GetEnum(j, "v", e.variant);
  Get(j, "c", e.canonical);
  Get(j, "ci", e.canonical_id);
  Get(j, "r", e.role);
  Get(j, "m", e.metonymic);
  Get(j, "n", e.nested);
  Get(j, "sc", e.score);
  return e;
}

J TimexJ(const Timex& t) {
  return J{{"s", SpanJ(t.span)},
           {"t", I(t.type)},
           {"v", t.value},
           {"r", t.resolved},
           {"m", t.mod},
           {"re", t.range_end},
           {"rs", SpanJ(t.range_end_span)},
           {"rf", t.relative_form}};
}
Timex ToTimex(const J& j) {
  Timex t;
  GetSpan(j, "s", t.span);
  GetEnum(j, "t", t.type);
  Get(j, "v", t.value);
  Get(j, "r", t.resolved);
  Get(j, "m", t.mod);
  Get(j, "re", t.range_end);
  GetSpan(j, "rs", t.range_end_span);
  Get(j, "rf", t.relative_form);
  return t;
}

J QuoteJ(const Quote& q) {
  return J{{"s", SpanJ(q.span)},
           {"co", SpanJ(q.content)},
           {"k", I(q.kind)},
           {"cs", SpanJ(q.cue_span)},
           {"cu", q.cue},
           {"ss", SpanJ(q.speaker_span)},
           {"sp", q.speaker},
           {"si", q.speaker_id},
           {"an", q.speaker_anonymous},
           {"sk", I(q.source_kind)},
           {"fo", I(q.form)},
           {"fr", SpanJ(q.frame)},
           {"cp", ArrayOf(q.cue_parts, SpanJ)},
           {"ad", SpanJ(q.addressee)},
           {"fg", ArrayOf(q.fragments, SpanJ)},
           {"sm", q.speaker_mention},
           {"me", q.medium}};
}
Quote ToQuote(const J& j) {
  Quote q;
  GetSpan(j, "s", q.span);
  GetSpan(j, "co", q.content);
  GetEnum(j, "k", q.kind);
  GetSpan(j, "cs", q.cue_span);
  Get(j, "cu", q.cue);
  GetSpan(j, "ss", q.speaker_span);
  Get(j, "sp", q.speaker);
  Get(j, "si", q.speaker_id);
  Get(j, "an", q.speaker_anonymous);
  GetEnum(j, "sk", q.source_kind);
  GetEnum(j, "fo", q.form);
  GetSpan(j, "fr", q.frame);
  ReadArray(j, "cp", q.cue_parts, ToSpan);
  GetSpan(j, "ad", q.addressee);
  ReadArray(j, "fg", q.fragments, ToSpan);
  Get(j, "sm", q.speaker_mention);
  Get(j, "me", q.medium);
  return q;
}

J ClaimJ(const Claim& c) {
  J slots = J::array();
  for (const ClaimSlot& s : c.slots)
    slots.push_back(J::array({s.name, s.value, s.normalized, s.span.begin, s.span.end}));
  J hedges = J::array();
  for (Span s : c.hedges) hedges.push_back(SpanJ(s));
  return J{{"id", c.id},
           {"s", SpanJ(c.span)},
           {"m", I(c.modality)},
           {"src", c.source},
           {"sk", I(c.source_kind)},
           {"q", c.quote},
           {"sl", slots},
           {"h", hedges},
           {"ng", c.negated}};
}
Claim ToClaim(const J& j) {
  Claim c;
  Get(j, "id", c.id);
  GetSpan(j, "s", c.span);
  GetEnum(j, "m", c.modality);
  Get(j, "src", c.source);
  GetEnum(j, "sk", c.source_kind);
  Get(j, "q", c.quote);
  Get(j, "ng", c.negated);
  if (auto it = j.find("sl"); it != j.end()) {
    for (const J& s : *it) {
      c.slots.push_back(ClaimSlot{s[0].get<std::string>(), s[1].get<std::string>(),
                                  s[2].get<std::string>(),
                                  Span{s[3].get<uint32_t>(), s[4].get<uint32_t>()}});
    }
  }
  if (auto it = j.find("h"); it != j.end()) {
    for (const J& s : *it) c.hedges.push_back(ToSpan(s));
  }
  return c;
}

J ClaimValueJ(const ClaimValue& v) {
  return J{{"v", v.value},           {"n", v.normalized}, {"e", SpanJ(v.evidence)},
           {"c", v.claim_id},        {"sp", v.speaker},   {"m", I(v.modality)},
           {"sk", I(v.source_kind)}, {"d", v.date},       {"dt", v.date_text}};
}

// Tokens and sentences are most of a document's numbers: packed as one MessagePack binary of
// little-endian uint32 (not an array of thousands of JSON values), they decode several times
// faster, which the story page (all articles of a story) feels.
J PackU32(const std::vector<uint32_t>& values) {
  std::vector<uint8_t> bytes(values.size() * 4);
  for (size_t i = 0; i < values.size(); ++i) {
    for (int k = 0; k < 4; ++k) bytes[i * 4 + k] = static_cast<uint8_t>(values[i] >> (8 * k));
  }
  return J::binary(std::move(bytes));
}

// The packed form (`key` + "b"), else the array form older blobs have.
std::vector<uint32_t> UnpackU32(const J& j, const std::string& key) {
  std::vector<uint32_t> out;
  if (auto it = j.find(key + "b"); it != j.end() && it->is_binary()) {
    const auto& bytes = it->get_binary();
    out.resize(bytes.size() / 4);
    for (size_t i = 0; i < out.size(); ++i) {
      uint32_t v = 0;
      for (int k = 0; k < 4; ++k) v |= static_cast<uint32_t>(bytes[i * 4 + k]) << (8 * k);
      out[i] = v;
    }
    return out;
  }
  return j.value(key, std::vector<uint32_t>());
}

std::optional<InferredDate> ToInferred(const J& j) {
  if (!j.is_array() || j.size() != 3) return std::nullopt;
  auto a = Date::ParseIso(j[0].get<std::string>());
  auto b = Date::ParseIso(j[1].get<std::string>());
  if (!a || !b) return std::nullopt;
  return InferredDate{*a, *b, j[2].get<std::string>()};
}

J FromMsgpack(std::string_view bytes) { return J::from_msgpack(bytes.begin(), bytes.end()); }

}  // namespace tri::store::fields

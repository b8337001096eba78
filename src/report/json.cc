// JSON output. Field names follow OUTPUT.md; "" and absent optionals become null so consumers
// can test for presence the same way everywhere.
#include <algorithm>
#include <utility>

#include "report/report.h"

namespace tri {
namespace {

Json StrOrNull(const std::string& s) { return s.empty() ? Json(nullptr) : Json(s); }

Json SpanPair(Span s) { return Json::array({s.begin, s.end}); }

Json EntityMentionJson(const Document& doc, const EntityMention& e) {
  Json j;
  j["text"] = doc.slice(e.span);
  j["type"] = ToString(e.type);
  if (e.variant != EntityVariant::kPlain) j["variant"] = ToString(e.variant);
  j["begin"] = e.span.begin;
  j["end"] = e.span.end;
  j["canonical"] = StrOrNull(e.canonical);
  j["canonical_id"] = StrOrNull(e.canonical_id);
  if (!e.role.empty()) j["role"] = e.role;
  if (e.metonymic) j["metonymic"] = true;
  if (e.nested) j["nested"] = true;
  return j;
}

Json TimexJson(const Document& doc, const Timex& t) {
  Json j;
  j["text"] = doc.slice(t.span);
  j["type"] = ToString(t.type);
  j["value"] = t.value;
  j["begin"] = t.span.begin;
  j["end"] = t.span.end;
  if (!t.resolved) j["resolved"] = false;
  if (!t.mod.empty()) j["mod"] = t.mod;
  if (!t.range_end.empty()) j["range_end"] = t.range_end;
  return j;
}

Json QuoteJson(const Document& doc, const Quote& q) {
  Json j;
  j["text"] = doc.slice(q.content.empty() ? q.span : q.content);
  j["kind"] = ToString(q.kind);
  j["speaker"] = StrOrNull(q.speaker);
  j["speaker_anonymous"] = q.speaker_anonymous;
  j["source_kind"] = ToString(q.source_kind);
  j["cue"] = StrOrNull(q.cue);
  j["begin"] = q.span.begin;
  j["end"] = q.span.end;
  if (!q.cue_span.empty()) j["cue_span"] = SpanPair(q.cue_span);
  if (!q.speaker_span.empty()) j["speaker_span"] = SpanPair(q.speaker_span);
  if (!q.speaker_id.empty()) j["speaker_id"] = q.speaker_id;
  return j;
}

Json ClaimJson(const Document& doc, const Claim& c) {
  Json j;
  j["id"] = c.id;
  j["text"] = doc.slice(c.span);
  j["begin"] = c.span.begin;
  j["end"] = c.span.end;
  j["modality"] = ToString(c.modality);
  j["source"] = StrOrNull(c.source);
  j["source_kind"] = ToString(c.source_kind);
  if (c.quote >= 0) j["quote"] = c.quote;
  Json slots = Json::object();
  for (const ClaimSlot& s : c.slots) {
    Json v;
    v["value"] = s.value;
    if (!s.normalized.empty()) v["normalized"] = s.normalized;
    v["begin"] = s.span.begin;
    v["end"] = s.span.end;
    slots[s.name] = std::move(v);
  }
  j["slots"] = std::move(slots);
  if (!c.hedges.empty()) {
    Json h = Json::array();
    for (Span s : c.hedges) h.push_back(doc.slice(s));
    j["hedges"] = std::move(h);
  }
  return j;
}

Json SourcingJson(const Sourcing& s) {
  Json j;
  j["named_sources"] = s.named_sources;
  j["anonymous_sources"] = s.anonymous_sources;
  j["quotes_without_speaker"] = s.quotes_without_speaker;
  j["agency_copy"] = s.agency_copy;
  j["agency"] = StrOrNull(s.agency);
  j["missing_date"] = s.missing_date;
  j["missing_author"] = s.missing_author;
  j["claims"] = s.claims;
  j["hedged_claims"] = s.hedged_claims;
  j["hedged_share"] = s.hedged_share;
  j["exclusive_claims"] = s.exclusive_claims;
  j["named"] = s.named;
  j["anonymous"] = s.anonymous;
  j["flags"] = s.flags;
  return j;
}

}  // namespace

Json DocumentToJson(const Document& doc, const JsonOptions& options) {
  const Metadata& m = doc.meta;
  Json j;
  j["id"] = doc.id;
  j["source"] = doc.source;
  j["title"] = StrOrNull(m.title);
  j["outlet"] = StrOrNull(m.outlet);
  j["url"] = StrOrNull(m.url);
  std::string authors;
  for (const std::string& a : m.authors) authors += (authors.empty() ? "" : ", ") + a;
  j["author"] = StrOrNull(authors);
  j["authors"] = m.authors;
  j["agency"] = StrOrNull(m.agency);
  j["published"] = m.published ? Json(m.published->ToIso()) : Json(nullptr);
  if (doc.published_inferred && !m.published) {
    Json p;
    p["earliest"] = doc.published_inferred->earliest.ToIso();
    p["latest"] = doc.published_inferred->latest.ToIso();
    p["reason"] = doc.published_inferred->reason;
    j["published_inferred"] = std::move(p);
  } else {
    j["published_inferred"] = nullptr;
  }
  j["modified"] = m.modified ? Json(m.modified->ToIso()) : Json(nullptr);
  j["language"] = doc.language.empty() ? "und" : doc.language;
  j["canonical_url"] = StrOrNull(m.canonical_url);
  j["section"] = StrOrNull(m.section);
  j["keywords"] = m.keywords;
  j["description"] = StrOrNull(m.description);
  j["encoding"] = StrOrNull(m.encoding);
  Json captions = Json::array();
  for (const Caption& c : m.captions) {
    captions.push_back(Json{{"text", c.text}, {"credit", StrOrNull(c.credit)}});
  }
  j["captions"] = std::move(captions);
  Json prov = Json::array();
  for (const FieldSource& f : m.provenance) {
    prov.push_back(Json{{"field", f.field}, {"from", f.from}, {"confidence", f.confidence}});
  }
  j["metadata_sources"] = std::move(prov);
  j["text"] = doc.text;
  Json blocks = Json::array();
  for (const Block& b : doc.blocks) {
    blocks.push_back(
        Json{{"kind", ToString(b.kind)}, {"begin", b.span.begin}, {"end", b.span.end}});
  }
  j["blocks"] = std::move(blocks);
  if (options.tokens) {
    Json sentences = Json::array();
    for (const Sentence& s : doc.sentences) sentences.push_back(SpanPair(s.span));
    j["sentences"] = std::move(sentences);
    Json tokens = Json::array();
    for (const Token& t : doc.tokens) tokens.push_back(SpanPair(t.span));
    j["tokens"] = std::move(tokens);
  }
  if (options.annotations) {
    Json entities = Json::array();
    for (const EntityMention& e : doc.entities) entities.push_back(EntityMentionJson(doc, e));
    j["entities"] = std::move(entities);
    Json timex = Json::array();
    for (const Timex& t : doc.timex) timex.push_back(TimexJson(doc, t));
    j["timex"] = std::move(timex);
    Json quotes = Json::array();
    for (const Quote& q : doc.quotes) quotes.push_back(QuoteJson(doc, q));
    j["quotes"] = std::move(quotes);
    Json claims = Json::array();
    for (const Claim& c : doc.claims) claims.push_back(ClaimJson(doc, c));
    j["claims"] = std::move(claims);
    j["sourcing"] = SourcingJson(doc.sourcing);
  }
  return j;
}

Json StoryToJson(const Story& story) {
  Json j;
  j["id"] = story.id;
  j["title"] = story.title;
  j["documents"] = story.documents;
  Json timeline = Json::array();
  for (const TimelineEntry& t : story.timeline) {
    Json e;
    e["when"] = t.when;
    e["document"] = t.document;
    e["begin"] = t.span.begin;
    e["end"] = t.span.end;
    e["text"] = t.text;
    e["kind"] = t.kind;
    e["speaker"] = StrOrNull(t.speaker);
    timeline.push_back(std::move(e));
  }
  j["timeline"] = std::move(timeline);
  Json claims = Json::array();
  for (const ComparedClaim& c : story.claims) {
    Json cj;
    cj["id"] = c.id;
    cj["statement"] = c.statement;
    cj["slot"] = c.slot;
    Json values = Json::object(), evidence = Json::object(), speakers = Json::object(),
         modality = Json::object();
    for (const auto& [doc_id, v] : c.values) {
      values[doc_id] = v.value;
      evidence[doc_id] = SpanPair(v.evidence);
      speakers[doc_id] = StrOrNull(v.speaker);
      modality[doc_id] = ToString(v.modality);
    }
    cj["values"] = std::move(values);
    cj["evidence"] = std::move(evidence);
    cj["speakers"] = std::move(speakers);
    cj["modality"] = std::move(modality);
    cj["relation"] = ToString(c.relation);
    cj["hedged_in"] = c.hedged_in;
    cj["note"] = StrOrNull(c.note);
    claims.push_back(std::move(cj));
  }
  j["claims"] = std::move(claims);
  j["sourcing"] = SourcingJson(story.sourcing);
  return j;
}

Json EntityToJson(const CanonicalEntity& e) {
  Json j;
  j["id"] = e.id;
  j["name"] = e.name;
  j["type"] = ToString(e.type);
  j["aliases"] = e.aliases;
  j["roles"] = e.roles;
  j["affiliations"] = e.affiliations;
  j["stands_for"] = StrOrNull(e.stands_for);
  j["mentions"] = e.mentions;
  return j;
}

Json AnalysisToJson(const Analysis& analysis, const JsonOptions& options) {
  Json j;
  Json docs = Json::array();
  for (const Document& d : analysis.documents) docs.push_back(DocumentToJson(d, options));
  j["documents"] = std::move(docs);
  Json stories = Json::array();
  for (const Story& s : analysis.stories) stories.push_back(StoryToJson(s));
  j["stories"] = std::move(stories);
  Json synd = Json::array();
  for (const SyndicationPair& p : analysis.syndication) {
    synd.push_back(Json::array({p.a, p.b}));
  }
  j["syndication"] = std::move(synd);
  Json details = Json::array();
  for (const SyndicationPair& p : analysis.syndication) {
    details.push_back(Json{
        {"a", p.a}, {"b", p.b}, {"original", StrOrNull(p.original)}, {"similarity", p.similarity}});
  }
  j["syndication_details"] = std::move(details);
  Json entities = Json::array();
  for (const CanonicalEntity& e : analysis.entities) entities.push_back(EntityToJson(e));
  j["entities"] = std::move(entities);
  return j;
}

}  // namespace tri

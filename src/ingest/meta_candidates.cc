#include "ingest/meta_candidates.h"

#include "ingest/dates.h"
#include "ingest/text_util.h"

namespace tri::ingest {

void MetaCandidates::Add(std::string_view field, std::string value, std::string from,
                         double confidence) {
  std::string v = CollapseWhitespace(value);
  if (v.empty() || v.size() > 2000) return;
  MetaCandidate c;
  c.field = std::string(field);
  c.value = std::move(v);
  c.from = std::move(from);
  c.confidence = confidence;
  items_.push_back(std::move(c));
}

void MetaCandidates::AddList(std::string_view field, std::vector<std::string> values,
                             std::string from, double confidence) {
  std::vector<std::string> clean;
  for (std::string& v : values) {
    std::string t = CollapseWhitespace(v);
    if (t.empty() || t.size() > 200) continue;
    bool dup = false;
    for (const std::string& c : clean) dup = dup || AsciiLower(c) == AsciiLower(t);
    if (!dup) clean.push_back(std::move(t));
  }
  if (clean.empty()) return;
  MetaCandidate c;
  c.field = std::string(field);
  c.list = std::move(clean);
  for (const std::string& v : c.list) c.value += (c.value.empty() ? "" : ", ") + v;
  c.from = std::move(from);
  c.confidence = confidence;
  items_.push_back(std::move(c));
}

void MetaCandidates::AddDate(std::string_view field, const DateTime& value, std::string from,
                             double confidence) {
  if (!PlausiblePublicationDate(value)) return;
  MetaCandidate c;
  c.field = std::string(field);
  c.date = value;
  c.value = value.ToIso();
  c.from = std::move(from);
  c.confidence = confidence;
  items_.push_back(std::move(c));
}

const MetaCandidate* MetaCandidates::Best(std::string_view field) const {
  const MetaCandidate* best = nullptr;
  for (const MetaCandidate& c : items_) {
    if (c.field == field && (!best || c.confidence > best->confidence)) best = &c;
  }
  return best;
}

void MetaCandidates::ApplyTo(Metadata& meta) const {
  auto note = [&](const MetaCandidate* c) {
    meta.provenance.push_back({c->field, c->from, c->confidence});
  };
  auto set_string = [&](std::string_view field, std::string& target) {
    if (!target.empty()) return;
    if (const MetaCandidate* c = Best(field)) {
      target = c->value;
      note(c);
    }
  };
  set_string("title", meta.title);
  set_string("outlet", meta.outlet);
  set_string("url", meta.url);
  set_string("canonical_url", meta.canonical_url);
  set_string("agency", meta.agency);
  set_string("section", meta.section);
  set_string("description", meta.description);
  set_string("language", meta.declared_language);
  if (meta.authors.empty()) {
    if (const MetaCandidate* c = Best("authors")) {
      meta.authors = c->list;
      note(c);
    }
  }
  if (meta.keywords.empty()) {
    if (const MetaCandidate* c = Best("keywords")) {
      meta.keywords = c->list;
      note(c);
    }
  }
  if (!meta.published) {
    if (const MetaCandidate* c = Best("published")) {
      meta.published = c->date;
      note(c);
    }
  }
  if (!meta.modified) {
    if (const MetaCandidate* c = Best("modified")) {
      meta.modified = c->date;
      note(c);
    }
  }
}

}  // namespace tri::ingest

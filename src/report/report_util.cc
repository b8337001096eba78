#include "report/report_util.h"

#include <algorithm>
#include <cstdio>

namespace tri::report_internal {

DocumentIndex::DocumentIndex(const Analysis& analysis) {
  for (const Document& d : analysis.documents) by_id_[d.id] = &d;
}

const Document* DocumentIndex::Find(const std::string& id) const {
  auto it = by_id_.find(id);
  return it == by_id_.end() ? nullptr : it->second;
}

std::string OutletLabel(const Document& doc) {
  if (!doc.meta.outlet.empty()) return doc.meta.outlet;
  std::string_view url = doc.meta.url.empty() ? doc.meta.canonical_url : doc.meta.url;
  if (auto p = url.find("://"); p != std::string_view::npos) {
    url.remove_prefix(p + 3);
    url = url.substr(0, url.find('/'));
    if (url.substr(0, 4) == "www.") url.remove_prefix(4);
    if (!url.empty()) return std::string(url);
  }
  std::string_view src = doc.source;
  if (auto slash = src.find_last_of('/'); slash != std::string_view::npos)
    src.remove_prefix(slash + 1);
  return std::string(src);
}

std::string DateLabel(const Document& doc) {
  if (doc.meta.published) {
    const DateTime& p = *doc.meta.published;
    std::string out = p.date.ToIso();
    if (p.has_time) {
      char buf[8];
      std::snprintf(buf, sizeof buf, " %02d:%02d", p.hour, p.minute);
      out += buf;
    }
    return out;
  }
  if (doc.published_inferred) {
    return "undated (" + doc.published_inferred->earliest.ToIso() + " – " +
           doc.published_inferred->latest.ToIso() + ", inferred)";
  }
  return "undated";
}

namespace {

// Moves `pos` back to the start of a UTF-8 sequence so cuts never split a character.
size_t CharStart(std::string_view s, size_t pos) {
  while (pos > 0 && pos < s.size() && (static_cast<unsigned char>(s[pos]) & 0xC0) == 0x80) --pos;
  return pos;
}

}  // namespace

EvidenceContext ContextOf(const Document& doc, Span span, size_t max_context) {
  const std::string_view text = doc.text;
  EvidenceContext out;
  if (span.begin > text.size()) return out;
  span.end = std::min<uint32_t>(span.end, static_cast<uint32_t>(text.size()));
  uint32_t begin = span.begin, end = span.end;
  for (const Sentence& s : doc.sentences) {
    if (s.span.end <= span.begin) continue;
    if (s.span.begin >= span.end) break;
    begin = std::min(begin, s.span.begin);
    end = std::max(end, s.span.end);
  }
  bool cut_front = false, cut_back = false;
  if (span.begin - begin > max_context) {
    begin = static_cast<uint32_t>(CharStart(text, span.begin - max_context));
    cut_front = true;
  }
  if (end - span.end > max_context) {
    end = static_cast<uint32_t>(CharStart(text, span.end + max_context));
    cut_back = true;
  }
  out.before = (cut_front ? "…" : "") + OneLine(text.substr(begin, span.begin - begin));
  out.evidence = OneLine(text.substr(span.begin, span.end - span.begin));
  out.after = OneLine(text.substr(span.end, end - span.end)) + (cut_back ? "…" : "");
  return out;
}

std::vector<const ComparedClaim*> ClaimsForReading(const Story& story) {
  std::vector<const ComparedClaim*> out;
  for (const ComparedClaim& c : story.claims) out.push_back(&c);
  auto rank = [](Relation r) {
    switch (r) {
      case Relation::kContradicted:
        return 0;
      case Relation::kRevisedOverTime:
        return 1;
      case Relation::kSingleSource:
        return 2;
      case Relation::kAgreed:
        return 3;
    }
    return 4;
  };
  std::stable_sort(out.begin(), out.end(), [&](const ComparedClaim* a, const ComparedClaim* b) {
    if (rank(a->relation) != rank(b->relation)) return rank(a->relation) < rank(b->relation);
    return a->id < b->id;
  });
  return out;
}

std::string DisplayValue(const ComparedClaim& claim, const ClaimValue& value, size_t max_chars) {
  std::string words = OneLine(value.value);
  if (words.size() > max_chars) {
    words = words.substr(0, CharStart(words, max_chars)) + "…";
  }
  if ((claim.slot == "stance" || claim.slot == "likelihood") && !value.normalized.empty() &&
      value.normalized != value.value) {
    std::string reading = value.normalized;
    std::replace(reading.begin(), reading.end(), '_', ' ');
    return reading + ": " + words;
  }
  return words;
}

bool InMatrix(const ComparedClaim& c) {
  return c.values.size() >= 2 || c.relation == Relation::kContradicted ||
         c.relation == Relation::kRevisedOverTime;
}

std::vector<std::string> GlanceLines(const Story& story, const DocumentIndex& docs) {
  std::vector<std::string> lines;
  size_t agreed = 0, single = 0;
  for (const ComparedClaim* c : ClaimsForReading(story)) {
    agreed += c->relation == Relation::kAgreed;
    single += c->relation == Relation::kSingleSource;
    if (c->relation != Relation::kContradicted && c->relation != Relation::kRevisedOverTime)
      continue;
    std::string line =
        std::string(RelationLabel(c->relation)) + ": " + OneLine(c->statement) + " —";
    bool first = true;
    for (const std::string& id : story.documents) {
      auto it = c->values.find(id);
      const Document* d = docs.Find(id);
      if (it == c->values.end() || !d) continue;
      line += std::string(first ? " " : "; ") + OutletLabel(*d) + ": \u201C" +
              DisplayValue(*c, it->second) + "\u201D";
      std::string who = it->second.speaker;
      const std::string& date = it->second.date;  // unresolved shapes ("XXXX-WXX-5") say little
      if (!date.empty() && date[0] != 'X') who += (who.empty() ? "" : ", ") + date;
      if (!who.empty()) line += " (" + who + ")";
      first = false;
    }
    lines.push_back(std::move(line));
  }
  lines.push_back(std::to_string(agreed) + " claims agreed by several outlets, " +
                  std::to_string(single) + " carried by one outlet only.");
  for (const std::string& id : story.documents) {
    const Document* d = docs.Find(id);
    if (!d || d->sourcing.flags.empty()) continue;
    std::string flags;
    for (const std::string& f : d->sourcing.flags) {
      std::string readable = f;
      std::replace(readable.begin(), readable.end(), '_', ' ');
      flags += (flags.empty() ? "" : ", ") + readable;
    }
    std::string line = "Sourcing of " + OutletLabel(*d) + ": " + flags;
    if (!d->sourcing.anonymous.empty()) {
      line += " (unnamed or vague sources: ";
      for (size_t i = 0; i < d->sourcing.anonymous.size() && i < 4; ++i) {
        line += (i ? ", " : "") + OneLine(d->sourcing.anonymous[i]);
      }
      line += d->sourcing.anonymous.size() > 4 ? ", …)" : ")";
    }
    lines.push_back(std::move(line));
  }
  return lines;
}

std::string_view RelationLabel(Relation r) {
  switch (r) {
    case Relation::kAgreed:
      return "Agreed";
    case Relation::kContradicted:
      return "Contradiction";
    case Relation::kSingleSource:
      return "Single source";
    case Relation::kRevisedOverTime:
      return "Revised over time";
  }
  return "";
}

std::string OneLine(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  bool space = false;
  for (char c : text) {
    if (c == ' ' || c == '\n' || c == '\t' || c == '\r') {
      space = true;
      continue;
    }
    if (space && !out.empty()) out += ' ';
    space = false;
    out += c;
  }
  return out;
}

}  // namespace tri::report_internal

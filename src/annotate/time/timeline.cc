// Story timelines: every dated event and statement of a story's articles on one time axis.
// - publication: each article's publication date (or its inferred interval's first day);
// - statement: each quote, dated by a day named in its sentence, else by its article's date
//   (a statement is made on or before the day it is published);
// - event: each sentence with a calendar DATE/TIME expression (other than the statements').
// Entries sort by the start of their period, coarser periods first, then story order.
#include <algorithm>
#include <unordered_map>

#include "annotate/time/calendar.h"
#include "annotate/time/time.h"

namespace tri {
namespace {

constexpr size_t kMaxText = 300;

// Up to kMaxText bytes, cut at a UTF-8 character boundary.
std::string Excerpt(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\n')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\n')) s.remove_suffix(1);
  if (s.size() <= kMaxText) return std::string(s);
  size_t cut = kMaxText;
  while (cut > 0 && (static_cast<unsigned char>(s[cut]) & 0xC0) == 0x80) --cut;
  return std::string(s.substr(0, cut)) + "…";
}

Span SentenceOf(const Document& doc, Span s) {
  for (const Sentence& sent : doc.sentences) {
    if (sent.span.contains(s.begin)) return sent.span;
  }
  return s;
}

// Date lines, credits and captions ("27.10.2025, 14:11 Uhr Artikel anhören", "26.08.2025 |
// 0:23 min") date the page or a video, not an event of the story.
bool OutsideBody(const Document& doc, Span s) {
  const Block* b = BlockAt(doc, s.begin);
  return b != nullptr && (b->kind == BlockKind::kByline || b->kind == BlockKind::kOther);
}

bool Datable(const Timex& t) {
  if (t.type == TimexType::kDuration || t.type == TimexType::kSet || !t.resolved) return false;
  Date f, l;
  return timex::ValueInterval(t.value, f, l);
}

// A day-level value ("2025-10-24", "2025-10-24TEV") for dating statements.
bool IsDay(const Timex& t) {
  Date f, l;
  return Datable(t) && timex::ValueInterval(t.value, f, l) && f == l;
}

}  // namespace

std::vector<TimelineEntry> BuildTimeline(const Story& story,
                                         const std::vector<const Document*>& docs) {
  std::vector<TimelineEntry> out;
  std::unordered_map<std::string, size_t> order;
  for (size_t i = 0; i < story.documents.size(); ++i) order[story.documents[i]] = i;
  for (const Document* doc : docs) {
    if (!doc) continue;
    std::optional<std::string> published;
    if (doc->meta.published) {
      published = doc->meta.published->date.ToIso();
      out.push_back({*published, doc->id, {}, doc->meta.title, "publication", ""});
    } else if (doc->published_inferred) {
      const InferredDate& p = *doc->published_inferred;
      published = p.earliest.ToIso();
      std::string text = doc->meta.title.empty() ? std::string() : doc->meta.title + " ";
      text += "(publication inferred: " + p.earliest.ToIso() +
              (p.earliest == p.latest ? "" : " to " + p.latest.ToIso()) + ")";
      out.push_back({*published, doc->id, {}, text, "publication", ""});
    }
    std::vector<Span> statement_sentences;
    for (const Quote& q : doc->quotes) {
      const Span sentence = SentenceOf(*doc, q.cue_span.empty() ? q.span : q.cue_span);
      std::optional<std::string> when;
      for (const Timex& t : doc->timex) {
        if (sentence.contains(t.span.begin) && IsDay(t)) {
          when = t.value.substr(0, 10);
          break;
        }
      }
      if (!when) when = published;
      if (!when) continue;
      statement_sentences.push_back(sentence);
      out.push_back({*when, doc->id, q.span, Excerpt(doc->slice(q.span)), "statement", q.speaker});
    }
    for (const Timex& t : doc->timex) {
      if (!Datable(t) || t.value.find("REF") != std::string::npos || OutsideBody(*doc, t.span))
        continue;
      const Span sentence = SentenceOf(*doc, t.span);
      if (std::find(statement_sentences.begin(), statement_sentences.end(), sentence) !=
          statement_sentences.end()) {
        continue;
      }
      out.push_back({t.value, doc->id, sentence, Excerpt(doc->slice(sentence)), "event", ""});
    }
  }
  // Several expressions of one sentence with the same value make one entry.
  auto key = [&](const TimelineEntry& e) {
    Date f{0, 1, 1}, l{0, 1, 1};
    timex::ValueInterval(e.when, f, l);
    const auto it = order.find(e.document);
    return std::make_tuple(f.ToDays(), -(l.ToDays() - f.ToDays()),
                           it == order.end() ? order.size() : it->second, e.document, e.span.begin,
                           e.kind, e.when);
  };
  std::stable_sort(out.begin(), out.end(),
                   [&](const auto& a, const auto& b) { return key(a) < key(b); });
  out.erase(std::unique(out.begin(), out.end(),
                        [](const TimelineEntry& a, const TimelineEntry& b) {
                          return a.document == b.document && a.span == b.span && a.when == b.when &&
                                 a.kind == b.kind;
                        }),
            out.end());
  return out;
}

}  // namespace tri

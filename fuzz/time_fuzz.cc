// libFuzzer target for the time stage's date/time parser: tags fuzzed text (language and
// anchor taken from the first bytes) in both domains, re-resolves the anchor-relative forms,
// runs publication-date inference and the timeline on it, and checks the invariants other
// stages rely on (spans in range and ordered, non-empty values, relative forms that decode).
#include <cstdint>
#include <cstdlib>
#include <memory>
#include <string>

#include "annotate/time/resolve.h"
#include "annotate/time/sem.h"
#include "annotate/time/time.h"
#include "text/text.h"

namespace {

void Check(bool ok) {
  if (!ok) std::abort();
}

const tri::TimeTagger& Tagger(bool narrative) {
  static const std::shared_ptr<const tri::TimeTagger> news = *tri::TimeTagger::Create({});
  static const std::shared_ptr<const tri::TimeTagger> story =
      *tri::TimeTagger::Create({.domain = tri::TimeDomain::kNarrative});
  return narrative ? *story : *news;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  if (size < 3) return 0;
  const uint8_t flags = data[0];
  // Anchor: any day within a few centuries of 2000, or none.
  const int day = (data[1] << 8 | data[2]) * 7 - 200000;
  std::optional<tri::DateTime> anchor;
  if (flags & 1) anchor = tri::DateTime{tri::Date::FromDays(day)};
  tri::Document doc;
  doc.id = "fuzz";
  doc.text.assign(reinterpret_cast<const char*>(data) + 3, size - 3);
  tri::AnalyzeText(doc);
  doc.language = (flags & 2) ? "de" : (flags & 4) ? "en" : "und";
  Tagger(flags & 8).Annotate(doc, anchor);
  uint32_t prev_end = 0;
  for (const tri::Timex& t : doc.timex) {
    Check(t.span.begin < t.span.end && t.span.end <= doc.text.size());
    Check(t.span.begin >= prev_end);
    prev_end = t.span.end;
    Check(!t.value.empty());
    if (!t.range_end_span.empty()) Check(t.span.contains(t.range_end_span));
    if (!t.relative_form.empty()) {
      const std::optional<tri::timex::Sem> sem = tri::timex::Decode(t.relative_form);
      Check(sem.has_value());
      Check(!tri::timex::ResolveAgainst(*sem, tri::Date{2025, 10, 27}).value.empty());
    }
  }
  std::vector<tri::Document> docs;
  docs.push_back(std::move(doc));
  tri::Story story;
  story.documents = {"fuzz"};
  tri::InferPublicationDates(docs, {story});
  if (docs[0].published_inferred) {
    Check(docs[0].published_inferred->earliest <= docs[0].published_inferred->latest);
  }
  for (const tri::TimelineEntry& e : tri::BuildTimeline(story, {&docs[0]})) Check(!e.when.empty());
  return 0;
}

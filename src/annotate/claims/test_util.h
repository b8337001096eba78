// Test helper (tests only): builds an annotated Document from a text written for the test, with
// hand-made entity, time and quote layers standing in for the upstream stages, so the claims and
// compare stages can be tested on exactly the input they expect; plus the lookups the claims
// tests share.
#pragma once

#include <algorithm>
#include <string>
#include <string_view>

#include "annotate/claims/claims.h"
#include "core/document.h"
#include "text/text.h"

namespace tri::testing {

class DocBuilder {
 public:
  explicit DocBuilder(std::string text, std::string language = "de", std::string id = "doc") {
    doc_.id = std::move(id);
    doc_.text = std::move(text);
    AnalyzeText(doc_);
    doc_.language = std::move(language);
  }
  // Every whole-word occurrence of `surface` becomes an entity mention.
  DocBuilder& Entity(std::string_view surface, EntityType type, std::string canonical = "") {
    for (size_t pos = doc_.text.find(surface); pos != std::string::npos;
         pos = doc_.text.find(surface, pos + 1)) {
      const bool left = pos == 0 || !IsWordByte(doc_.text[pos - 1]);
      const size_t end = pos + surface.size();
      const bool right = end >= doc_.text.size() || !IsWordByte(doc_.text[end]) ||
                         doc_.text[end] == 's';  // genitive "Trumps"
      if (!left || !right) continue;
      EntityMention m;
      m.span = {static_cast<uint32_t>(pos), static_cast<uint32_t>(end)};
      m.type = type;
      m.canonical = canonical;
      doc_.entities.push_back(m);
    }
    std::sort(doc_.entities.begin(), doc_.entities.end(),
              [](const EntityMention& a, const EntityMention& b) { return a.span < b.span; });
    return *this;
  }
  DocBuilder& Timex(std::string_view surface, std::string value,
                    TimexType type = TimexType::kDate) {
    tri::Timex t;
    t.span = Find(surface);
    t.value = std::move(value);
    t.type = type;
    doc_.timex.push_back(t);
    return *this;
  }
  // A quote whose content and reporting frame are substrings of the text.
  DocBuilder& Quote(std::string_view content, std::string_view frame, std::string speaker,
                    SourceKind kind = SourceKind::kNamed, QuoteKind qkind = QuoteKind::kIndirect) {
    tri::Quote q;
    q.content = Find(content);
    q.frame = frame.empty() ? Span{} : Find(frame);
    q.span = {std::min(q.content.begin, frame.empty() ? q.content.begin : q.frame.begin),
              std::max(q.content.end, frame.empty() ? q.content.end : q.frame.end)};
    if (!speaker.empty() && !frame.empty()) {
      const size_t at = doc_.text.find(speaker, q.frame.begin);
      if (at != std::string::npos && at < q.frame.end) {
        q.speaker_span = {static_cast<uint32_t>(at), static_cast<uint32_t>(at + speaker.size())};
      }
    }
    q.speaker = std::move(speaker);
    q.source_kind = kind;
    q.speaker_anonymous = kind != SourceKind::kNamed;
    q.kind = qkind;
    doc_.quotes.push_back(q);
    return *this;
  }
  DocBuilder& Published(std::string iso) {
    doc_.meta.published = DateTime::ParseIso(iso);
    return *this;
  }
  DocBuilder& Outlet(std::string outlet, std::string agency = "") {
    doc_.meta.outlet = std::move(outlet);
    doc_.meta.agency = std::move(agency);
    return *this;
  }
  Document Build() const { return doc_; }
  Span Find(std::string_view s) const {
    const size_t pos = doc_.text.find(s);
    if (pos == std::string::npos) return {};
    return {static_cast<uint32_t>(pos), static_cast<uint32_t>(pos + s.size())};
  }

 private:
  static bool IsWordByte(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
           static_cast<unsigned char>(c) >= 0x80;
  }
  Document doc_;
};

// The claims stage with default options, built once and shared by every test.
inline const ClaimExtractor& Extractor() {
  static auto x = ClaimExtractor::Create({});
  return **x;
}

// The claims stage over a document built by DocBuilder, as the pipeline would run it.
inline void Annotate(Document& d) { Extractor().Annotate(d); }

// The slot called `name` of a claim, or nullptr.
inline const ClaimSlot* Slot(const Claim& c, std::string_view name) {
  for (const ClaimSlot& s : c.slots) {
    if (s.name == name) return &s;
  }
  return nullptr;
}

// The claim whose text contains `needle`.
inline const Claim* ClaimWith(const Document& d, std::string_view needle) {
  for (const Claim& c : d.claims) {
    if (d.slice(c.span).find(needle) != std::string_view::npos) return &c;
  }
  return nullptr;
}

}  // namespace tri::testing

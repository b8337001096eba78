// Helpers shared by the Markdown and HTML reports: finding documents by id, naming outlets,
// quoting evidence in its sentence, and ordering a story's claims the way a reader wants them
// (contradictions first).
#pragma once

#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "core/analysis.h"

namespace tri::report_internal {

class DocumentIndex {
 public:
  explicit DocumentIndex(const Analysis& analysis);
  const Document* Find(const std::string& id) const;

 private:
  std::map<std::string, const Document*> by_id_;
};

// What a reader calls the article: the outlet, else the URL's host, else the file name.
std::string OutletLabel(const Document& doc);

// "2026-11-16 07:45", "undated (2025-10-24 – 2025-10-27, inferred)" or "undated".
std::string DateLabel(const Document& doc);

// The evidence in context: the sentence(s) around `span`, split so the caller can emphasise the
// evidence itself. Long contexts are trimmed with an ellipsis.
struct EvidenceContext {
  std::string before, evidence, after;
};
EvidenceContext ContextOf(const Document& doc, Span span, size_t max_context = 160);

// Claims ordered for reading: contradicted, revised, single-source, agreed; then by id.
std::vector<const ComparedClaim*> ClaimsForReading(const Story& story);

// The story in a few lines for a reader in a hurry: each contradiction and revision with every
// outlet's answer and speaker, the counts of agreed and single-source claims, and articles whose
// sourcing is flagged (anonymous only, agency copy, no date or author). Plain text; the
// renderers escape it.
std::vector<std::string> GlanceLines(const Story& story, const DocumentIndex& docs);

// What an article says on a claim, for tables and summaries: the words as written, led by the
// compared reading where the words alone hide it ("no statement: geäußert", "high: ...
// erheblich") and cut to about `max_chars` characters.
std::string DisplayValue(const ComparedClaim& claim, const ClaimValue& value,
                         size_t max_chars = 90);

// Claims that more than one article answers, or that are contradicted or revised: the rows of
// the claim × outlet matrix (single-source claims are listed on their own).
bool InMatrix(const ComparedClaim& claim);

// Human label for a relation ("contradicted" -> "Contradiction").
std::string_view RelationLabel(Relation r);

// Whitespace (incl. newlines) collapsed to single spaces, for one-line table cells.
std::string OneLine(std::string_view text);

}  // namespace tri::report_internal

// Plain-text articles (saved copies of news pages): one block per line, or per blank-line
// paragraph when the text is hard-wrapped. The text stays exactly as written; lines that are
// metadata (title, date line, agency credit, byline, caption with photo credit, widget text)
// keep their place in the text but get a non-paragraph BlockKind and fill Metadata.
#include <algorithm>

#include "core/hash.h"
#include "ingest/dates.h"
#include "ingest/ingest.h"
#include "ingest/lines.h"
#include "ingest/meta_candidates.h"
#include "ingest/text_util.h"

namespace tri {
namespace {

using namespace ingest;  // NOLINT: ingest front end

struct Line {
  size_t begin, end;  // without the newline, surrounding whitespace trimmed
};

std::vector<Line> SplitLines(const std::string& text) {
  std::vector<Line> lines;
  size_t pos = 0;
  while (pos <= text.size()) {
    size_t nl = text.find('\n', pos);
    if (nl == std::string::npos) nl = text.size();
    size_t b = pos, e = nl;
    while (b < e && (text[b] == ' ' || text[b] == '\t' || text[b] == '\r')) ++b;
    while (e > b && (text[e - 1] == ' ' || text[e - 1] == '\t' || text[e - 1] == '\r')) --e;
    lines.push_back({b, e});
    if (nl == text.size()) break;
    pos = nl + 1;
  }
  return lines;
}

// Hard-wrapped text (every line short, paragraphs separated by blank lines) keeps paragraphs
// together; otherwise each line is a block, as news text exports put one paragraph per line.
bool LooksHardWrapped(const std::vector<Line>& lines) {
  size_t nonempty = 0, longest = 0, continued = 0;
  for (size_t i = 0; i < lines.size(); ++i) {
    const size_t len = lines[i].end - lines[i].begin;
    if (len == 0) continue;
    ++nonempty;
    longest = std::max(longest, len);
    if (i + 1 < lines.size() && lines[i + 1].end > lines[i + 1].begin) ++continued;
  }
  return nonempty >= 5 && longest <= 100 && continued * 2 >= nonempty;
}

}  // namespace

Result<Document> ReadPlainText(std::string source, std::string bytes) {
  Document doc;
  doc.source = std::move(source);
  doc.id = HexId(bytes);
  TRI_ASSIGN_OR_RETURN(doc.text, DecodeToUtf8(bytes, "", &doc.meta.encoding));
  doc.raw = std::move(bytes);
  const std::vector<Line> lines = SplitLines(doc.text);
  const bool wrapped = LooksHardWrapped(lines);
  size_t i = 0;
  while (i < lines.size()) {
    if (lines[i].end == lines[i].begin) {
      ++i;
      continue;
    }
    size_t j = i;
    if (wrapped) {
      while (j + 1 < lines.size() && lines[j + 1].end > lines[j + 1].begin) ++j;
    }
    doc.blocks.push_back(
        {{static_cast<uint32_t>(lines[i].begin), static_cast<uint32_t>(lines[j].end)},
         BlockKind::kParagraph});
    i = j + 1;
  }
  if (doc.blocks.empty()) return Status::InvalidArgument("no text (only whitespace)");

  const std::string language = GuessLanguage(doc.text);
  const bool english = language == "en";
  MetaCandidates meta;
  const size_t n = doc.blocks.size();
  bool first_body = true;
  for (size_t b = 0; b < n; ++b) {
    Block& block = doc.blocks[b];
    const std::string_view text = doc.slice(block.span);
    const std::string where = "text line " + std::to_string(b + 1);
    const LineInfo li = text.size() <= 600 ? ClassifyLine(text, english) : LineInfo{};
    const bool head = b < 6;
    const bool tail = b + 3 >= n;
    switch (li.kind) {
      case LineKind::kDateLine:
        if (head || tail) {
          meta.AddDate(li.modified ? "modified" : "published", li.date->when, where,
                       head ? 0.75 : 0.6);
          block.kind = BlockKind::kByline;
        }
        break;
      case LineKind::kAgency:
        if (!li.agency.empty()) meta.Add("agency", li.agency, where, 0.75);
        if (!li.outlet.empty()) meta.Add("outlet", li.outlet, where, 0.6);
        block.kind = BlockKind::kByline;
        break;
      case LineKind::kByline:
        meta.AddList("authors", li.authors, where, 0.7);
        if (!li.agency.empty()) meta.Add("agency", li.agency, where, 0.75);
        if (li.date && head) meta.AddDate("published", li.date->when, where, 0.7);
        block.kind = BlockKind::kByline;
        break;
      case LineKind::kCaption:
        doc.meta.captions.push_back({li.caption, li.credit});
        block.kind = BlockKind::kOther;
        break;
      case LineKind::kCredit:
        // The line before a bare credit is the caption it belongs to.
        if (b > 0 && doc.blocks[b - 1].kind == BlockKind::kParagraph &&
            CodePointCount(doc.slice(doc.blocks[b - 1].span)) <= 400) {
          doc.blocks[b - 1].kind = BlockKind::kOther;
          doc.meta.captions.push_back({std::string(doc.slice(doc.blocks[b - 1].span)), li.credit});
        } else {
          doc.meta.captions.push_back({"", li.credit});
        }
        block.kind = BlockKind::kOther;
        break;
      case LineKind::kBoilerplate:
        block.kind = BlockKind::kOther;
        break;
      case LineKind::kBody:
        if (first_body) {
          first_body = false;
          const std::string agency = LeadingAgency(text);
          if (!agency.empty()) meta.Add("agency", agency, where + " (dateline)", 0.8);
          if (auto d = LeadingDate(text, english))
            meta.AddDate("published", d->when, where + " (dateline)", 0.65);
        }
        break;
    }
  }
  // The title: a short first line without final punctuation.
  Block& first = doc.blocks.front();
  const std::string_view first_text = doc.slice(first.span);
  const char last = first_text.empty() ? '.' : first_text.back();
  if (first.kind == BlockKind::kParagraph && first_text.size() <= 200 && last != '.' &&
      last != ',' && last != ';') {
    first.kind = BlockKind::kTitle;
    meta.Add("title", std::string(first_text), "text line 1", 0.6);
  }
  meta.ApplyTo(doc.meta);
  if (language == "de") {
    if (doc.meta.published) ToBerlinTime(*doc.meta.published);
    if (doc.meta.modified) ToBerlinTime(*doc.meta.modified);
  }
  doc.language = language.empty() ? "und" : language;
  return doc;
}

}  // namespace tri

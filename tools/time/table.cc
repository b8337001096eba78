#include "table.h"

#include <fstream>
#include <sstream>

#include "text/text.h"

namespace tri::timeeval {

Result<std::vector<TableRow>> LoadExpressionTable(const std::string& path) {
  std::ifstream in(path);
  if (!in) return Status::NotFound(path + ": cannot read");
  std::vector<TableRow> rows;
  std::string line;
  int no = 0;
  while (std::getline(in, line)) {
    ++no;
    if (line.empty() || line[0] == '#') continue;
    std::vector<std::string> cols;
    std::stringstream ss(line);
    std::string col;
    while (std::getline(ss, col, '\t')) cols.push_back(col);
    if (cols.size() == 6) cols.emplace_back();
    if (cols.size() != 7)
      return Status::Corrupt("expected 6 or 7 columns").At(path + ":" + std::to_string(no));
    TableRow r;
    r.line = no;
    r.lang = cols[0];
    r.context = cols[1];
    r.expression = cols[2];
    if (cols[3] != "-") {
      r.anchor = DateTime::ParseIso(cols[3]);
      if (!r.anchor) return Status::Corrupt("bad anchor").At(path + ":" + std::to_string(no));
    }
    r.type = cols[4];
    r.value = cols[5];
    r.mod = cols[6];
    if (r.context.find(r.expression) == std::string::npos) {
      return Status::Corrupt("expression not in context").At(path + ":" + std::to_string(no));
    }
    rows.push_back(std::move(r));
  }
  return rows;
}

std::vector<TableResult> RunExpressionTable(const std::vector<TableRow>& rows,
                                            const TimeTagger& tagger) {
  std::vector<TableResult> out;
  out.reserve(rows.size());
  for (const TableRow& row : rows) {
    // The text stage without language identification: like the peers, the tagger is told the
    // language.
    Document doc;
    doc.text = row.context;
    doc.language = row.lang;
    doc.tokens = Tokenize(doc.text);
    doc.blocks.push_back({Span{0, static_cast<uint32_t>(doc.text.size())}, BlockKind::kParagraph});
    doc.sentences = SplitSentences(doc.text, doc.tokens, doc.blocks);
    tagger.Annotate(doc, row.anchor);
    const uint32_t b = static_cast<uint32_t>(row.context.find(row.expression));
    const Span want{b, static_cast<uint32_t>(b + row.expression.size())};
    TableResult r;
    uint32_t best = 0;
    for (const Timex& t : doc.timex) {
      if (!t.span.overlaps(want)) continue;
      const uint32_t ov = std::min(t.span.end, want.end) - std::max(t.span.begin, want.begin);
      if (ov <= best) continue;
      best = ov;
      r.found = true;
      r.exact_extent = t.span == want;
      r.type = std::string(ToString(t.type));
      r.value = t.value;
      r.mod = t.mod;
    }
    r.correct = r.found && r.type == row.type && r.value == row.value &&
                (row.mod.empty() || row.mod == r.mod);
    out.push_back(std::move(r));
  }
  return out;
}

}  // namespace tri::timeeval

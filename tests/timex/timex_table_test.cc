// Accuracy gate on the expression table (tests/timex/expressions.tsv, written for the project):
// the time stage must get type, value (and mod where given) right on nearly every row. The
// figure itself is printed by tools/time/tri_timex_table and bench/time/run.sh.
#include <gtest/gtest.h>

#include "table.h"
#include "text/text.h"

namespace tri::timeeval {
namespace {

TEST(TimexTableTest, AccuracyOnTheExpressionTable) {
  auto rows = LoadExpressionTable(std::string(TRI_SOURCE_DIR) + "/tests/timex/expressions.tsv");
  ASSERT_TRUE(rows.ok()) << rows.status().ToString();
  ASSERT_GE(rows->size(), 300u);
  auto tagger = TimeTagger::Create({});
  ASSERT_TRUE(tagger.ok());
  const std::vector<TableResult> results = RunExpressionTable(*rows, **tagger);
  int correct = 0, de = 0, de_correct = 0, en = 0, en_correct = 0;
  for (size_t i = 0; i < rows->size(); ++i) {
    const TableRow& row = (*rows)[i];
    correct += results[i].correct;
    (row.lang == "de" ? de : en)++;
    (row.lang == "de" ? de_correct : en_correct) += results[i].correct;
    if (!results[i].correct) {
      std::printf("miss at line %d: %s: want %s %s, got %s %s\n", row.line, row.expression.c_str(),
                  row.type.c_str(), row.value.c_str(), results[i].type.c_str(),
                  results[i].value.c_str());
    }
  }
  const double accuracy = 100.0 * correct / rows->size();
  std::printf("expression table: %d of %zu correct (%.1f%%; de %d/%d, en %d/%d)\n", correct,
              rows->size(), accuracy, de_correct, de, en_correct, en);
  // Measured 404/405 (99.8%); the gate leaves room for a few regressions to be looked at.
  EXPECT_GE(accuracy, 97.0);
  EXPECT_GE(100.0 * de_correct / de, 96.0);
  EXPECT_GE(100.0 * en_correct / en, 96.0);
}

// TimeTagger::TagText (the one-string entry point the speed figure uses) must give exactly
// what Annotate gives on a Document built from the same string, field by field, on every row:
// in both domains and with and without the row's anchor.
std::string Dump(const std::vector<Timex>& ts) {
  std::string out;
  for (const Timex& t : ts) {
    out += std::to_string(t.span.begin) + "-" + std::to_string(t.span.end) + " " +
           std::string(ToString(t.type)) + " " + t.value + " " + (t.resolved ? "r" : "u") + " " +
           t.mod + " " + t.range_end + " " + std::to_string(t.range_end_span.begin) + "-" +
           std::to_string(t.range_end_span.end) + " " + t.relative_form + "\n";
  }
  return out;
}

TEST(TimexTableTest, TagTextEqualsAnnotateOnEveryRow) {
  auto rows = LoadExpressionTable(std::string(TRI_SOURCE_DIR) + "/tests/timex/expressions.tsv");
  ASSERT_TRUE(rows.ok()) << rows.status().ToString();
  ASSERT_GE(rows->size(), 300u);
  for (const TimeDomain domain : {TimeDomain::kNews, TimeDomain::kNarrative}) {
    TimeOptions options;
    options.domain = domain;
    auto tagger = TimeTagger::Create(options);
    ASSERT_TRUE(tagger.ok());
    size_t tagged = 0;
    std::vector<Timex> reused;
    for (const TableRow& row : *rows) {
      for (const std::optional<DateTime> anchor : {row.anchor, std::optional<DateTime>()}) {
        Document doc;
        doc.text = row.context;
        doc.language = row.lang;
        doc.tokens = Tokenize(doc.text);
        doc.blocks.push_back(
            {Span{0, static_cast<uint32_t>(doc.text.size())}, BlockKind::kParagraph});
        doc.sentences = SplitSentences(doc.text, doc.tokens, doc.blocks);
        (*tagger)->Annotate(doc, anchor);
        const std::string want = Dump(doc.timex);
        EXPECT_EQ(Dump((*tagger)->TagText(row.context, row.lang, anchor)), want)
            << "line " << row.line;
        (*tagger)->TagText(row.context, row.lang, anchor, reused);
        EXPECT_EQ(Dump(reused), want) << "line " << row.line << " (reused buffer)";
        tagged += doc.timex.size();
      }
    }
    EXPECT_GE(tagged, rows->size());  // the comparison is not between empty lists
  }
}

}  // namespace
}  // namespace tri::timeeval

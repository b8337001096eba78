// tri_timex_table: runs the time stage over the expression table and prints accuracy, the
// misses, and (with --predictions) one line per row for the peer benchmark:
//   line TAB found TAB type TAB value, then a final "seconds TAB wall TAB N TAB cpu" line timing
//   N passes (wall-clock and process CPU seconds; CPU time is what a loaded machine distorts
//   least). tri_timex_table [TABLE] [--predictions] [--repeat N]
#include <chrono>
#include <cstdio>
#include <cstring>
#include <ctime>
#include <string>
#include <vector>

#include "table.h"

int main(int argc, char** argv) {
  std::string path = std::string(TRI_SOURCE_DIR) + "/tests/timex/expressions.tsv";
  bool predictions = false;
  int repeat = 20;
  for (int a = 1; a < argc; ++a) {
    if (std::strcmp(argv[a], "--predictions") == 0)
      predictions = true;
    else if (std::strcmp(argv[a], "--repeat") == 0 && a + 1 < argc)
      repeat = std::atoi(argv[++a]);
    else
      path = argv[a];
  }
  auto rows = tri::timeeval::LoadExpressionTable(path);
  if (!rows.ok()) {
    std::fprintf(stderr, "%s\n", rows.status().ToString().c_str());
    return 1;
  }
  auto tagger = tri::TimeTagger::Create({});
  if (!tagger.ok()) return 1;
  const auto results = tri::timeeval::RunExpressionTable(*rows, **tagger);
  // Speed: the whole per-sentence work (tokens, sentences, tagging), `repeat` passes, through
  // the one-string entry point (TagText gives the same Timexes as the Document path above;
  // tests/timex checks that on every row).
  const auto start = std::chrono::steady_clock::now();
  const std::clock_t cpu_start = std::clock();
  size_t tagged = 0;
  std::vector<tri::Timex> found;
  for (int r = 0; r < repeat; ++r) {
    for (const auto& row : *rows) {
      (*tagger)->TagText(row.context, row.lang, row.anchor, found);
      tagged += found.size();
    }
  }
  if (tagged == 0) std::fprintf(stderr, "nothing tagged\n");
  const double seconds =
      std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  const double cpu_seconds = static_cast<double>(std::clock() - cpu_start) / CLOCKS_PER_SEC;
  int correct = 0, exact = 0;
  for (size_t i = 0; i < rows->size(); ++i) {
    const auto& row = (*rows)[i];
    const auto& res = results[i];
    correct += res.correct;
    exact += res.exact_extent;
    if (predictions) {
      std::printf("%d\t%d\t%s\t%s\n", row.line, res.found ? 1 : 0, res.type.c_str(),
                  res.value.c_str());
    } else if (!res.correct) {
      std::printf("MISS line %d [%s] %s | %s | want %s %s %s | got %s %s %s\n", row.line,
                  row.lang.c_str(), row.context.c_str(), row.expression.c_str(), row.type.c_str(),
                  row.value.c_str(), row.mod.c_str(), res.type.c_str(), res.value.c_str(),
                  res.mod.c_str());
    }
  }
  if (predictions) {
    std::printf("seconds\t%.6f\t%d\t%.6f\n", seconds, repeat, cpu_seconds);
  } else {
    std::printf("expression table: %zu rows, correct %d (%.1f%%), exact extent %d (%.1f%%)\n",
                rows->size(), correct, 100.0 * correct / rows->size(), exact,
                100.0 * exact / rows->size());
    std::printf(
        "speed: %.0f expressions/s wall-clock, %.0f per CPU second (tokens + sentences + "
        "tagging, %d passes)\n",
        rows->size() * repeat / seconds, rows->size() * repeat / cpu_seconds, repeat);
  }
  return 0;
}

// Throughput of the text stage on generated German news (bench/text_corpus.cc): tokenizer,
// sentence splitter, the whole AnalyzeText (blocks, tokens, sentences, language), language
// identification and FoldForMatch, single-threaded. Prints MB/s (the "MB/s" counter, 10^6
// bytes per second) and tokens/s.
#include <benchmark/benchmark.h>

#include "text/text.h"
#include "text_corpus.h"

namespace {

const std::string& Corpus() {
  static const std::string kText = tri::bench::GenerateGermanNews(8 << 20).text;
  return kText;
}

void SetRates(benchmark::State& state, size_t bytes, size_t tokens) {
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * bytes));
  state.counters["MB/s"] = benchmark::Counter(static_cast<double>(state.iterations() * bytes) / 1e6,
                                              benchmark::Counter::kIsRate);
  state.counters["tokens/s"] = benchmark::Counter(static_cast<double>(state.iterations() * tokens),
                                                  benchmark::Counter::kIsRate);
}

void BM_Tokenize(benchmark::State& state) {
  const std::string& text = Corpus();
  std::vector<tri::Token> tokens;
  for (auto _ : state) {
    tokens.clear();
    tri::AppendTokens(text, 0, tokens);
    benchmark::DoNotOptimize(tokens.data());
  }
  SetRates(state, text.size(), tokens.size());
}
BENCHMARK(BM_Tokenize)->Unit(benchmark::kMillisecond);

void BM_SplitSentences(benchmark::State& state) {
  tri::Document doc;
  doc.text = Corpus();
  tri::AnalyzeText(doc);  // blocks and tokens once; time only the splitter
  size_t sentences = 0;
  for (auto _ : state) {
    auto s = tri::SplitSentences(doc.text, doc.tokens, doc.blocks);
    sentences = s.size();
    benchmark::DoNotOptimize(s.data());
  }
  SetRates(state, doc.text.size(), doc.tokens.size());
  state.counters["sentences"] = static_cast<double>(sentences);
}
BENCHMARK(BM_SplitSentences)->Unit(benchmark::kMillisecond);

void BM_TokenizeAndSplit(benchmark::State& state) {
  const std::string& text = Corpus();
  tri::Document doc;
  doc.text = text;
  tri::AnalyzeText(doc);
  const std::vector<tri::Block> blocks = doc.blocks;
  size_t tokens = 0;
  for (auto _ : state) {
    auto t = tri::Tokenize(text);
    auto s = tri::SplitSentences(text, t, blocks);
    tokens = t.size();
    benchmark::DoNotOptimize(s.data());
  }
  SetRates(state, text.size(), tokens);
}
BENCHMARK(BM_TokenizeAndSplit)->Unit(benchmark::kMillisecond);

void BM_AnalyzeText(benchmark::State& state) {
  const std::string& text = Corpus();
  size_t tokens = 0;
  for (auto _ : state) {
    state.PauseTiming();
    tri::Document doc;
    doc.text = text;
    state.ResumeTiming();
    tri::AnalyzeText(doc);
    tokens = doc.tokens.size();
    benchmark::DoNotOptimize(doc.sentences.data());
  }
  SetRates(state, text.size(), tokens);
}
BENCHMARK(BM_AnalyzeText)->Unit(benchmark::kMillisecond);

void BM_IdentifyLanguage(benchmark::State& state) {
  const std::string_view text = std::string_view(Corpus()).substr(0, 4096);
  for (auto _ : state) benchmark::DoNotOptimize(tri::IdentifyLanguage(text));
  SetRates(state, text.size(), 0);
}
BENCHMARK(BM_IdentifyLanguage);

void BM_FoldForMatch(benchmark::State& state) {
  const std::string_view text = std::string_view(Corpus()).substr(0, 1 << 20);
  std::string out;
  for (auto _ : state) {
    out.clear();
    tri::AppendFoldForMatch(text, out);
    benchmark::DoNotOptimize(out.data());
  }
  SetRates(state, text.size(), 0);
}
BENCHMARK(BM_FoldForMatch)->Unit(benchmark::kMillisecond);

}  // namespace

BENCHMARK_MAIN();

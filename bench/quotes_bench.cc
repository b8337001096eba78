// Quotes stage speed (issue 7): tokens/s/core of QuoteAnnotator::Annotate after the text stage
// has run (not timed), on (1) German news text generated here (reporting frames, direct and
// indirect quotes, names, anonymous sources, plain narrative sentences) and (2) real German
// news: the SpkAtt-2023 Wikinews documents in ../shared (read at run time, sentences joined
// into paragraphs; skipped when absent). One thread, so the rate is per core.
// Run: build/<preset>/bench/quotes_bench
#include <benchmark/benchmark.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <random>
#include <sstream>
#include <string>
#include <vector>

#include "annotate/quotes/quotes.h"
#include "text/text.h"

namespace {

const char* kNames[] = {"Anna Berger", "Paul Kramer", "Jonas Kühn", "Eva Lind",
                        "Tom Ahrens",  "Ole Hansen",  "Lea Vogt",   "Max Roth"};
const char* kRoles[] = {"Ministerin", "Bürgermeister", "Sprecherin",
                        "Trainer",    "Vorsitzende",   "Staatssekretär"};
const char* kAnon[] = {"Ein Regierungssprecher", "Experten", "Aus Regierungskreisen hieß es,",
                       "Ein ranghoher Diplomat", "Beobachter"};
const char* kClauses[] = {"die Lage sei ernst, aber beherrschbar",
                          "man werde die Gespräche fortsetzen",
                          "der Haushalt müsse bis zum Herbst stehen",
                          "die Preise könnten weiter steigen",
                          "eine Einigung sei in den nächsten Wochen möglich",
                          "das Projekt habe sich verzögert"};
const char* kQuotes[] = {"Wir werden das nicht hinnehmen", "Das ist ein guter Tag für die Region",
                         "Niemand hat mit einem so klaren Ergebnis gerechnet",
                         "Die Zahlen sprechen eine deutliche Sprache. Wir müssen handeln"};
const char* kNarrative[] = {
    "Am Dienstag trafen sich die Vertreter der Länder in Berlin zu einer weiteren Runde.",
    "Die Gespräche dauerten bis in den späten Abend und wurden mehrfach unterbrochen.",
    "Nach Angaben der Polizei wurde bei dem Unfall niemand schwer verletzt.",
    "Die Stadt hatte den Bau der neuen Brücke bereits im Jahr 2019 beschlossen.",
    "Im vergangenen Monat stiegen die Preise für Energie um 3,5 Prozent."};

template <size_t N>
const char* Pick(std::mt19937& rng, const char* (&list)[N]) {
  return list[rng() % N];
}

// One article: about 20 sentences in 6 paragraphs.
std::string Article(std::mt19937& rng) {
  std::string text = "Streit um den Haushalt: Länder suchen Kompromiss\n\n";
  for (int p = 0; p < 6; ++p) {
    for (int s = 0; s < 3; ++s) {
      const std::string name = Pick(rng, kNames), role = Pick(rng, kRoles);
      switch (rng() % 7) {
        case 0:
          text += "„" + std::string(Pick(rng, kQuotes)) + "“, sagte " + role + " " + name + ". ";
          break;
        case 1:
          text += role + " " + name + " erklärte am Montag, " + Pick(rng, kClauses) + ". ";
          break;
        case 2:
          text += std::string(Pick(rng, kAnon)) + " " + Pick(rng, kClauses) + ". ";
          break;
        case 3:
          text += "Laut " + name + " " + Pick(rng, kClauses) + ". Man sei aber zuversichtlich. ";
          break;
        case 4:
          text += name + " formulierte es so: „" + Pick(rng, kQuotes) + ".“ ";
          break;
        default:
          text += std::string(Pick(rng, kNarrative)) + " ";
      }
    }
    text += "\n\n";
  }
  return text;
}

struct Corpus {
  std::vector<tri::Document> docs;
  size_t tokens = 0;
};

const Corpus& GetCorpus() {
  static const Corpus corpus = [] {
    Corpus c;
    std::mt19937 rng(2025);
    for (int i = 0; i < 300; ++i) {
      tri::Document d;
      d.id = "bench-" + std::to_string(i);
      d.text = Article(rng);
      tri::AnalyzeText(d);
      d.language = "de";
      c.tokens += d.tokens.size();
      c.docs.push_back(std::move(d));
    }
    return c;
  }();
  return corpus;
}

// The Wikinews documents of the SpkAtt-2023 training data as plain text: tokens joined by
// spaces, a paragraph break every four sentences. Empty when ../shared is absent.
const Corpus& GetWikinewsCorpus() {
  static const Corpus corpus = [] {
    Corpus c;
    namespace fs = std::filesystem;
    const fs::path dir = fs::path(TRI_SHARED_DIR) / "data/spkatt2023/data/train/task2";
    if (!fs::is_directory(dir)) return c;
    std::vector<fs::path> files;
    for (const auto& e : fs::directory_iterator(dir)) files.push_back(e.path());
    std::sort(files.begin(), files.end());
    for (const fs::path& f : files) {
      std::ifstream in(f, std::ios::binary);
      std::stringstream buf;
      buf << in.rdbuf();
      const auto j = nlohmann::json::parse(buf.str(), nullptr, /*allow_exceptions=*/false);
      if (j.is_discarded() || !j.contains("Sentences")) continue;
      tri::Document d;
      d.id = f.filename().string();
      int n = 0;
      for (const auto& s : j["Sentences"]) {
        for (const auto& t : s["Tokens"]) {
          if (!d.text.empty() && d.text.back() != '\n') d.text += ' ';
          d.text += t.get<std::string>();
        }
        if (++n % 4 == 0) d.text += "\n\n";
      }
      tri::AnalyzeText(d);
      d.language = "de";
      c.tokens += d.tokens.size();
      c.docs.push_back(std::move(d));
    }
    return c;
  }();
  return corpus;
}

void Run(benchmark::State& state, const Corpus& corpus) {
  if (corpus.docs.empty()) {
    state.SkipWithError("no ../shared/data/spkatt2023");
    return;
  }
  auto annotator = tri::QuoteAnnotator::Create({});
  if (!annotator.ok()) {
    state.SkipWithError(annotator.status().ToString().c_str());
    return;
  }
  std::vector<tri::Document> docs = corpus.docs;
  size_t quotes = 0;
  for (auto _ : state) {
    quotes = 0;
    for (tri::Document& d : docs) {
      (*annotator)->Annotate(d);
      quotes += d.quotes.size();
    }
    benchmark::DoNotOptimize(quotes);
  }
  state.counters["tokens/s/core"] = benchmark::Counter(
      double(corpus.tokens) * double(state.iterations()), benchmark::Counter::kIsRate);
  state.counters["quotes/doc"] = double(quotes) / double(docs.size());
  state.counters["tokens"] = double(corpus.tokens);
}

void BM_QuotesAnnotate(benchmark::State& state) { Run(state, GetCorpus()); }
void BM_QuotesWikinews(benchmark::State& state) { Run(state, GetWikinewsCorpus()); }

BENCHMARK(BM_QuotesAnnotate)->Unit(benchmark::kMillisecond)->MinTime(2.0);
BENCHMARK(BM_QuotesWikinews)->Unit(benchmark::kMillisecond)->MinTime(2.0);

}  // namespace

BENCHMARK_MAIN();

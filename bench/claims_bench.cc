// Claims stage speed (issue 7) and story comparison speed (issue 8) on German news text
// generated here (meetings, likelihood assessments with speakers, stances, figures with units,
// places, dates, hedges, plain narrative). The text, entity and time stages run first (not
// timed); then quotes + claims are timed together, and claims alone. One thread, so the rates
// are per core. CompareStory is timed on stories of 10 and 500 of these articles.
// Run: build/<preset>/bench/claims_bench
#include <benchmark/benchmark.h>

#include <random>
#include <string>
#include <vector>

#include "annotate/claims/claims.h"
#include "annotate/entities/entities.h"
#include "annotate/quotes/quotes.h"
#include "annotate/time/time.h"
#include "compare/compare.h"
#include "ingest/ingest.h"
#include "text/text.h"

namespace {

const char* kNames[] = {"Anna Berger", "Paul Kramer", "Jonas Kühn",
                        "Eva Lind",    "Tom Ahrens",  "Lea Vogt"};
const char* kRoles[] = {"Außenministerin", "Regierungssprecher", "Bürgermeister",
                        "Sicherheitsberaterin"};
const char* kPlaces[] = {"Berlin", "Wien", "Prag", "Hanoi", "Seoul", "Warschau", "Genf", "Rom"};
const char* kCountries[] = {"Frankreich", "Polen", "Japan", "Kanada", "Südkorea"};
const char* kLikely[] = {"erheblich", "gering", "sehr unwahrscheinlich", "durchaus möglich",
                         "denkbar"};
const char* kAnon[] = {"Ein Regierungssprecher erklärte,", "Aus diplomatischen Kreisen hieß es,",
                       "Experten vermuten,", "Beobachter sagten,"};
const char* kNarrative[] = {
    "Am Dienstag trafen sich die Vertreter der Länder zu einer weiteren Runde.",
    "Die Gespräche dauerten bis in den späten Abend und wurden mehrfach unterbrochen.",
    "Nach Angaben der Polizei wurde bei dem Unfall niemand schwer verletzt.",
    "Im vergangenen Monat stiegen die Preise für Energie um 3,5 Prozent.",
    "Die Opposition kritisierte den Plan scharf und kündigte Widerstand an."};

template <size_t N>
const char* Pick(std::mt19937& rng, const char* (&list)[N]) {
  return list[rng() % N];
}

// One article: a headline and about 20 sentences in 6 paragraphs.
std::string Article(std::mt19937& rng) {
  const std::string a = Pick(rng, kNames), b = Pick(rng, kNames);
  std::string text = a + " will " + b + " treffen – die Chancen stehen offenbar gut\n\n";
  for (int p = 0; p < 6; ++p) {
    for (int s = 0; s < 3; ++s) {
      const std::string name = Pick(rng, kNames), role = Pick(rng, kRoles),
                        place = Pick(rng, kPlaces);
      switch (rng() % 8) {
        case 0:
          text += role + " " + name + " sagte am Freitag, die Möglichkeit für ein Treffen sei " +
                  Pick(rng, kLikely) + ". ";
          break;
        case 1:
          text += "Die beiden trafen sich zuletzt " + std::to_string(2015 + rng() % 9) + " in " +
                  place + ". ";
          break;
        case 2:
          text += "Der Gipfel der Handelsgruppe (XYZ) findet ab dem 31. Oktober in " +
                  std::string(Pick(rng, kCountries)) + " statt, wo auch " + name +
                  " erwartet wird. ";
          break;
        case 3:
          text += "Bei dem Unglück kamen mindestens " + std::to_string(3 + rng() % 40) +
                  " Menschen ums Leben, rund " + std::to_string(10 + rng() % 90) +
                  " wurden verletzt. ";
          break;
        case 4:
          text += std::string(Pick(rng, kAnon)) + " " + name + " sei bereit für neue Gespräche. ";
          break;
        case 5:
          text += "Bislang hat sich " + name +
                  " nicht offiziell zu einer möglichen Begegnung geäußert. ";
          break;
        case 6:
          text += "Das Treffen könnte in der " +
                  std::string(rng() % 2 ? "japanischen" : "polnischen") +
                  " Hauptstadt stattfinden, die Kosten lägen bei 2,5 Millionen Euro. ";
          break;
        default:
          text += std::string(Pick(rng, kNarrative)) + " ";
      }
    }
    text += "\n\n";
  }
  return text;
}

struct Models {
  std::shared_ptr<const tri::EntityRecognizer> entities;
  std::shared_ptr<const tri::TimeTagger> time;
  std::shared_ptr<const tri::QuoteAnnotator> quotes;
  std::shared_ptr<const tri::ClaimExtractor> claims;
};

const Models& GetModels() {
  static const Models m = [] {
    Models m;
    m.entities = *tri::EntityRecognizer::Create({});
    m.time = *tri::TimeTagger::Create({});
    m.quotes = *tri::QuoteAnnotator::Create({});
    m.claims = *tri::ClaimExtractor::Create({});
    return m;
  }();
  return m;
}

struct Corpus {
  std::vector<tri::Document> docs;  // text, entities and time done
  size_t tokens = 0;
};

const Corpus& GetCorpus() {
  static const Corpus corpus = [] {
    Corpus c;
    const Models& m = GetModels();
    std::mt19937 rng(2025);
    for (int i = 0; i < 500; ++i) {
      tri::Document d;
      d.id = "bench-" + std::to_string(i);
      d.text = Article(rng);
      d.meta.published = tri::DateTime::ParseIso("2025-10-27T10:00:00+01:00");
      tri::AnalyzeText(d);
      d.language = "de";
      m.entities->Annotate(d);
      m.time->Annotate(d, d.meta.published);
      c.tokens += d.tokens.size();
      c.docs.push_back(std::move(d));
    }
    return c;
  }();
  return corpus;
}

// The German articles of the labelled set, through ingest, text, entities and time.
const Corpus& GetTestSet() {
  static const Corpus corpus = [] {
    Corpus c;
    const Models& m = GetModels();
    tri::IngestOptions opts;
    std::vector<tri::Status> errors;
    for (const std::string& f : tri::ListInputFiles(
             {std::string(TRI_SOURCE_DIR) + "/tests/stories/articles"}, opts, errors)) {
      for (tri::Document& d : tri::ReadInputFile(f, opts).documents) {
        tri::AnalyzeText(d);
        if (d.language != "de") continue;
        m.entities->Annotate(d);
        m.time->Annotate(d, d.meta.published);
        c.tokens += d.tokens.size();
        c.docs.push_back(std::move(d));
      }
    }
    return c;
  }();
  return corpus;
}

void Report(benchmark::State& state, size_t tokens, size_t claims, size_t docs) {
  state.counters["tokens/s/core"] =
      benchmark::Counter(double(tokens) * double(state.iterations()), benchmark::Counter::kIsRate);
  state.counters["claims/doc"] = double(claims) / double(docs);
  state.counters["tokens"] = double(tokens);
}

void BM_QuotesAndClaims(benchmark::State& state) {
  const Corpus& corpus = GetCorpus();
  const Models& m = GetModels();
  std::vector<tri::Document> docs = corpus.docs;
  size_t claims = 0;
  for (auto _ : state) {
    claims = 0;
    for (tri::Document& d : docs) {
      m.quotes->Annotate(d);
      m.claims->Annotate(d);
      claims += d.claims.size();
    }
    benchmark::DoNotOptimize(claims);
  }
  Report(state, corpus.tokens, claims, docs.size());
}
BENCHMARK(BM_QuotesAndClaims)->Unit(benchmark::kMillisecond)->MinTime(2.0);

void BM_QuotesAndClaimsTestSet(benchmark::State& state) {
  const Corpus& corpus = GetTestSet();
  const Models& m = GetModels();
  std::vector<tri::Document> docs = corpus.docs;
  if (docs.empty()) {
    state.SkipWithError("no German articles under tests/stories/articles");
    return;
  }
  size_t claims = 0;
  for (auto _ : state) {
    claims = 0;
    for (tri::Document& d : docs) {
      m.quotes->Annotate(d);
      m.claims->Annotate(d);
      claims += d.claims.size();
    }
    benchmark::DoNotOptimize(claims);
  }
  Report(state, corpus.tokens, claims, docs.size());
}
BENCHMARK(BM_QuotesAndClaimsTestSet)->Unit(benchmark::kMillisecond)->MinTime(2.0);

void BM_ClaimsOnly(benchmark::State& state) {
  const Corpus& corpus = GetCorpus();
  const Models& m = GetModels();
  std::vector<tri::Document> docs = corpus.docs;
  for (tri::Document& d : docs) m.quotes->Annotate(d);
  size_t claims = 0;
  for (auto _ : state) {
    claims = 0;
    for (tri::Document& d : docs) {
      m.claims->Annotate(d);
      claims += d.claims.size();
    }
    benchmark::DoNotOptimize(claims);
  }
  Report(state, corpus.tokens, claims, docs.size());
}
BENCHMARK(BM_ClaimsOnly)->Unit(benchmark::kMillisecond)->MinTime(2.0);

// CompareStory over one story of N articles (claims already extracted).
void BM_CompareStory(benchmark::State& state) {
  const Corpus& corpus = GetCorpus();
  const Models& m = GetModels();
  std::vector<tri::Document> docs(corpus.docs.begin(), corpus.docs.begin() + state.range(0));
  for (tri::Document& d : docs) {
    m.quotes->Annotate(d);
    m.claims->Annotate(d);
  }
  std::vector<tri::Document*> ptrs;
  for (tri::Document& d : docs) ptrs.push_back(&d);
  size_t compared = 0;
  for (auto _ : state) {
    tri::Story story;
    story.id = "bench";
    tri::CompareStory(story, ptrs, {});
    compared = story.claims.size();
    benchmark::DoNotOptimize(compared);
  }
  state.counters["articles/s"] = benchmark::Counter(
      double(docs.size()) * double(state.iterations()), benchmark::Counter::kIsRate);
  state.counters["compared_claims"] = double(compared);
}
BENCHMARK(BM_CompareStory)
    ->Arg(10)
    ->Arg(100)
    ->Arg(500)
    ->Unit(benchmark::kMillisecond)
    ->MinTime(1.0);

}  // namespace

BENCHMARK_MAIN();

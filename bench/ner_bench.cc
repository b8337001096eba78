// NER benchmark: model load time, tagging speed (tokens/s on one core) on generated German
// news-style text, and peak RSS. Prints figures; asserts nothing.
//   build/<preset>/bench/ner_bench [--tokens N]
// The text is generated here from sentence templates and name lists written for the
// benchmark (deterministic), so the figures are reproducible without ../shared.
#include <sys/resource.h>
#include <time.h>

#include <chrono>
#include <cstdio>
#include <cstring>
#include <string>
#include <vector>

#include "annotate/entities/entities.h"
#include "text/text.h"

namespace {

double Seconds(std::chrono::steady_clock::time_point t0) {
  return std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
}

// CPU time of this thread: on a busy machine wall time overstates the cost per core.
double CpuSeconds() {
  timespec ts{};
  clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
  return ts.tv_sec + ts.tv_nsec * 1e-9;
}

std::string GenerateText(size_t min_tokens) {
  const char* people[] = {"Angela Berger",   "Tomasz Nowak", "Kim Soo Jin", "Pedro Alvarez",
                          "Maria Lindqvist", "Olaf Brandt",  "Yuki Tanaka", "Jean Dupont"};
  const char* roles[] = {"Außenministerin", "Regierungschef",       "Präsident",
                         "Sprecherin",      "Vereinigungsminister", "Parteichef"};
  const char* places[] = {"Berlin", "Seoul", "Warschau", "Madrid", "Tokio",
                          "Paris",  "Wien",  "Südkorea", "Japan",  "Frankreich"};
  const char* adjs[] = {"südkoreanischen", "japanischen", "französischen", "deutschen"};
  const char* orgs[] = {"Europäische Union", "Bundesregierung", "Nato", "Vereinten Nationen"};
  const char* templates[] = {
      "%R %P sagte am Montag in %L , die Gespräche mit der %A Regierung seien weit gekommen .",
      "Nach Angaben der %O will %P noch in dieser Woche nach %L reisen .",
      "Die %A Delegation um %R %P traf sich in %L mit Vertretern der %O .",
      "„ Wir erwarten eine Lösung “ , erklärte %P , die %R der Partei , vor Journalisten .",
      "Beobachter in %L halten ein Treffen zwischen %P und %P für unwahrscheinlich ."};
  std::string out;
  size_t tokens = 0;
  uint64_t state = 42;
  auto next = [&](size_t n) {
    state = state * 6364136223846793005ull + 1442695040888963407ull;
    return static_cast<size_t>((state >> 33) % n);
  };
  while (tokens < min_tokens) {
    const char* t = templates[next(std::size(templates))];
    std::string sentence;
    for (const char* p = t; *p; ++p) {
      if (*p != '%') {
        sentence.push_back(*p);
        continue;
      }
      ++p;
      switch (*p) {
        case 'P':
          sentence += people[next(std::size(people))];
          break;
        case 'R':
          sentence += roles[next(std::size(roles))];
          break;
        case 'L':
          sentence += places[next(std::size(places))];
          break;
        case 'A':
          sentence += adjs[next(std::size(adjs))];
          break;
        case 'O':
          sentence += orgs[next(std::size(orgs))];
          break;
      }
    }
    for (char c : sentence) tokens += c == ' ';
    out += sentence + (next(4) == 0 ? "\n\n" : " ");
  }
  return out;
}

}  // namespace

int main(int argc, char** argv) {
  size_t want = 300000;
  for (int i = 1; i + 1 < argc; ++i) {
    if (std::strcmp(argv[i], "--tokens") == 0) want = std::stoul(argv[i + 1]);
  }
  auto t0 = std::chrono::steady_clock::now();
  double c0 = CpuSeconds();
  auto rec = tri::EntityRecognizer::Create(tri::EntityOptions());
  const double first_load = Seconds(t0), first_load_cpu = CpuSeconds() - c0;
  if (!rec.ok()) {
    std::fprintf(stderr, "ner_bench: %s\n", rec.status().ToString().c_str());
    return 1;
  }
  t0 = std::chrono::steady_clock::now();
  constexpr int kLoads = 5;
  for (int i = 0; i < kLoads; ++i) (void)tri::EntityRecognizer::Create(tri::EntityOptions());
  const double reload = Seconds(t0) / kLoads;

  tri::Document doc;
  doc.text = GenerateText(want);
  tri::AnalyzeText(doc);
  const size_t n_tokens = doc.tokens.size();
  (*rec)->Annotate(doc);  // warm-up
  t0 = std::chrono::steady_clock::now();
  c0 = CpuSeconds();
  constexpr int kRounds = 3;
  size_t mentions = 0;
  for (int r = 0; r < kRounds; ++r) {
    (*rec)->Annotate(doc);
    mentions = doc.entities.size();
  }
  const double tag_secs = Seconds(t0) / kRounds, tag_cpu = (CpuSeconds() - c0) / kRounds;

  std::vector<tri::Document> docs(1, doc);
  t0 = std::chrono::steady_clock::now();
  const auto entities = tri::LinkEntities(docs);
  const double link_secs = Seconds(t0);

  rusage ru{};
  getrusage(RUSAGE_SELF, &ru);
  std::printf("model load (first, incl. gazetteer parse): %.1f ms\n", first_load * 1e3);
  std::printf("model load (first, CPU time): %.1f ms\n", first_load_cpu * 1e3);
  std::printf("model load (model only, gazetteer cached): %.1f ms\n", reload * 1e3);
  std::printf("tagging: %zu tokens, %zu mentions, %.3f s -> %.0f tokens/s on one core\n", n_tokens,
              mentions, tag_secs, n_tokens / tag_secs);
  std::printf("tagging (CPU time): %.3f s -> %.0f tokens/s/core\n", tag_cpu, n_tokens / tag_cpu);
  std::printf("linking: %zu mentions -> %zu entities in %.3f s\n", mentions, entities.size(),
              link_secs);
  std::printf("peak RSS: %.1f MB\n", ru.ru_maxrss / 1024.0);
  return 0;
}

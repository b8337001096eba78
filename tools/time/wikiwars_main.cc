// tri_wikiwars_eval: scores the time stage on WikiWarsDE (German TIMEX2-annotated history
// narratives) and prints extraction (lenient, strict) P/R/F1, value accuracy and the
// value / strict+value F1 as HeidelTime's papers report them.
//   tri_wikiwars_eval [DIR] [--errors] [--news]
// DIR defaults to ../shared/data/wikiwarsde/WikiWarsDE_20110412.
#include <cstdio>
#include <cstring>
#include <string>

#include "wikiwars.h"

int main(int argc, char** argv) {
  std::string dir = std::string(TRI_SHARED_DIR) + "/data/wikiwarsde/WikiWarsDE_20110412";
  bool errors = false;
  tri::TimeOptions options;
  options.domain = tri::TimeDomain::kNarrative;
  for (int a = 1; a < argc; ++a) {
    if (std::strcmp(argv[a], "--errors") == 0)
      errors = true;
    else if (std::strcmp(argv[a], "--news") == 0)
      options.domain = tri::TimeDomain::kNews;
    else
      dir = argv[a];
  }
  auto docs = tri::timeeval::LoadWikiWars(dir);
  if (!docs.ok()) {
    std::fprintf(stderr, "%s\n", docs.status().ToString().c_str());
    return 1;
  }
  auto tagger = tri::TimeTagger::Create(options);
  if (!tagger.ok()) {
    std::fprintf(stderr, "%s\n", tagger.status().ToString().c_str());
    return 1;
  }
  const auto s = tri::timeeval::EvaluateWikiWars(*docs, **tagger, errors);
  if (errors) {
    for (const std::string& e : s.errors) std::printf("%s\n", e.c_str());
  }
  size_t gold = 0;
  for (const auto& d : *docs) gold += d.gold.size();
  std::printf("WikiWarsDE: %zu documents, %zu key expressions (TIMEX2)\n", docs->size(), gold);
  auto row = [](const char* name, const tri::timeeval::PRF& p) {
    std::printf("%-22s P %5.1f  R %5.1f  F1 %5.1f   (tp %d fp %d fn %d)\n", name, p.P(), p.R(),
                p.F(), p.tp, p.fp, p.fn);
  };
  row("extraction lenient", s.lenient);
  row("extraction strict", s.strict);
  row("value (lenient+value)", s.value);
  row("strict+value", s.strict_value);
  std::printf("value accuracy %5.1f (%d of %d lenient matches)\n", s.ValueAccuracy(),
              s.value_correct, s.value_total);
  std::printf("mod accuracy   %5.1f (%d of %d matches with a key MOD)\n",
              s.mod_total ? 100.0 * s.mod_correct / s.mod_total : 0.0, s.mod_correct, s.mod_total);
  return 0;
}

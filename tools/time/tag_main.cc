// tri_timex_tag: tags text with the time stage and prints one line per expression
// (begin, end, type, value, mod, range end, resolved, text). For trying rules by hand:
//   tri_timex_tag --lang de --anchor 2025-10-27 "Trump kommt am Donnerstag."
//   echo "..." | tri_timex_tag --domain narrative --anchor 2011-02-16
#include <cstdio>
#include <iostream>
#include <iterator>
#include <string>

#include "annotate/time/time.h"
#include "text/text.h"

int main(int argc, char** argv) {
  std::string lang = "de", text;
  std::optional<tri::DateTime> anchor;
  tri::TimeOptions options;
  for (int a = 1; a < argc; ++a) {
    std::string arg = argv[a];
    if (arg == "--lang" && a + 1 < argc) {
      lang = argv[++a];
    } else if (arg == "--anchor" && a + 1 < argc) {
      anchor = tri::DateTime::ParseIso(argv[++a]);
      if (!anchor) {
        std::cerr << "bad --anchor\n";
        return 2;
      }
    } else if (arg == "--domain" && a + 1 < argc) {
      options.domain = std::string(argv[++a]) == "narrative" ? tri::TimeDomain::kNarrative
                                                             : tri::TimeDomain::kNews;
    } else {
      if (!text.empty()) text += ' ';
      text += arg;
    }
  }
  if (text.empty()) text.assign(std::istreambuf_iterator<char>(std::cin), {});
  auto tagger = tri::TimeTagger::Create(options);
  if (!tagger.ok()) {
    std::cerr << tagger.status().ToString() << "\n";
    return 1;
  }
  tri::Document doc;
  doc.text = text;
  tri::AnalyzeText(doc);
  doc.language = lang;
  (*tagger)->Annotate(doc, anchor);
  for (const tri::Timex& t : doc.timex) {
    std::printf("%u\t%u\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n", t.span.begin, t.span.end,
                std::string(tri::ToString(t.type)).c_str(), t.value.c_str(), t.mod.c_str(),
                t.range_end.c_str(), t.resolved ? "" : "unresolved",
                std::string(doc.slice(t.span)).c_str(), t.relative_form.c_str());
  }
  return 0;
}

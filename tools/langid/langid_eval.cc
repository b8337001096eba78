// langid_eval: measures IdentifyLanguage on 200-character snippets of held-out text from
// ../shared (none of it is training data; the profile is trained on GermEval 2014 and
// WordNet glosses): German SpkAtt-2023 articles, German and English trafilatura-eval pages
// (language from <html lang>), and the French/Spanish/Polish/... pages, which should come out
// "und". Prints accuracy per language and overall.
//   langid_eval [--shared DIR] [--work DIR] [--chars N] [--per-text N] [--show-errors]
#include <cstdio>
#include <iostream>
#include <string>

#include "langid/snippets.h"
#include "text/langid_features.h"
#include "text/text.h"

using namespace tri::langid_eval;

namespace {

void Print(const char* lang, const std::string& what, const Tally& t) {
  std::printf("%-6s %-48s %6zu snippets  correct %6zu (%6.2f %%)  und %4zu  wrong %4zu\n", lang,
              what.c_str(), t.total, t.correct, 100.0 * t.accuracy(), t.und, t.wrong);
}

void Add(Tally& into, const Tally& t) {
  into.total += t.total, into.correct += t.correct, into.und += t.und, into.wrong += t.wrong;
}

}  // namespace

int main(int argc, char** argv) {
  std::string shared = TRI_SHARED_DIR, work = "/tmp/triangulate_langid_eval";
  size_t chars = 200, per_text = 20;
  bool show_errors = false;
  std::string dump;
  for (int i = 1; i < argc; ++i) {
    const std::string a = argv[i];
    if (a == "--shared" && i + 1 < argc)
      shared = argv[++i];
    else if (a == "--work" && i + 1 < argc)
      work = argv[++i];
    else if (a == "--chars" && i + 1 < argc)
      chars = std::stoul(argv[++i]);
    else if (a == "--per-text" && i + 1 < argc)
      per_text = std::stoul(argv[++i]);
    else if (a == "--show-errors")
      show_errors = true;
    else if (a == "--dump" && i + 1 < argc)
      dump = argv[++i];
    else {
      std::cerr << "usage: langid_eval [--shared DIR] [--work DIR] [--chars N] [--per-text N] "
                   "[--show-errors]\n";
      return 2;
    }
  }
  std::vector<std::string> errors;
  auto* err = show_errors ? &errors : nullptr;
  std::vector<std::string> spk;
  for (const std::string& text : SpkAttArticles(shared + "/data/spkatt2023/data/train/task2")) {
    for (auto& s : CutSnippets(text, chars, per_text)) spk.push_back(std::move(s));
  }
  const std::string pages_dir = UnpackPages(shared + "/data/trafilatura-eval/pages.tar.zst", work);
  std::vector<std::string> web_de, web_en, web_other;
  size_t pages_de = 0, pages_en = 0, pages_other = 0;
  for (const Page& p : TrafilaturaPages(pages_dir, TRI_LANGID_PAGE_LANGUAGES)) {
    auto cut = CutSnippets(p.text, chars, per_text);
    auto& into = p.lang == "de" ? web_de : p.lang == "en" ? web_en : web_other;
    (p.lang == "de" ? pages_de : p.lang == "en" ? pages_en : pages_other) += 1;
    for (auto& s : cut) into.push_back(std::move(s));
  }
  if (spk.empty() && web_de.empty() && web_en.empty()) {
    std::cerr << "langid_eval: no evaluation data under " << shared << "\n";
    return 1;
  }
  std::printf("IdentifyLanguage on %zu-character snippets (at most %zu per article/page)\n", chars,
              per_text);
  const Tally t_spk = Evaluate(spk, "de", err);
  const Tally t_de = Evaluate(web_de, "de", err);
  const Tally t_en = Evaluate(web_en, "en", err);
  Tally other;
  for (const std::string& s : web_other) {
    ++other.total;
    const auto g = tri::IdentifyLanguage(s);
    (g.language == "und" ? other.correct : other.wrong) += 1;
    if (err && g.language != "und") errors.push_back("other->" + g.language + "\t" + s);
  }
  Tally de = t_spk, all;
  Add(de, t_de);
  Add(all, de);
  Add(all, t_en);
  Print("de", "SpkAtt-2023 train articles (" + std::to_string(spk.size()) + ")", t_spk);
  Print("de", "trafilatura-eval pages lang=de (" + std::to_string(pages_de) + " pages)", t_de);
  Print("de", "all German", de);
  Print("en", "trafilatura-eval pages lang=en (" + std::to_string(pages_en) + " pages)", t_en);
  Print("de+en", "overall", all);
  Print("other",
        "trafilatura-eval pages fr/es/pl/fi/... (" + std::to_string(pages_other) +
            " pages): correct = und",
        other);
  for (const std::string& e : errors) std::printf("MISS %s\n", e.c_str());
  if (!dump.empty()) {  // per-snippet measurements (no text) for tuning the decision constants
    std::FILE* f = std::fopen(dump.c_str(), "w");
    if (!f) return 1;
    std::fprintf(f, "gold\tletters\tother\twords\tlog_odds_de\tfw_de\tfw_en\tknown_de\tknown_en\n");
    auto rows = [&](const std::vector<std::string>& v, const char* gold) {
      for (const auto& s : v) {
        const auto d = tri::text::ExplainLanguage(s);
        std::fprintf(f, "%s\t%zu\t%zu\t%zu\t%.3f\t%.3f\t%.3f\t%.3f\t%.3f\n", gold,
                     d.script.latin_letters, d.script.other_letters, d.words, d.log_odds_de,
                     d.function_words[0], d.function_words[1], d.known_trigrams[0],
                     d.known_trigrams[1]);
      }
    };
    rows(spk, "de");
    rows(web_de, "de");
    rows(web_en, "en");
    rows(web_other, "other");
    std::fclose(f);
  }
  return 0;
}

// extract_eval: scores triangulate's HTML main-content extraction on the trafilatura evaluation
// set (../shared/data/trafilatura-eval) exactly as trafilatura's benchmark does
// (tests/eval_common.py): whitespace-normalised substring matching of the `with` snippets
// (found = TP, missed = FN) and `without` snippets (found = FP, absent = TN) against the
// extracted body text, counts summed over pages, then precision, recall, F1 and accuracy;
// overall and for German pages. Also scores the metadata gold (title, author, date) where
// present. The body is Document::text without the title block (trafilatura's output has no
// title either). Pages are unpacked from pages.tar.zst at run time into --pages.
//
// Usage: extract_eval [--data DIR] [--pages DIR] [--min-f1 X] [--min-f1-de X] [--verbose]
//        [--jsonl FILE]   (writes per-page extraction results, for the benchmark script)
//        [--half 0|1]     (score only one half of the pages, split by a hash of the file name:
//                          tune on one half, check the other for overfitting)
// Exit code 1 when a --min-* threshold is not met (the ctest accuracy gate), 2 on bad usage.
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <map>
#include <nlohmann/json.hpp>
#include <sstream>
#include <string>

#include "ingest/ingest.h"
#include "tools/extract_eval/eval_common.h"

namespace fs = std::filesystem;
using Json = nlohmann::json;
using namespace tri::eval;  // NOLINT

namespace {

std::string ReadAll(const fs::path& p) {
  std::ifstream in(p, std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

// A fixed hash (not std::hash) so the halves are the same with every standard library.
uint64_t Fnv1a(std::string_view s) {
  uint64_t h = 1469598103934665603ull;
  for (unsigned char c : s) h = (h ^ c) * 1099511628211ull;
  return h;
}

struct MetaScore {
  int present = 0, correct = 0;
  void Add(bool ok) {
    ++present;
    correct += ok;
  }
};

}  // namespace

int main(int argc, char** argv) {
  std::string data = std::string(TRI_SHARED_DIR) + "/data/trafilatura-eval";
  std::string pages = std::string(TRI_BINARY_DIR) + "/extract_eval_pages";
  std::string jsonl_out;
  double min_f1 = -1, min_f1_de = -1;
  bool verbose = false, verbose_meta = false;
  int half = -1;
  for (int i = 1; i < argc; ++i) {
    const std::string a = argv[i];
    auto next = [&]() -> std::string {
      if (i + 1 >= argc) {
        std::cerr << "extract_eval: " << a << " needs a value\n";
        std::exit(2);
      }
      return argv[++i];
    };
    if (a == "--data")
      data = next();
    else if (a == "--pages")
      pages = next();
    else if (a == "--min-f1")
      min_f1 = std::stod(next());
    else if (a == "--min-f1-de")
      min_f1_de = std::stod(next());
    else if (a == "--jsonl")
      jsonl_out = next();
    else if (a == "--half")
      half = std::stoi(next());
    else if (a == "--verbose" || a == "-v")
      verbose = true;
    else if (a == "--verbose-meta")
      verbose_meta = true;
    else {
      std::cerr << "usage: extract_eval [--data DIR] [--pages DIR] [--min-f1 X] [--min-f1-de X] "
                   "[--verbose] [--jsonl FILE] [--half 0|1]\n";
      return 2;
    }
  }
  const fs::path evaldata = fs::path(data) / "evaldata.json";
  if (!fs::exists(evaldata)) {
    std::cout << "extract_eval: " << evaldata.string() << " not found; skipped\n";
    return 77;
  }
  if (!UnpackPages(data, pages)) return 1;
  Json eval = Json::parse(ReadAll(evaldata), nullptr, false);
  if (eval.is_discarded()) {
    std::cerr << "extract_eval: cannot parse " << evaldata.string() << "\n";
    return 1;
  }
  tri::IngestOptions options;
  Counts all, german;
  MetaScore title, author, date;
  std::ofstream jsonl;
  if (!jsonl_out.empty()) jsonl.open(jsonl_out);
  double seconds = 0;
  int n = 0, n_de = 0, failed = 0;
  for (auto it = eval.begin(); it != eval.end(); ++it) {
    const Json& item = it.value();
    const std::string file = item.value("file", "");
    if (half >= 0 && static_cast<int>(Fnv1a(file) % 2) != half) continue;
    const fs::path path = fs::path(pages) / "pages" / file;
    const std::string raw = ReadAll(path);
    const auto t0 = std::chrono::steady_clock::now();
    tri::FileDocuments docs = tri::ReadInputBytes(path.string(), raw, options);
    seconds += std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
    std::string body;
    const tri::Document* doc = docs.documents.empty() ? nullptr : &docs.documents.front();
    if (doc) {
      body = BodyText(*doc);
    } else {
      ++failed;
      if (verbose && !docs.errors.empty())
        std::cout << "ERROR " << docs.errors[0].message() << "\n";
    }
    const Counts c = ScoreItem(item, body);
    all.Add(c);
    ++n;
    const bool de = IsGermanPage(raw, item);
    if (de) {
      german.Add(c);
      ++n_de;
    }
    if (doc) {
      auto report = [&](const char* field, bool ok, const std::string& gold,
                        const std::string& got) {
        if (verbose_meta && !ok) {
          std::cout << "META " << field << " " << file << "\n  gold: " << gold
                    << "\n  got:  " << got << "\n";
        }
      };
      if (item.contains("title") && item["title"].is_string()) {
        const bool ok = SameTitle(item["title"].get<std::string>(), doc->meta.title);
        title.Add(ok);
        report("title", ok, item["title"].get<std::string>(), doc->meta.title);
      }
      if (item.contains("author") && item["author"].is_string()) {
        const bool ok = SameAuthors(item["author"].get<std::string>(), doc->meta.authors);
        author.Add(ok);
        std::string got;
        for (const std::string& a : doc->meta.authors) got += a + "; ";
        report("author", ok, item["author"].get<std::string>(), got);
      }
      if (item.contains("date") && item["date"].is_string()) {
        const std::string got = doc->meta.published ? doc->meta.published->date.ToIso() : "";
        const bool ok = got == item["date"].get<std::string>();
        date.Add(ok);
        std::string from;
        for (const auto& f : doc->meta.provenance) {
          if (f.field == "published") from = f.from;
        }
        report("date", ok, item["date"].get<std::string>(), got + "  (" + from + ")");
      }
    }
    if (verbose && (c.fn || c.fp)) PrintMisses(file, item, body);
    if (jsonl.is_open()) jsonl << Json{{"file", file}, {"text", body}}.dump() << "\n";
  }
  auto line = [](const char* name, const Counts& c, int pages) {
    std::printf(
        "%-8s pages %3d  TP %4d FP %4d FN %4d TN %4d  precision %.3f recall %.3f "
        "accuracy %.3f F1 %.3f\n",
        name, pages, c.tp, c.fp, c.fn, c.tn, c.Precision(), c.Recall(), c.Accuracy(), c.F1());
  };
  std::printf("trafilatura-eval (%s), extraction failures: %d\n", data.c_str(), failed);
  line("all", all, n);
  line("german", german, n_de);
  auto meta_line = [](const char* name, const MetaScore& m) {
    std::printf("metadata %-7s %3d/%3d correct (%.3f)\n", name, m.correct, m.present,
                m.present ? double(m.correct) / m.present : 0.0);
  };
  meta_line("title", title);
  meta_line("author", author);
  meta_line("date", date);
  std::printf("speed: %.1f pages/s (%.2f s for %d pages, one thread)\n", n / seconds, seconds, n);
  if (jsonl.is_open()) {
    jsonl << Json{{"tool", "triangulate"}, {"pages", n}, {"seconds", seconds}}.dump() << "\n";
  }
  bool ok = true;
  if (min_f1 >= 0 && all.F1() < min_f1) {
    std::printf("FAIL: F1 %.3f below the gate %.3f\n", all.F1(), min_f1);
    ok = false;
  }
  if (min_f1_de >= 0 && german.F1() < min_f1_de) {
    std::printf("FAIL: German F1 %.3f below the gate %.3f\n", german.F1(), min_f1_de);
    ok = false;
  }
  return ok ? 0 : 1;
}

// date_eval: publication-date accuracy of ingest on a labelled page set (default:
// tests/ingest_dates, made by tools/ingest/gen_date_pages.py). A page counts as right when the
// extracted publication day equals the label exactly ("none" pages must get no date). Prints
// the share right overall, per language and per layout, and the misses.
//
// Usage: date_eval [--dir DIR] [--min-accuracy X] [--verbose]
// Exit code 1 when the accuracy is below --min-accuracy (the ctest gate), 2 on bad usage.
#include <cstdio>
#include <fstream>
#include <iostream>
#include <map>
#include <sstream>
#include <string>
#include <vector>

#include "ingest/ingest.h"

int main(int argc, char** argv) {
  std::string dir = std::string(TRI_SOURCE_DIR) + "/tests/ingest_dates";
  double min_accuracy = -1;
  bool verbose = false;
  for (int i = 1; i < argc; ++i) {
    const std::string a = argv[i];
    if (a == "--dir" && i + 1 < argc)
      dir = argv[++i];
    else if (a == "--min-accuracy" && i + 1 < argc)
      min_accuracy = std::stod(argv[++i]);
    else if (a == "--verbose" || a == "-v")
      verbose = true;
    else {
      std::cerr << "usage: date_eval [--dir DIR] [--min-accuracy X] [--verbose]\n";
      return 2;
    }
  }
  std::ifstream labels(dir + "/labels.tsv");
  if (!labels) {
    std::cerr << "date_eval: cannot read " << dir << "/labels.tsv\n";
    return 1;
  }
  struct Tally {
    int right = 0, total = 0;
  };
  std::map<std::string, Tally> by_layout, by_language;
  Tally all;
  std::string line;
  tri::IngestOptions options;
  while (std::getline(labels, line)) {
    if (line.empty() || line[0] == '#') continue;
    std::vector<std::string> f;
    std::stringstream ss(line);
    for (std::string col; std::getline(ss, col, '\t');) f.push_back(col);
    if (f.size() < 4) continue;
    const std::string& file = f[0];
    const std::string& layout = f[1];
    const std::string& lang = f[2];
    const std::string& want = f[3];
    tri::FileDocuments r = tri::ReadInputFile(dir + "/pages/" + file, options);
    std::string got = "none", from;
    if (!r.documents.empty() && r.documents[0].meta.published) {
      got = r.documents[0].meta.published->date.ToIso();
      for (const tri::FieldSource& s : r.documents[0].meta.provenance) {
        if (s.field == "published") from = s.from;
      }
    }
    const bool ok = got == want;
    for (Tally* t : {&all, &by_layout[lang + "/" + layout], &by_language[lang]}) {
      t->total++;
      t->right += ok;
    }
    if (verbose && !ok) {
      std::cout << "MISS " << file << ": want " << want << ", got " << got << " (" << from << ")\n";
    }
  }
  auto pct = [](const Tally& t) { return t.total ? 100.0 * t.right / t.total : 0.0; };
  std::printf("publication dates exactly right to the day (%s)\n", dir.c_str());
  for (const auto& [name, t] : by_layout) {
    std::printf("  %-28s %3d/%3d  %5.1f %%\n", name.c_str(), t.right, t.total, pct(t));
  }
  for (const auto& [name, t] : by_language) {
    std::printf("language %-3s %3d/%3d  %5.1f %%\n", name.c_str(), t.right, t.total, pct(t));
  }
  std::printf("all          %3d/%3d  %5.1f %%\n", all.right, all.total, pct(all));
  if (min_accuracy >= 0 && pct(all) < min_accuracy * 100) {
    std::printf("FAIL: accuracy below the gate of %.1f %%\n", min_accuracy * 100);
    return 1;
  }
  return all.total > 0 ? 0 : 1;
}

// spkatt_eval [DIR] [--split heldout|tune|all] [--no-entities] [--no-fragments] [--nested]
//             [--no-reported] [--dump OUT_DIR]
// Runs entities + quotes over the SpkAtt-2023 task files in DIR (default: the shared training
// data) in-process and prints our scorer's figures for the split (default: the held-aside one).
#include <cstring>
#include <iostream>

#include "spkatt/evaluate.h"

int main(int argc, char** argv) {
  using namespace tri::spkatt;
  EvalOptions o;
  std::string dir = std::string(TRI_SHARED_DIR) + "/data/spkatt2023/data/train/task2";
  for (int i = 1; i < argc; ++i) {
    const std::string a = argv[i];
    if (a == "--split" && i + 1 < argc) {
      const std::string s = argv[++i];
      o.split = s == "heldout" ? Split::kHeldOut : s == "tune" ? Split::kTune : Split::kAll;
    } else if (a == "--no-entities") {
      o.entities = false;
    } else if (a == "--no-fragments") {
      o.convert.fragments = false;
    } else if (a == "--nested") {
      o.convert.mark_nested = true;
    } else if (a == "--no-reported") {
      o.quotes.reported_speech = false;
    } else if (a == "--dump" && i + 1 < argc) {
      o.dump_dir = argv[++i];
    } else if (!a.empty() && a[0] != '-') {
      dir = a;
    } else {
      std::cerr << "spkatt_eval: unknown option " << a << "\n";
      return 2;
    }
  }
  auto scores = Evaluate(dir, o);
  if (!scores.ok()) {
    std::cerr << "spkatt_eval: " << scores.status().ToString() << "\n";
    return 1;
  }
  std::cout << FormatScores(*scores);
  return 0;
}

// spkatt_score GOLD_DIR SYSTEM_DIR [--split heldout|tune|all]: our SpkAtt-2023 task 2 scorer
// (see score.h) over prediction files such as `triangulate spkatt` writes.
#include <cstring>
#include <iostream>

#include "spkatt/evaluate.h"

int main(int argc, char** argv) {
  using namespace tri::spkatt;
  Split split = Split::kAll;
  std::vector<std::string> dirs;
  for (int i = 1; i < argc; ++i) {
    if (std::strcmp(argv[i], "--split") == 0 && i + 1 < argc) {
      const std::string s = argv[++i];
      split = s == "heldout" ? Split::kHeldOut : s == "tune" ? Split::kTune : Split::kAll;
    } else {
      dirs.push_back(argv[i]);
    }
  }
  if (dirs.size() != 2) {
    std::cerr << "usage: spkatt_score GOLD_DIR SYSTEM_DIR [--split heldout|tune|all]\n";
    return 2;
  }
  auto scores = ScoreDirectories(dirs[0], dirs[1], split);
  if (!scores.ok()) {
    std::cerr << "spkatt_score: " << scores.status().ToString() << "\n";
    return 1;
  }
  std::cout << FormatScores(*scores);
  return 0;
}

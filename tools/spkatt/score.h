// Our implementation of the SpkAtt-2023 task 2 scorer. As the task's evaluation does: per
// document, system and gold annotations are paired one-to-one by an optimal assignment that
// maximises the token-overlap F1 of their messages (same Form, then same STWR, break ties);
// within each pair (and for unpaired ones against an empty annotation) every role's tokens
// count as true/false positives/negatives; precision and recall are averaged over all
// (pair, role) cells where they are defined (macro), and F1 is taken of those averages.
// "Full" scores all annotations on Message, Addr, Cue, Frame, Source; "simplified" only the
// non-nested ones on Message and Source. Form and STWR are scored micro over the pairs.
#pragma once

#include <array>
#include <string>
#include <string_view>
#include <vector>

#include "core/status.h"

namespace tri::spkatt {

enum Role { kMessage = 0, kAddr, kCue, kFrame, kSource, kRoleCount };
std::string_view RoleName(int role);

struct Group {
  std::array<std::vector<int>, kRoleCount> roles;  // absolute token ids, sorted, unique
  std::string form, stwr;
  bool nested = false;
};

// Absolute token offset of each sentence (by position in the file) and its SentenceId map.
struct DocLayout {
  std::vector<int> sentence_offset;  // indexed by SentenceId
};

// Reads the layout (from the gold file) and the annotations of a task file.
Result<DocLayout> ReadLayout(std::string_view json_text);
Result<std::vector<Group>> ReadGroups(std::string_view json_text, const DocLayout& layout);

struct PRF {
  double p = 0, r = 0, f = 0;
};

struct Scores {
  PRF message, roles, joint, form, stwr;
  std::array<PRF, kRoleCount> per_role;  // macro over the cells of that role
  PRF simple_message, simple_source, simple_joint;
  int documents = 0, gold = 0, system = 0;
};

class Scorer {
 public:
  void AddDocument(const std::vector<Group>& system, const std::vector<Group>& gold);
  Scores Finish() const;

 private:
  struct Track {
    // Per (pair, role) precision and recall where defined.
    std::array<std::vector<double>, kRoleCount> precision, recall;
    int form_tp = 0, form_fp = 0, form_fn = 0, stwr_tp = 0, stwr_fp = 0, stwr_fn = 0;
  };
  static void Evaluate(const std::vector<Group>& system, const std::vector<Group>& gold,
                       const std::vector<int>& roles, Track& track);
  Track full_, simple_;
  int documents_ = 0, gold_ = 0, system_ = 0;
};

// Optimal one-to-one assignment maximising the total score; score[i][j] for row i, column j.
// Returns for every row the assigned column or -1 (rows > columns leave some rows unassigned).
std::vector<int> MaxAssignment(const std::vector<std::vector<double>>& score);

// The held-aside evaluation split: documents whose Wikinews id (the number the file name starts
// with) is divisible by 5. Rules are tuned on the other documents only.
bool IsHeldOut(std::string_view file_name);

// A report of `s` (one figure per line).
std::string FormatScores(const Scores& s);

}  // namespace tri::spkatt

#include "spkatt/score.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <limits>
#include <nlohmann/json.hpp>

namespace tri::spkatt {
namespace {

using Json = nlohmann::json;

constexpr const char* kRoleKeys[kRoleCount] = {"Message", "Addr", "Cue", "Frame", "Source"};

double OverlapF1(const std::vector<int>& a, const std::vector<int>& b) {
  size_t i = 0, j = 0, both = 0;
  while (i < a.size() && j < b.size()) {
    if (a[i] == b[j])
      ++both, ++i, ++j;
    else if (a[i] < b[j])
      ++i;
    else
      ++j;
  }
  if (both == 0) return 0.0;
  const double p = double(both) / double(b.size()), r = double(both) / double(a.size());
  return 2 * p * r / (p + r);
}

void Count(const std::vector<int>& gold, const std::vector<int>& sys, int& tp, int& fp, int& fn) {
  size_t i = 0, j = 0;
  while (i < gold.size() && j < sys.size()) {
    if (gold[i] == sys[j])
      ++tp, ++i, ++j;
    else if (gold[i] < sys[j])
      ++fn, ++i;
    else
      ++fp, ++j;
  }
  fn += int(gold.size() - i);
  fp += int(sys.size() - j);
}

double Mean(const std::vector<double>& v) {
  if (v.empty()) return 0.0;
  double s = 0;
  for (double x : v) s += x;
  return s / double(v.size());
}

PRF Make(double p, double r) {
  PRF out{p, r, 0.0};
  out.f = p + r > 0 ? 2 * p * r / (p + r) : 0.0;
  return out;
}

PRF Micro(int tp, int fp, int fn) {
  return Make(tp + fp ? double(tp) / (tp + fp) : 0.0, tp + fn ? double(tp) / (tp + fn) : 0.0);
}

}  // namespace

std::string_view RoleName(int role) {
  return role >= 0 && role < kRoleCount ? kRoleKeys[role] : "";
}

Result<DocLayout> ReadLayout(std::string_view json_text) {
  Json j = Json::parse(json_text, nullptr, false);
  if (j.is_discarded() || !j.is_object() || !j.contains("Sentences") ||
      !j["Sentences"].is_array()) {
    return Status::Corrupt("not a SpkAtt task file (no Sentences)");
  }
  DocLayout layout;
  int offset = 0;
  for (const Json& s : j["Sentences"]) {
    layout.sentence_offset.push_back(offset);
    if (s.contains("Tokens") && s["Tokens"].is_array()) offset += int(s["Tokens"].size());
  }
  layout.sentence_offset.push_back(offset);
  return layout;
}

Result<std::vector<Group>> ReadGroups(std::string_view json_text, const DocLayout& layout) {
  Json j = Json::parse(json_text, nullptr, false);
  if (j.is_discarded() || !j.is_object()) return Status::Corrupt("not a JSON object");
  std::vector<Group> out;
  if (!j.contains("Annotations")) return out;
  for (const Json& a : j["Annotations"]) {
    Group g;
    for (int r = 0; r < kRoleCount; ++r) {
      if (!a.contains(kRoleKeys[r])) continue;
      for (const Json& id : a[kRoleKeys[r]]) {
        if (!id.is_string()) return Status::Corrupt("token id is not a string");
        const std::string s = id.get<std::string>();
        const size_t colon = s.find(':');
        if (colon == std::string::npos) return Status::Corrupt("bad token id \"" + s + "\"");
        const int sent = std::atoi(s.c_str()), tok = std::atoi(s.c_str() + colon + 1);
        if (sent < 0 || size_t(sent) >= layout.sentence_offset.size()) {
          return Status::Corrupt("sentence out of range in \"" + s + "\"");
        }
        g.roles[r].push_back(layout.sentence_offset[sent] + tok);
      }
      std::sort(g.roles[r].begin(), g.roles[r].end());
      g.roles[r].erase(std::unique(g.roles[r].begin(), g.roles[r].end()), g.roles[r].end());
    }
    if (a.contains("Form") && a["Form"].is_string()) g.form = a["Form"];
    if (a.contains("STWR") && a["STWR"].is_string()) g.stwr = a["STWR"];
    if (a.contains("IsNested") && a["IsNested"].is_boolean()) g.nested = a["IsNested"];
    out.push_back(std::move(g));
  }
  return out;
}

std::vector<int> MaxAssignment(const std::vector<std::vector<double>>& score) {
  const int rows = int(score.size()), cols = rows ? int(score[0].size()) : 0;
  std::vector<int> result(rows, -1);
  if (rows == 0 || cols == 0) return result;
  const bool transposed = rows > cols;
  const int n = transposed ? cols : rows, m = transposed ? rows : cols;
  auto cost = [&](int i, int j) { return -(transposed ? score[j][i] : score[i][j]); };
  // Hungarian method with potentials (1-based), n <= m: every row gets a column.
  const double inf = std::numeric_limits<double>::infinity();
  std::vector<double> u(n + 1, 0), v(m + 1, 0);
  std::vector<int> p(m + 1, 0), way(m + 1, 0);
  for (int i = 1; i <= n; ++i) {
    p[0] = i;
    int j0 = 0;
    std::vector<double> minv(m + 1, inf);
    std::vector<char> used(m + 1, 0);
    do {
      used[j0] = 1;
      const int i0 = p[j0];
      double delta = inf;
      int j1 = 0;
      for (int j = 1; j <= m; ++j) {
        if (used[j]) continue;
        const double cur = cost(i0 - 1, j - 1) - u[i0] - v[j];
        if (cur < minv[j]) minv[j] = cur, way[j] = j0;
        if (minv[j] < delta) delta = minv[j], j1 = j;
      }
      for (int j = 0; j <= m; ++j) {
        if (used[j])
          u[p[j]] += delta, v[j] -= delta;
        else
          minv[j] -= delta;
      }
      j0 = j1;
    } while (p[j0] != 0);
    do {
      const int j1 = way[j0];
      p[j0] = p[j1];
      j0 = j1;
    } while (j0);
  }
  for (int j = 1; j <= m; ++j) {
    if (p[j] == 0) continue;
    if (transposed)
      result[j - 1] = p[j] - 1;
    else
      result[p[j] - 1] = j - 1;
  }
  return result;
}

void Scorer::Evaluate(const std::vector<Group>& sys, const std::vector<Group>& gold,
                      const std::vector<int>& roles, Track& t) {
  std::vector<std::vector<double>> score(gold.size(), std::vector<double>(sys.size(), 0.0));
  for (size_t i = 0; i < gold.size(); ++i) {
    for (size_t j = 0; j < sys.size(); ++j) {
      const double o = OverlapF1(gold[i].roles[kMessage], sys[j].roles[kMessage]);
      score[i][j] = o + (o > 0 && gold[i].form == sys[j].form ? 0.01 : 0.0) +
                    (o > 0 && gold[i].stwr == sys[j].stwr ? 0.001 : 0.0);
    }
  }
  const std::vector<int> assign = MaxAssignment(score);
  const Group empty;
  auto pair = [&](const Group& s, const Group& g) {
    for (int r : roles) {
      int tp = 0, fp = 0, fn = 0;
      Count(g.roles[r], s.roles[r], tp, fp, fn);
      if (tp + fp > 0) t.precision[r].push_back(double(tp) / (tp + fp));
      if (tp + fn > 0) t.recall[r].push_back(double(tp) / (tp + fn));
    }
    auto label = [](const std::string& sl, const std::string& gl, int& tp, int& fp, int& fn) {
      if (sl == gl) {
        ++tp;
        return;
      }
      if (!sl.empty()) ++fp;
      if (!gl.empty()) ++fn;
    };
    label(s.form, g.form, t.form_tp, t.form_fp, t.form_fn);
    label(s.stwr, g.stwr, t.stwr_tp, t.stwr_fp, t.stwr_fn);
  };
  std::vector<char> sys_used(sys.size(), 0);
  for (size_t i = 0; i < gold.size(); ++i) {
    if (assign[i] >= 0) {
      pair(sys[assign[i]], gold[i]);
      sys_used[assign[i]] = 1;
    } else {
      pair(empty, gold[i]);
    }
  }
  for (size_t j = 0; j < sys.size(); ++j) {
    if (!sys_used[j]) pair(sys[j], empty);
  }
}

void Scorer::AddDocument(const std::vector<Group>& system, const std::vector<Group>& gold) {
  ++documents_;
  gold_ += int(gold.size());
  system_ += int(system.size());
  Evaluate(system, gold, {kMessage, kAddr, kCue, kFrame, kSource}, full_);
  std::vector<Group> s, g;
  for (const Group& x : system)
    if (!x.nested) s.push_back(x);
  for (const Group& x : gold)
    if (!x.nested) g.push_back(x);
  Evaluate(s, g, {kMessage, kSource}, simple_);
}

Scores Scorer::Finish() const {
  Scores s;
  s.documents = documents_;
  s.gold = gold_;
  s.system = system_;
  auto macro = [](const Track& t, std::initializer_list<int> roles) {
    std::vector<double> p, r;
    for (int role : roles) {
      p.insert(p.end(), t.precision[role].begin(), t.precision[role].end());
      r.insert(r.end(), t.recall[role].begin(), t.recall[role].end());
    }
    return Make(Mean(p), Mean(r));
  };
  s.message = macro(full_, {kMessage});
  s.roles = macro(full_, {kAddr, kCue, kFrame, kSource});
  s.joint = macro(full_, {kMessage, kAddr, kCue, kFrame, kSource});
  for (int r = 0; r < kRoleCount; ++r) s.per_role[r] = macro(full_, {r});
  s.form = Micro(full_.form_tp, full_.form_fp, full_.form_fn);
  s.stwr = Micro(full_.stwr_tp, full_.stwr_fp, full_.stwr_fn);
  s.simple_message = macro(simple_, {kMessage});
  s.simple_source = macro(simple_, {kSource});
  s.simple_joint = macro(simple_, {kMessage, kSource});
  return s;
}

bool IsHeldOut(std::string_view name) {
  const size_t slash = name.find_last_of('/');
  if (slash != std::string_view::npos) name.remove_prefix(slash + 1);
  long id = 0;
  size_t i = 0;
  while (i < name.size() && name[i] >= '0' && name[i] <= '9') id = id * 10 + (name[i++] - '0');
  return i > 0 && id % 5 == 0;
}

std::string FormatScores(const Scores& s) {
  std::string out;
  char line[160];
  auto add = [&](const char* name, const PRF& x) {
    std::snprintf(line, sizeof line, "%-22s F1 %6.2f   P %6.2f   R %6.2f\n", name, 100 * x.f,
                  100 * x.p, 100 * x.r);
    out += line;
  };
  std::snprintf(line, sizeof line, "documents %d, gold annotations %d, system annotations %d\n",
                s.documents, s.gold, s.system);
  out += line;
  add("full: messages", s.message);
  add("full: roles", s.roles);
  add("full: joint", s.joint);
  for (int r = 1; r < kRoleCount; ++r) {
    add(("  role " + std::string(RoleName(r))).c_str(), s.per_role[r]);
  }
  add("full: form (micro)", s.form);
  add("full: STWR (micro)", s.stwr);
  add("simplified: messages", s.simple_message);
  add("simplified: source", s.simple_source);
  add("simplified: joint", s.simple_joint);
  return out;
}

}  // namespace tri::spkatt

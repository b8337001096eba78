#include "annotate/entities/conll.h"

#include <algorithm>
#include <cstdio>

namespace tri::ner {

Result<std::vector<ConllSentence>> ParseGermEval(std::string_view text) {
  std::vector<ConllSentence> out;
  ConllSentence cur;
  size_t pos = 0, line_no = 0;
  auto flush = [&] {
    if (!cur.tokens.empty() || !cur.comments.empty()) out.push_back(std::move(cur));
    cur = ConllSentence();
  };
  while (pos <= text.size()) {
    size_t nl = text.find('\n', pos);
    if (nl == std::string_view::npos) nl = text.size();
    std::string_view line = text.substr(pos, nl - pos);
    pos = nl + 1;
    ++line_no;
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    if (line.empty()) {
      if (!cur.tokens.empty()) flush();
      if (nl == text.size()) break;
      continue;
    }
    if (line[0] == '#' && (line.size() == 1 || line[1] == '\t' || line[1] == ' ')) {
      if (!cur.tokens.empty()) flush();
      cur.comments.emplace_back(line);
      continue;
    }
    std::vector<std::string_view> f;
    size_t p = 0;
    while (true) {
      const size_t tab = line.find('\t', p);
      f.push_back(line.substr(p, tab == std::string_view::npos ? line.npos : tab - p));
      if (tab == std::string_view::npos) break;
      p = tab + 1;
    }
    if (f.size() < 2 || f[1].empty()) {
      return Status::InvalidArgument("line " + std::to_string(line_no) +
                                     ": expected `index TAB token [TAB outer TAB inner]`");
    }
    cur.tokens.push_back({std::string(f[0]), std::string(f[1]),
                          f.size() > 2 && !f[2].empty() ? std::string(f[2]) : "O",
                          f.size() > 3 && !f[3].empty() ? std::string(f[3]) : "O"});
  }
  flush();
  return out;
}

std::string FormatGermEval(const std::vector<ConllSentence>& sentences) {
  std::string out;
  for (size_t s = 0; s < sentences.size(); ++s) {
    if (s > 0) out += "\n";
    for (const std::string& c : sentences[s].comments) out += c + "\n";
    for (const ConllToken& t : sentences[s].tokens) {
      out += t.index + "\t" + t.token + "\t" + t.outer + "\t" + t.inner + "\n";
    }
  }
  return out;
}

std::vector<Chunk> ChunksFromBio(size_t sentence, const std::vector<std::string>& labels) {
  std::vector<Chunk> out;
  std::string open;
  for (size_t i = 0; i <= labels.size(); ++i) {
    const std::string& l = i < labels.size() ? labels[i] : std::string();
    const bool b = l.size() > 2 && l[0] == 'B' && l[1] == '-';
    const bool in = l.size() > 2 && l[0] == 'I' && l[1] == '-';
    const std::string type = (b || in) ? l.substr(2) : std::string();
    if (!open.empty() && (b || !in || type != open)) {
      out.back().end = i;
      open.clear();
    }
    if (b || (in && open.empty())) {
      out.push_back({sentence, i, i, type});
      open = type;
    }
  }
  return out;
}

void ChunkScores::Add(const std::vector<Chunk>& gold, const std::vector<Chunk>& predicted) {
  std::vector<Chunk> g = gold, p = predicted;
  std::sort(g.begin(), g.end());
  std::sort(p.begin(), p.end());
  std::vector<Chunk> both;
  std::set_intersection(g.begin(), g.end(), p.begin(), p.end(), std::back_inserter(both));
  for (const Chunk& c : both) ++per_type[c.type].tp, ++overall.tp;
  std::vector<Chunk> only;
  std::set_difference(g.begin(), g.end(), p.begin(), p.end(), std::back_inserter(only));
  for (const Chunk& c : only) ++per_type[c.type].fn, ++overall.fn;
  only.clear();
  std::set_difference(p.begin(), p.end(), g.begin(), g.end(), std::back_inserter(only));
  for (const Chunk& c : only) ++per_type[c.type].fp, ++overall.fp;
}

GermEvalScores ScoreGermEval(const std::vector<ConllSentence>& gold,
                             const std::vector<ConllSentence>& predicted) {
  GermEvalScores s;
  const size_t n = std::min(gold.size(), predicted.size());
  for (size_t i = 0; i < n; ++i) {
    std::vector<std::string> go, gi, po, pi;
    for (const ConllToken& t : gold[i].tokens) go.push_back(t.outer), gi.push_back(t.inner);
    for (const ConllToken& t : predicted[i].tokens) po.push_back(t.outer), pi.push_back(t.inner);
    const auto gco = ChunksFromBio(i, go), pco = ChunksFromBio(i, po);
    // Inner chunks get an offset sentence id so pooled outer/inner chunks never coincide.
    const auto gci = ChunksFromBio(i + (1u << 30), gi), pci = ChunksFromBio(i + (1u << 30), pi);
    s.outer.Add(gco, pco);
    s.inner.Add(gci, pci);
    std::vector<Chunk> gall = gco, pall = pco;
    gall.insert(gall.end(), gci.begin(), gci.end());
    pall.insert(pall.end(), pci.begin(), pci.end());
    s.combined.Add(gall, pall);
  }
  return s;
}

std::string FormatScores(const GermEvalScores& scores) {
  std::string out;
  char buf[160];
  auto table = [&](const char* title, const ChunkScores& c) {
    std::snprintf(buf, sizeof buf, "%s\n  %-10s %6s %6s %6s %7s %7s %7s\n", title, "type", "gold",
                  "pred", "tp", "P", "R", "F1");
    out += buf;
    auto row = [&](const std::string& name, const Prf& p) {
      std::snprintf(buf, sizeof buf, "  %-10s %6ld %6ld %6ld %7.2f %7.2f %7.2f\n", name.c_str(),
                    p.tp + p.fn, p.tp + p.fp, p.tp, p.precision(), p.recall(), p.f1());
      out += buf;
    };
    for (const auto& [type, p] : c.per_type) row(type, p);
    row("overall", c.overall);
  };
  table("outer chunks (strict)", scores.outer);
  table("inner chunks (strict)", scores.inner);
  table("combined outer+inner (strict; official GermEval 2014 M1)", scores.combined);
  return out;
}

}  // namespace tri::ner

#include "annotate/claims/lexicon.h"

#include <unicode/uchar.h>

#include <algorithm>
#include <array>
#include <mutex>

#include "core/utf8.h"

namespace tri::embedded {
std::string_view ClaimsLexicon();
}

namespace tri::claims {
namespace {

constexpr std::array<std::string_view, static_cast<size_t>(CueClass::kCount)> kClassNames = {
    "hedge",  "spec",     "neg",       "neg_not",   "kon1",     "lik",          "lnoun",  "lmag",
    "frame",  "event",    "frame_not", "stance",    "volition", "qual",         "past",   "future",
    "update", "role",     "anaphor",   "capital",   "loc_prep", "nonsubj_prep", "subord", "verb",
    "speech", "num_word", "num_mult",  "num_bound", "unit"};

std::vector<std::string_view> SplitOn(std::string_view s, char sep) {
  std::vector<std::string_view> out;
  size_t pos = 0;
  while (true) {
    size_t next = s.find(sep, pos);
    out.push_back(
        s.substr(pos, next == std::string_view::npos ? std::string_view::npos : next - pos));
    if (next == std::string_view::npos) break;
    pos = next + 1;
  }
  return out;
}

void SetLength(uint64_t& mask, size_t n) {
  if (n < 64) mask |= uint64_t{1} << n;
}

}  // namespace

std::string_view ToString(CueClass c) { return kClassNames[static_cast<size_t>(c)]; }

std::string LexKey(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  size_t i = 0;
  while (i < text.size()) {
    const unsigned char c = static_cast<unsigned char>(text[i]);
    if (c < 0x80) {
      out += static_cast<char>(c >= 'A' && c <= 'Z' ? c + 32 : c);
      ++i;
      continue;
    }
    char32_t cp = NextCodePoint(text, i);
    if (cp == U'\u2019' || cp == U'\u2018') cp = '\'';  // typographic apostrophes
    AppendUtf8(out, static_cast<char32_t>(u_tolower(static_cast<UChar32>(cp))));
  }
  return out;
}

LangMask LangMaskFor(std::string_view language) {
  if (language == "de") return kLangDe;
  if (language == "en") return kLangEn;
  return kLangAny;
}

Result<std::shared_ptr<const CueLexicon>> CueLexicon::Parse(std::string_view tsv) {
  std::shared_ptr<CueLexicon> lex(new CueLexicon());
  std::unordered_map<std::string, uint16_t> value_ids;
  size_t line_no = 0;
  for (std::string_view line : SplitOn(tsv, '\n')) {
    ++line_no;
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    if (line.empty() || line[0] == '#') continue;
    const auto cols = SplitOn(line, '\t');
    if (cols.size() != 4) {
      return Status::Corrupt("claims lexicon line " + std::to_string(line_no) + ": want 4 columns");
    }
    Entry e;
    auto cls = std::find(kClassNames.begin(), kClassNames.end(), cols[0]);
    if (cls == kClassNames.end()) {
      return Status::Corrupt("claims lexicon line " + std::to_string(line_no) +
                             ": unknown class '" + std::string(cols[0]) + "'");
    }
    e.cls = static_cast<CueClass>(cls - kClassNames.begin());
    e.langs = cols[1] == "de" ? kLangDe : cols[1] == "en" ? kLangEn : kLangAny;
    auto [it, inserted] = value_ids.emplace(std::string(cols[2]), lex->values_.size());
    if (inserted) lex->values_.emplace_back(cols[2]);
    e.value = it->second;
    for (std::string_view tok : SplitOn(cols[3], ' ')) {
      if (tok.empty()) continue;
      Pattern p;
      const bool lead = tok.size() > 1 && tok.front() == '*';
      const bool trail = tok.size() > 1 && tok.back() == '*';
      if (lead) tok.remove_prefix(1);
      if (trail) tok.remove_suffix(1);
      p.kind = lead && trail ? PatternKind::kInfix
               : lead        ? PatternKind::kSuffix
               : trail       ? PatternKind::kPrefix
                             : PatternKind::kExact;
      p.text = LexKey(tok);
      e.tokens.push_back(std::move(p));
    }
    if (e.tokens.empty()) {
      return Status::Corrupt("claims lexicon line " + std::to_string(line_no) + ": empty phrase");
    }
    const uint32_t id = static_cast<uint32_t>(lex->entries_.size());
    const Pattern& first = e.tokens.front();
    switch (first.kind) {
      case PatternKind::kExact:
        lex->exact_[first.text].push_back(id);
        break;
      case PatternKind::kPrefix:
        lex->prefix_[first.text].push_back(id);
        SetLength(lex->prefix_lengths_, first.text.size());
        break;
      case PatternKind::kSuffix:
        lex->suffix_[first.text].push_back(id);
        SetLength(lex->suffix_lengths_, first.text.size());
        break;
      case PatternKind::kInfix:
        lex->infix_.push_back(id);
        break;
    }
    lex->entries_.push_back(std::move(e));
  }
  return std::shared_ptr<const CueLexicon>(std::move(lex));
}

Result<std::shared_ptr<const CueLexicon>> CueLexicon::Embedded() {
  // Parsed once per process; the result is immutable, so sharing it is thread-safe.
  static const Result<std::shared_ptr<const CueLexicon>> kLexicon =
      Parse(embedded::ClaimsLexicon());
  return kLexicon;
}

int CueLexicon::FindValue(std::string_view v) const {
  for (size_t i = 0; i < values_.size(); ++i) {
    if (values_[i] == v) return static_cast<int>(i);
  }
  return -1;
}

bool CueLexicon::PatternMatches(const Pattern& p, std::string_view key) {
  if (key.empty()) return false;
  switch (p.kind) {
    case PatternKind::kExact:
      return key == p.text;
    case PatternKind::kPrefix:
      return key.starts_with(p.text);
    case PatternKind::kSuffix:
      return key.ends_with(p.text);
    case PatternKind::kInfix:
      return key.find(p.text) != std::string_view::npos;
  }
  return false;
}

void CueLexicon::Candidates(std::string_view key, std::vector<uint32_t>& out) const {
  if (auto it = exact_.find(key); it != exact_.end())
    out.insert(out.end(), it->second.begin(), it->second.end());
  for (size_t n = 1; n <= key.size() && n < 64; ++n) {
    if (prefix_lengths_ >> n & 1) {
      if (auto it = prefix_.find(key.substr(0, n)); it != prefix_.end()) {
        out.insert(out.end(), it->second.begin(), it->second.end());
      }
    }
    if (suffix_lengths_ >> n & 1) {
      if (auto it = suffix_.find(key.substr(key.size() - n)); it != suffix_.end()) {
        out.insert(out.end(), it->second.begin(), it->second.end());
      }
    }
  }
  for (uint32_t id : infix_) {
    if (PatternMatches(entries_[id].tokens.front(), key)) out.push_back(id);
  }
}

void CueLexicon::Match(const std::vector<std::string>& keys, LangMask lang,
                       std::vector<CueMatch>& out) const {
  const size_t first_out = out.size();
  std::vector<uint32_t> cand;
  for (uint32_t i = 0; i < keys.size(); ++i) {
    const std::string& key = keys[i];
    if (key.empty()) continue;
    cand.clear();
    Candidates(key, cand);
    for (uint32_t id : cand) {
      const Entry& e = entries_[id];
      if (!(e.langs & lang)) continue;
      size_t k = 1;
      while (k < e.tokens.size() && i + k < keys.size() && PatternMatches(e.tokens[k], keys[i + k]))
        ++k;
      if (k == e.tokens.size()) out.push_back({i, static_cast<uint32_t>(i + k), e.cls, e.value});
    }
    // Hyphenated compounds ("US-Präsident", "Apec-Gipfels"): each part may carry a one-word cue.
    if (key.find('-') != std::string::npos && key.size() > 2) {
      size_t pos = 0;
      while (pos < key.size()) {
        size_t dash = key.find('-', pos);
        if (dash == std::string::npos) dash = key.size();
        std::string_view part = std::string_view(key).substr(pos, dash - pos);
        if (!part.empty() && part.size() < key.size()) {
          cand.clear();
          Candidates(part, cand);
          for (uint32_t id : cand) {
            const Entry& e = entries_[id];
            if ((e.langs & lang) && e.tokens.size() == 1) out.push_back({i, i + 1, e.cls, e.value});
          }
        }
        pos = dash + 1;
      }
    }
  }
  std::sort(out.begin() + first_out, out.end(), [](const CueMatch& a, const CueMatch& b) {
    if (a.begin != b.begin) return a.begin < b.begin;
    if (a.end != b.end) return a.end > b.end;
    if (a.cls != b.cls) return a.cls < b.cls;
    return a.value < b.value;
  });
  out.erase(std::unique(out.begin() + first_out, out.end(),
                        [](const CueMatch& a, const CueMatch& b) {
                          return a.begin == b.begin && a.end == b.end && a.cls == b.cls &&
                                 a.value == b.value;
                        }),
            out.end());
}

}  // namespace tri::claims

#include "text/lexicon.h"

namespace tri::embedded {
std::string_view TextLexicon();
}

namespace tri::text {

Lexicon::Lexicon() {
  const std::string_view data = embedded::TextLexicon();
  size_t pos = 0;
  while (pos < data.size()) {
    size_t nl = data.find('\n', pos);
    if (nl == std::string_view::npos) nl = data.size();
    const std::string_view line = data.substr(pos, nl - pos);
    pos = nl + 1;
    if (line.empty() || line[0] == '#') continue;
    const size_t tab = line.find('\t');
    if (tab == std::string_view::npos || tab == 0) continue;
    const std::string_view word = line.substr(0, tab);
    const std::string_view kind = line.substr(tab + 1);
    uint8_t role = kind == "prefix"    ? kPrefix
                   : kind == "final"   ? kFinal
                   : kind == "num"     ? kNum
                   : kind == "starter" ? kStarter
                   : kind == "month"   ? kMonth
                   : kind == "ordctx"  ? kOrdinalContext
                   : kind == "cont"    ? kContinuation
                                       : 0;
    roles_[word] |= role;
    if (word.size() > max_len_) max_len_ = word.size();
    if ((role & (kPrefix | kFinal | kNum)) && word.size() > max_abbrev_len_) {
      max_abbrev_len_ = word.size();
    }
    const unsigned k = FilterKey(word);
    filter_[k / 64] |= uint64_t{1} << (k % 64);
  }
}

AbbrevClass Lexicon::Abbreviation(std::string_view word) const {
  if (!MayHave(word)) return AbbrevClass::kNone;
  auto it = roles_.find(word);
  if (it == roles_.end()) return AbbrevClass::kNone;
  if (it->second & kPrefix) return AbbrevClass::kPrefix;
  if (it->second & kFinal) return AbbrevClass::kFinal;
  if (it->second & kNum) return AbbrevClass::kNumber;
  return AbbrevClass::kNone;
}

}  // namespace tri::text

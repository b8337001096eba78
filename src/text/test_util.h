// Helpers for the text stage's table tests: tokens and sentences rendered as strings, so a
// table row reads like the text it checks.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "text/text.h"

namespace tri::text_test {

// Token texts joined by " | ".
inline std::string JoinTokens(std::string_view text) {
  std::string out;
  for (const Token& t : Tokenize(text)) {
    if (!out.empty()) out += " | ";
    out += Slice(text, t.span);
  }
  return out;
}

// Sentence texts (as AnalyzeText splits them) joined by " || ".
inline std::string JoinSentences(std::string_view text) {
  Document doc;
  doc.text = std::string(text);
  AnalyzeText(doc);
  std::string out;
  for (const Sentence& s : doc.sentences) {
    if (!out.empty()) out += " || ";
    out += doc.slice(s.span);
  }
  return out;
}

}  // namespace tri::text_test

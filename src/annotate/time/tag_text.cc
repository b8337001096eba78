// TimeTagger::TagText: the tagger on one short string (see time.h). The table benchmark and
// callers tagging headlines or single sentences call it many times, so it keeps the text
// stage's output in per-thread buffers instead of building and freeing a Document per call.
#include "annotate/time/time.h"
#include "text/text.h"

namespace tri {

void TimeTagger::TagText(std::string_view text, std::string_view language,
                         std::optional<DateTime> anchor, std::vector<Timex>& out) const {
  out.clear();
  // Tag does not call back into TagText, so one set of buffers per thread suffices.
  struct TextBuffers {
    std::vector<Token> tokens;
    std::vector<Sentence> sentences;
  };
  thread_local TextBuffers buf;
  buf.tokens.clear();
  buf.sentences.clear();
  AppendTokens(text, 0, buf.tokens);
  // Annotate on a Document with these tokens, one paragraph block over the text and its
  // sentences, no publication date (so relative forms are kept, as for any undated text).
  AppendParagraphSentences(text, buf.tokens, buf.sentences);
  Tag(text, buf.tokens, buf.sentences, language, /*undated=*/true, anchor, out);
}

std::vector<Timex> TimeTagger::TagText(std::string_view text, std::string_view language,
                                       std::optional<DateTime> anchor) const {
  std::vector<Timex> out;
  TagText(text, language, anchor, out);
  return out;
}

}  // namespace tri

#include "annotate/time/evidence.h"

#include "annotate/time/calendar.h"
#include "annotate/time/pieces.h"
#include "annotate/time/tense.h"

namespace tri::timex {
namespace {

// A caption or credit line: the expression is followed by "| 0:23 min" or sits on a line that
// names a photo, video or source.
bool InCaption(std::string_view text, Span span) {
  const size_t line_begin = text.rfind('\n', span.begin == 0 ? 0 : span.begin - 1);
  const size_t lb = line_begin == std::string_view::npos ? 0 : line_begin + 1;
  size_t le = text.find('\n', span.end);
  if (le == std::string_view::npos) le = text.size();
  const std::string_view after = text.substr(span.end, std::min<size_t>(24, le - span.end));
  if (after.find('|') != std::string_view::npos) return true;
  if (after.find(" min") != std::string_view::npos) return true;
  const std::string_view line = text.substr(lb, le - lb);
  for (std::string_view cue : {"Foto:", "Foto ", "Bild:", "Video:", "Quelle:", "Archivbild",
                               "Photo:", "Credit:", "Getty Images", "picture alliance"}) {
    if (line.find(cue) != std::string_view::npos && line.size() < 400) return true;
  }
  return false;
}

}  // namespace

std::vector<TimexEvidence> CollectEvidence(const Document& doc, const Lexicon& lexicon) {
  std::vector<TimexEvidence> out;
  const Pieces pieces = BuildPieces(doc.text, doc.tokens, &lexicon);
  uint8_t langs = kLangDe | kLangEn;
  if (doc.language == "de") langs = kLangDe;
  if (doc.language == "en") langs = kLangEn;
  // Piece range of each sentence, for tense.
  auto piece_at = [&](uint32_t offset) {
    size_t lo = 0, hi = pieces.size();
    while (lo < hi) {
      const size_t mid = (lo + hi) / 2;
      if (pieces[mid].end <= offset)
        lo = mid + 1;
      else
        hi = mid;
    }
    return lo;
  };
  for (size_t i = 0; i < doc.timex.size(); ++i) {
    const Timex& t = doc.timex[i];
    if (t.type == TimexType::kDuration || t.type == TimexType::kSet) continue;
    TimexEvidence e;
    e.index = i;
    e.caption = InCaption(doc.text, t.span);
    if (!t.relative_form.empty()) e.relative = Decode(t.relative_form);
    if (!e.relative && t.resolved) e.has_interval = ValueInterval(t.value, e.first, e.last);
    Span sentence{0, static_cast<uint32_t>(doc.text.size())};
    for (const Sentence& s : doc.sentences) {
      if (s.span.contains(t.span.begin)) sentence = s.span;
    }
    if (!pieces.items.empty()) {
      const size_t sb = piece_at(sentence.begin), se = piece_at(sentence.end);
      const size_t tb = piece_at(t.span.begin), tend = piece_at(t.span.end);
      e.tense = ClauseTense(pieces, sb, std::max(se, tend), tb, std::max(tend, tb + 1), langs);
    }
    out.push_back(std::move(e));
  }
  return out;
}

}  // namespace tri::timex

// Normalisation for the search index and for queries. Both sides must agree exactly, so the
// folding here is the store's own (not the text stage's match keys, which may evolve): a change
// here needs a schema migration that rebuilds the index.
#include "store/search_text.h"

#include <libstemmer.h>
#include <unicode/normalizer2.h>
#include <unicode/uchar.h>

#include <algorithm>
#include <cctype>
#include <set>

#include "core/utf8.h"

namespace tri::store {

struct SearchText::Stemmers {
  sb_stemmer* de = sb_stemmer_new("german", "UTF_8");
  sb_stemmer* en = sb_stemmer_new("english", "UTF_8");
  ~Stemmers() {
    if (de) sb_stemmer_delete(de);
    if (en) sb_stemmer_delete(en);
  }
};

SearchText::SearchText() : stemmers_(std::make_unique<Stemmers>()) {}
SearchText::~SearchText() = default;

std::string FoldWord(std::string_view word) {
  if (std::all_of(word.begin(), word.end(),
                  [](char c) { return static_cast<unsigned char>(c) < 0x80; })) {
    std::string out(word);  // the common case: no ICU needed
    for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return out;
  }
  UErrorCode status = U_ZERO_ERROR;
  const icu::Normalizer2* nfd = icu::Normalizer2::getNFDInstance(status);
  std::string out;
  out.reserve(word.size());
  size_t i = 0;
  while (i < word.size()) {
    char32_t c = u_tolower(NextCodePoint(word, i));
    if (c < 0x80) {
      out += static_cast<char>(c);
      continue;
    }
    switch (c) {
      case U'ß':
        out += "ss";
        continue;
      case U'æ':
        out += "ae";
        continue;
      case U'œ':
        out += "oe";
        continue;
      case U'ø':
        out += "o";
        continue;
      case U'ł':
        out += "l";
        continue;
      default:
        break;
    }
    icu::UnicodeString decomposition;
    if (U_SUCCESS(status) && nfd->getDecomposition(static_cast<UChar32>(c), decomposition) &&
        decomposition.length() > 0) {
      c = static_cast<char32_t>(decomposition.char32At(0));
    }
    AppendUtf8(out, c);
  }
  return out;
}

void ForEachWord(std::string_view text, const std::function<void(Span, const std::string&)>& fn) {
  size_t i = 0;
  while (i < text.size()) {
    // ASCII separators are skipped without decoding (most of any text).
    const unsigned char b = static_cast<unsigned char>(text[i]);
    if (b < 0x80 && !std::isalnum(b)) {
      ++i;
      continue;
    }
    size_t start = i;
    char32_t c = NextCodePoint(text, i);
    if (!u_isalnum(static_cast<UChar32>(c))) continue;
    std::string word;
    AppendUtf8(word, u_tolower(static_cast<UChar32>(c)));
    size_t end = i;
    const bool number = u_isdigit(static_cast<UChar32>(c));
    while (end < text.size()) {
      size_t j = end;
      const unsigned char a = static_cast<unsigned char>(text[j]);
      if (a < 0x80 && std::isalnum(a)) {  // ASCII letters and digits without ICU
        word += static_cast<char>(std::tolower(a));
        end = j + 1;
        continue;
      }
      char32_t d = NextCodePoint(text, j);
      if (u_isalnum(static_cast<UChar32>(d)) ||
          u_charType(static_cast<UChar32>(d)) == U_NON_SPACING_MARK) {
        AppendUtf8(word, u_tolower(static_cast<UChar32>(d)));
        end = j;
        continue;
      }
      // Digit groups and decimals stay one number: "1.500" -> 1500, "3,5" -> 3d5.
      if (number && (d == '.' || d == ',') && j < text.size() &&
          u_isdigit(static_cast<unsigned char>(text[j]))) {
        size_t digits = 0;
        while (j + digits < text.size() && u_isdigit(static_cast<unsigned char>(text[j + digits])))
          ++digits;
        if (digits != 3) word += 'd';
        end = j;
        continue;
      }
      break;
    }
    fn(Span{static_cast<uint32_t>(start), static_cast<uint32_t>(end)}, word);
    i = end;
  }
}

std::string SearchText::Stem(std::string_view lowered, std::string_view language) {
  sb_stemmer* s = language == "de" ? stemmers_->de : language == "en" ? stemmers_->en : nullptr;
  if (s == nullptr || lowered.size() > 200) return FoldWord(lowered);
  const sb_symbol* out = sb_stemmer_stem(s, reinterpret_cast<const sb_symbol*>(lowered.data()),
                                         static_cast<int>(lowered.size()));
  if (out == nullptr) return FoldWord(lowered);
  return FoldWord(std::string_view(reinterpret_cast<const char*>(out), sb_stemmer_length(s)));
}

std::vector<std::string> SearchText::WordForms(std::string_view word, std::string_view language) {
  std::vector<std::string> forms{Stem(word, language)};
  if (language == "en") return forms;
  for (const std::string& part : SplitCompound(word)) {
    std::string stem = Stem(part, "de");
    if (!stem.empty() && stem != forms[0]) forms.push_back(std::move(stem));
  }
  return forms;
}

std::string SearchText::IndexTerms(std::string_view text, std::string_view language) {
  std::string out;
  out.reserve(text.size());
  ForEachWord(text, [&](Span, const std::string& word) {
    for (const std::string& form : WordForms(word, language)) {
      if (!out.empty()) out += ' ';
      out += form;
    }
  });
  return out;
}

Snippet SearchText::MakeSnippet(std::string_view text, std::string_view language,
                                const SearchQuery& query, size_t max_bytes) {
  const std::set<std::string> wanted(query.forms.begin(), query.forms.end());
  // Stemming every word of every hit is the expensive part of a search; a word can only match
  // if it contains the first letters of a wanted form (stems are prefixes of the folded word,
  // compound parts are inside it), so only those words are stemmed.
  std::vector<std::string> probes;
  for (const std::string& f : query.forms)
    probes.push_back(f.substr(0, std::min<size_t>(f.size(), 3)));
  for (const std::string& p : query.prefixes)
    probes.push_back(p.substr(0, std::min<size_t>(p.size(), 3)));
  std::vector<Span> hits;
  ForEachWord(text, [&](Span span, const std::string& word) {
    if (hits.size() >= 64) return;
    const std::string folded = FoldWord(word);
    if (std::none_of(probes.begin(), probes.end(),
                     [&](const std::string& p) { return folded.find(p) != std::string::npos; })) {
      return;
    }
    const std::vector<std::string> forms = WordForms(word, language);
    bool hit = std::any_of(forms.begin(), forms.end(),
                           [&](const std::string& f) { return wanted.count(f) > 0; });
    for (const std::string& p : query.prefixes) hit = hit || folded.starts_with(p);
    if (hit) hits.push_back(span);
  });
  // The window (starting at a hit) holding the most hits.
  size_t best = 0, best_count = 0;
  for (size_t a = 0; a < hits.size(); ++a) {
    size_t n = 0;
    while (a + n < hits.size() && hits[a + n].end - hits[a].begin <= max_bytes) ++n;
    if (n > best_count) best = a, best_count = n;
  }
  size_t begin = hits.empty() ? 0 : hits[best].begin;
  // Start a little before the hit, at a word boundary, for context.
  size_t back = begin > max_bytes / 4 ? begin - max_bytes / 4 : 0;
  while (back > 0 && back < begin && text[back - 1] != ' ' && text[back - 1] != '\n') ++back;
  begin = back;
  size_t end = std::min(text.size(), begin + max_bytes);
  while (end < text.size() && (static_cast<unsigned char>(text[end]) & 0xC0) == 0x80) --end;
  Snippet s;
  if (begin > 0) s.text = "… ";
  const uint32_t shift = static_cast<uint32_t>(s.text.size()) - static_cast<uint32_t>(begin);
  s.text += SanitizeUtf8(text.substr(begin, end - begin));
  for (std::string::size_type k = 0; k < s.text.size(); ++k) {
    if (s.text[k] == '\n') s.text[k] = ' ';
  }
  if (end < text.size()) s.text += " …";
  for (Span h : hits) {
    if (h.begin >= begin && h.end <= end)
      s.highlights.push_back(Span{h.begin + shift, h.end + shift});
  }
  return s;
}

}  // namespace tri::store

// Query parsing: user words become FTS5 expressions over the normalised index terms. Every term
// is emitted as a quoted FTS5 string built from normalised words only, so no user input can
// reach the FTS5 query syntax itself.
#include <algorithm>

#include "store/search_text.h"

namespace tri::store {
namespace {

std::string Quoted(const std::string& term) {
  std::string out = "\"";
  for (char c : term) out += c == '"' ? std::string("\"\"") : std::string(1, c);
  return out + "\"";
}

std::string Join(const std::vector<std::string>& v, const char* sep) {
  std::string out;
  for (const std::string& s : v) out += (out.empty() ? "" : sep) + s;
  return out;
}

struct RawTerm {
  std::string text;
  bool phrase = false;
  bool negated = false;
  bool prefix = false;
  bool is_or = false;
};

std::vector<RawTerm> Lex(std::string_view q) {
  std::vector<RawTerm> terms;
  size_t i = 0;
  while (i < q.size()) {
    if (q[i] == ' ' || q[i] == '\t' || q[i] == '\n' || q[i] == '\r') {
      ++i;
      continue;
    }
    RawTerm t;
    if (q[i] == '-') {
      t.negated = true;
      ++i;
    }
    if (i < q.size() && q[i] == '"') {
      const size_t close = q.find('"', i + 1);
      const size_t end = close == std::string_view::npos ? q.size() : close;
      t.text = std::string(q.substr(i + 1, end - i - 1));
      t.phrase = true;
      i = end == q.size() ? end : end + 1;
    } else {
      size_t end = i;
      while (end < q.size() && q[end] != ' ' && q[end] != '\t' && q[end] != '"' && q[end] != '\n')
        ++end;
      t.text = std::string(q.substr(i, end - i));
      i = end;
      if (t.text == "OR" && !t.negated) {
        t.is_or = true;
        t.text.clear();
      }
      if (!t.text.empty() && t.text.back() == '*') {
        t.prefix = true;
        t.text.pop_back();
      }
    }
    terms.push_back(std::move(t));
  }
  return terms;
}

}  // namespace

Result<SearchQuery> SearchText::ParseQuery(std::string_view query) {
  if (query.size() > kMaxQueryBytes) {
    return Status::InvalidArgument("query is longer than " + std::to_string(kMaxQueryBytes) +
                                   " bytes");
  }
  std::vector<RawTerm> raw = Lex(query);
  if (raw.size() > kMaxQueryTerms) {
    return Status::InvalidArgument("query has more than " + std::to_string(kMaxQueryTerms) +
                                   " terms");
  }
  SearchQuery out;
  std::vector<std::string> positive, negative;
  bool pending_or = false;
  for (const RawTerm& t : raw) {
    if (t.is_or) {
      pending_or = !positive.empty();
      continue;
    }
    std::vector<std::string> words;
    ForEachWord(t.text, [&](Span, const std::string& w) { words.push_back(w); });
    if (words.empty()) continue;
    std::string expr;
    if (t.prefix && words.size() == 1) {
      const std::string folded = FoldWord(words[0]);
      expr = Quoted(folded) + "*";
      if (!t.negated) out.prefixes.push_back(folded);
    } else if (words.size() == 1 && !t.phrase) {
      std::vector<std::string> alternatives;
      std::vector<std::string> de = WordForms(words[0], "de");
      alternatives.push_back(Quoted(de[0]));
      const std::string en = Stem(words[0], "en");
      if (en != de[0]) alternatives.push_back(Quoted(en));
      // Articles in neither language are indexed unstemmed.
      const std::string plain = FoldWord(words[0]);
      if (plain != de[0] && plain != en) alternatives.push_back(Quoted(plain));
      if (de.size() > 1) {
        // The index holds a compound's parts right after it, so the parts as a phrase also
        // match the parts written as two words ("Bahn-Streik").
        alternatives.push_back(Quoted(Join({de.begin() + 1, de.end()}, " ")));
      }
      if (!t.negated) {
        out.forms.insert(out.forms.end(), de.begin(), de.end());
        out.forms.push_back(en);
        out.forms.push_back(plain);
      }
      expr = alternatives.size() == 1 ? alternatives[0] : "(" + Join(alternatives, " OR ") + ")";
    } else {
      std::vector<std::string> de, en, plain;
      for (const std::string& w : words) {
        de.push_back(Stem(w, "de"));
        en.push_back(Stem(w, "en"));
        plain.push_back(FoldWord(w));
      }
      if (!t.negated) {
        for (const auto* v : {&de, &en, &plain})
          out.forms.insert(out.forms.end(), v->begin(), v->end());
      }
      std::vector<std::string> alternatives;
      for (const auto* v : {&de, &en, &plain}) {
        const std::string q = Quoted(Join(*v, " "));
        if (std::find(alternatives.begin(), alternatives.end(), q) == alternatives.end())
          alternatives.push_back(q);
      }
      expr = alternatives.size() == 1 ? alternatives[0] : "(" + Join(alternatives, " OR ") + ")";
    }
    if (t.negated) {
      negative.push_back(expr);
    } else if (pending_or && !positive.empty()) {
      positive.back() = "(" + positive.back() + " OR " + expr + ")";
      pending_or = false;
    } else {
      positive.push_back(expr);
    }
  }
  if (positive.empty()) return Status::InvalidArgument("query has no words to search for");
  out.match = Join(positive, " AND ");
  if (!negative.empty()) out.match = "(" + out.match + ") NOT " + Join(negative, " NOT ");
  std::sort(out.forms.begin(), out.forms.end());
  out.forms.erase(std::unique(out.forms.begin(), out.forms.end()), out.forms.end());
  return out;
}

}  // namespace tri::store

#include "annotate/quotes/spkatt.h"

#include <algorithm>
#include <nlohmann/json.hpp>
#include <set>

#include "annotate/entities/entities.h"
#include "annotate/quotes/quotes.h"
#include "text/text.h"

namespace tri::spkatt {
namespace {

using Json = nlohmann::json;

std::string Stwr(std::string_view medium) {
  if (medium == "W") return "Writing";
  if (medium == "T") return "Thought";
  if (medium == "SW" || medium == "ST" || medium == "TW") return std::string(medium);
  return "Speech";
}

std::string FormName(QuoteForm f) {
  switch (f) {
    case QuoteForm::kDirect:
      return "Direct";
    case QuoteForm::kIndirect:
      return "Indirect";
    case QuoteForm::kIndirectFreeIndirect:
      return "IndirectFreeIndirect";
    case QuoteForm::kReported:
      return "Reported";
  }
  return "Indirect";
}

// Token indices of `doc` inside span s.
std::set<uint32_t> TokensIn(const Document& doc, Span s) {
  std::set<uint32_t> out;
  if (s.empty()) return out;
  auto it = std::lower_bound(doc.tokens.begin(), doc.tokens.end(), s.begin,
                             [](const Token& t, uint32_t pos) { return t.span.begin < pos; });
  for (; it != doc.tokens.end() && it->span.end <= s.end; ++it) {
    out.insert(uint32_t(it - doc.tokens.begin()));
  }
  return out;
}

std::vector<TokenId> Ids(const BuiltDocument& b, const std::set<uint32_t>& toks) {
  std::vector<TokenId> out;
  for (uint32_t t : toks) {
    if (out.empty() || out.back() != b.ids[t]) out.push_back(b.ids[t]);
  }
  return out;
}

Json IdList(const std::vector<TokenId>& ids) {
  Json a = Json::array();
  for (const TokenId& id : ids)
    a.push_back(std::to_string(id.first) + ":" + std::to_string(id.second));
  return a;
}

}  // namespace

Result<TaskDocument> ParseTask(std::string_view json_text) {
  Json j = Json::parse(json_text, nullptr, /*allow_exceptions=*/false);
  if (j.is_discarded() || !j.is_object()) return Status::Corrupt("not a JSON object");
  TaskDocument t;
  if (j.contains("DocumentName") && j["DocumentName"].is_string()) t.name = j["DocumentName"];
  if (!j.contains("Sentences") || !j["Sentences"].is_array()) {
    return Status::Corrupt("no \"Sentences\" array");
  }
  int index = 0;
  for (const Json& s : j["Sentences"]) {
    if (!s.is_object() || !s.contains("Tokens") || !s["Tokens"].is_array()) {
      return Status::Corrupt("sentence " + std::to_string(index) + " has no \"Tokens\" array");
    }
    const int id = s.contains("SentenceId") && s["SentenceId"].is_number_integer()
                       ? s["SentenceId"].get<int>()
                       : index;
    std::vector<std::string> toks;
    for (const Json& tok : s["Tokens"]) {
      if (!tok.is_string()) return Status::Corrupt("a token is not a string");
      toks.push_back(tok.get<std::string>());
    }
    t.sentence_ids.push_back(id);
    t.sentences.push_back(std::move(toks));
    ++index;
  }
  return t;
}

BuiltDocument BuildDocument(const TaskDocument& task) {
  BuiltDocument b;
  Document& doc = b.doc;
  doc.id = task.name;
  doc.language = "de";
  for (size_t s = 0; s < task.sentences.size(); ++s) {
    Sentence sent;
    sent.token_begin = uint32_t(doc.tokens.size());
    for (size_t k = 0; k < task.sentences[s].size(); ++k) {
      const std::string& word = task.sentences[s][k];
      if (word.empty()) continue;
      if (!doc.text.empty()) doc.text += ' ';
      const uint32_t begin = uint32_t(doc.text.size());
      doc.text += word;
      // The task's tokens keep some quote marks glued to words ("Bild“-Zeitung"); the text
      // stage's tokenizer splits them as it would in running text. All pieces map back to the
      // task token.
      std::vector<Token> sub = Tokenize(word, begin);
      if (sub.empty()) sub.push_back({{begin, uint32_t(doc.text.size())}, TokenKind::kWord});
      for (const Token& t : sub) {
        doc.tokens.push_back(t);
        b.ids.push_back({task.sentence_ids[s], int(k)});
      }
    }
    sent.token_end = uint32_t(doc.tokens.size());
    if (sent.token_end > sent.token_begin) {
      sent.span = {doc.tokens[sent.token_begin].span.begin,
                   doc.tokens[sent.token_end - 1].span.end};
      doc.sentences.push_back(sent);
    }
  }
  doc.blocks.push_back({{0, uint32_t(doc.text.size())}, BlockKind::kParagraph});
  return b;
}

std::vector<Annotation> ToAnnotations(const BuiltDocument& b, const ConvertOptions& o) {
  const Document& doc = b.doc;
  std::vector<Annotation> out;
  for (const Quote& q : doc.quotes) {
    std::set<uint32_t> message = TokensIn(doc, q.span), frame = TokensIn(doc, q.frame);
    if (!q.frame.contains(q.span)) {
      for (uint32_t t : frame) message.erase(t);
    }
    for (uint32_t t : message) frame.erase(t);
    if (message.empty()) continue;
    std::set<uint32_t> cue;
    for (const Span& s : q.cue_parts) cue.merge(TokensIn(doc, s));
    const bool framed = q.form == QuoteForm::kDirect || q.form == QuoteForm::kIndirect;
    Annotation a;
    a.form = FormName(q.form);
    a.stwr = Stwr(q.medium);
    a.message = Ids(b, message);
    a.source = Ids(b, TokensIn(doc, q.speaker_span));
    a.addr = Ids(b, TokensIn(doc, q.addressee));
    if (framed) {
      a.cue = Ids(b, cue);
      a.frame = Ids(b, frame);
    }
    a.has_nested = o.mark_nested && o.fragments && !q.fragments.empty();
    const Annotation parent = a;
    out.push_back(std::move(a));
    if (!o.fragments) continue;
    for (const Span& f : q.fragments) {
      Annotation n = parent;
      n.form = "Direct";
      n.message = Ids(b, TokensIn(doc, f));
      n.is_nested = o.mark_nested;
      n.has_nested = false;
      out.push_back(std::move(n));
    }
  }
  return out;
}

std::vector<Annotation> Predict(const TaskDocument& task, const EntityRecognizer* entities,
                                const QuoteAnnotator& quotes, const ConvertOptions& o) {
  BuiltDocument built = BuildDocument(task);
  if (entities) entities->Annotate(built.doc);
  quotes.Annotate(built.doc);
  return ToAnnotations(built, o);
}

Result<std::string> WithAnnotations(std::string_view original_json,
                                    const std::vector<Annotation>& annotations) {
  Json j = Json::parse(original_json, nullptr, /*allow_exceptions=*/false);
  if (j.is_discarded() || !j.is_object()) return Status::Corrupt("not a JSON object");
  Json list = Json::array();
  for (const Annotation& a : annotations) {
    Json o;
    o["Addr"] = IdList(a.addr);
    o["Cue"] = IdList(a.cue);
    o["Form"] = a.form;
    o["Frame"] = IdList(a.frame);
    o["HasNested"] = a.has_nested;
    o["IsNested"] = a.is_nested;
    o["Message"] = IdList(a.message);
    o["STWR"] = a.stwr;
    o["Source"] = IdList(a.source);
    list.push_back(std::move(o));
  }
  j["Annotations"] = std::move(list);
  return j.dump(4, ' ', /*ensure_ascii=*/false, Json::error_handler_t::replace) + "\n";
}

}  // namespace tri::spkatt

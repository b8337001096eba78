// EntityRecognizer::Create with the model, gazetteer and lexicon compiled into the binary
// (data/ner/model.bin, data/ner/gazetteer.tsv, data/ner/lexicon.bin via tri_embed) or read from
// files.
#include "annotate/entities/entities.h"

#include <fstream>
#include <sstream>

#include "annotate/entities/gazetteer.h"
#include "annotate/entities/lexicon.h"

namespace tri::embedded {
std::string_view ner_model();
std::string_view ner_gazetteer();
std::string_view ner_lexicon();
}  // namespace tri::embedded

namespace tri {
namespace {

Result<std::string> ReadWholeFile(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return Status::NotFound("cannot open " + path);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

}  // namespace

std::shared_ptr<const ner::Gazetteer> DefaultGazetteer() {
  // Parsed once, then only read: immutable shared data, not mutable global state.
  static const std::shared_ptr<const ner::Gazetteer> kGazetteer = [] {
    auto g = ner::Gazetteer::Parse(embedded::ner_gazetteer());
    return g.ok() ? *g : std::make_shared<const ner::Gazetteer>();
  }();
  return kGazetteer;
}

std::shared_ptr<const ner::Lexicon> DefaultLexicon() {
  static const std::shared_ptr<const ner::Lexicon> kLexicon = [] {
    auto l = ner::Lexicon::Parse(embedded::ner_lexicon());
    return l.ok() ? *l : std::make_shared<const ner::Lexicon>();
  }();
  return kLexicon;
}

Result<std::shared_ptr<const EntityRecognizer>> EntityRecognizer::Create(
    const EntityOptions& options) {
  std::shared_ptr<const ner::Gazetteer> gaz = DefaultGazetteer();
  if (!options.gazetteer_path.empty()) {
    TRI_ASSIGN_OR_RETURN(std::string text, ReadWholeFile(options.gazetteer_path));
    auto parsed = ner::Gazetteer::Parse(text);
    if (!parsed.ok()) return parsed.status().At(options.gazetteer_path);
    gaz = *parsed;
  }
  std::shared_ptr<const ner::Lexicon> lexicon = DefaultLexicon();
  if (!options.lexicon_path.empty()) {
    TRI_ASSIGN_OR_RETURN(std::string bytes, ReadWholeFile(options.lexicon_path));
    auto parsed = ner::Lexicon::Parse(bytes);
    if (!parsed.ok()) return parsed.status().At(options.lexicon_path);
    lexicon = *parsed;
  }
  if (options.model_path.empty()) return FromParts(gaz, lexicon, embedded::ner_model());
  TRI_ASSIGN_OR_RETURN(std::string bytes, ReadWholeFile(options.model_path));
  auto r = FromParts(gaz, lexicon, bytes);
  if (!r.ok()) return r.status().At(options.model_path);
  return r;
}

}  // namespace tri

// SpkAtt-2023 (task 2) adapter: reads a task file's tokenised sentences into a Document (text =
// the tokens joined by spaces, one sentence per task sentence, so spans map back to token ids
// exactly), and turns the Document's quotes into the task's annotations (Cue, Source, Message,
// Addr, Frame as "sentence:token" ids, Form, STWR, IsNested/HasNested). Used by
// `triangulate spkatt` and by the evaluation in tools/spkatt.
#pragma once

#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "core/document.h"
#include "core/status.h"

namespace tri {
class EntityRecognizer;
class QuoteAnnotator;
}  // namespace tri

namespace tri::spkatt {

using TokenId = std::pair<int, int>;  // (sentence id, token index)

struct TaskDocument {
  std::string name;                                 // DocumentName
  std::vector<int> sentence_ids;                    // SentenceId of each sentence, in file order
  std::vector<std::vector<std::string>> sentences;  // tokens per sentence
};

struct Annotation {
  std::vector<TokenId> cue, source, message, addr, frame;
  std::string form;  // Direct | Indirect | FreeIndirect | IndirectFreeIndirect | Reported
  std::string stwr;  // Speech | Thought | Writing | SW | ST | TW
  bool is_nested = false;
  bool has_nested = false;
};

// Parses a task file (Annotations, if any, are ignored).
Result<TaskDocument> ParseTask(std::string_view json_text);

// The Document for a task file, and for each of its tokens the task's token id.
struct BuiltDocument {
  Document doc;
  std::vector<TokenId> ids;  // parallel to doc.tokens
};
BuiltDocument BuildDocument(const TaskDocument& task);

struct ConvertOptions {
  // A quoted fragment inside an indirect quote also becomes a Direct annotation with the same
  // cue, source and frame (the task annotates such fragments as nested direct speech).
  bool fragments = true;
  // Mark those fragment annotations IsNested (the output contract writes IsNested false).
  bool mark_nested = false;
};

// The task annotations for the quotes of `built.doc`.
std::vector<Annotation> ToAnnotations(const BuiltDocument& built, const ConvertOptions& o = {});

// BuildDocument, the entities stage (when `entities` is not null), the quotes stage, and
// ToAnnotations: what `triangulate spkatt` writes for one task file.
std::vector<Annotation> Predict(const TaskDocument& task, const EntityRecognizer* entities,
                                const QuoteAnnotator& quotes, const ConvertOptions& o = {});

// `original_json` with its "Annotations" replaced by `annotations` (pretty-printed JSON).
Result<std::string> WithAnnotations(std::string_view original_json,
                                    const std::vector<Annotation>& annotations);

}  // namespace tri::spkatt

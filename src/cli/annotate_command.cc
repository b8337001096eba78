// `triangulate annotate --conll FILE`: GermEval 2014 TSV in, the same TSV with columns 3-4
// replaced by predicted labels out (score it with the standard GermEval metric or
// tools/ner/ner_eval --gold --pred).
// `triangulate annotate --anchor YYYY-MM-DD[THH:MM] PATH...`: JSON Lines, one annotated
// document per input; relative dates resolve against the anchor when a document has no date.
#include <fstream>
#include <iostream>
#include <sstream>

#include "annotate/entities/conll.h"
#include "cli/cli.h"
#include "cli/common.h"
#include "report/report.h"

namespace tri::cli {
namespace {

int AnnotateConll(const std::string& path, const std::string& output,
                  const EntityOptions& options) {
  std::string text;
  if (path == "-") {
    std::stringstream ss;
    ss << std::cin.rdbuf();
    text = ss.str();
  } else {
    std::ifstream in(path, std::ios::binary);
    if (!in) {
      PrintErrors({Status::NotFound("cannot open").At(path)});
      return kExitSomeFailed;
    }
    std::stringstream ss;
    ss << in.rdbuf();
    text = ss.str();
  }
  auto sentences = ner::ParseGermEval(text);
  if (!sentences.ok()) {
    PrintErrors({sentences.status().At(path)});
    return kExitSomeFailed;
  }
  auto recognizer = EntityRecognizer::Create(options);
  if (!recognizer.ok()) {
    PrintErrors({recognizer.status()});
    return kExitSomeFailed;
  }
  std::vector<std::string_view> tokens;
  for (ner::ConllSentence& s : *sentences) {
    tokens.clear();
    for (const ner::ConllToken& t : s.tokens) tokens.push_back(t.token);
    const SentenceLabels labels = (*recognizer)->TagTokens(tokens);
    for (size_t i = 0; i < s.tokens.size(); ++i) {
      s.tokens[i].outer = labels.outer[i];
      s.tokens[i].inner = labels.inner[i];
    }
  }
  Status written = WriteOutput(output, ner::FormatGermEval(*sentences));
  if (!written.ok()) {
    PrintErrors({written});
    return kExitSomeFailed;
  }
  return kExitOk;
}

}  // namespace

Command MakeAnnotateCommand(CLI::App& root) {
  struct Args {
    std::string conll;
    std::string anchor;
    std::vector<std::string> paths;
    std::string output;
    std::string model;
    int threads = 0;
  };
  auto args = std::make_shared<Args>();
  CLI::App* app = root.add_subcommand(
      "annotate", "Tag a GermEval TSV (--conll) or print annotated documents as JSON Lines");
  app->add_option("--conll", args->conll, "GermEval 2014 TSV to tag ('-' for standard input)");
  app->add_option("--anchor", args->anchor,
                  "YYYY-MM-DD[THH:MM]: date for documents that carry none of their own");
  app->add_option("PATH", args->paths, "Files or directories (with --anchor)");
  app->add_option("-o,--output", args->output, "Output file (default: standard output)");
  app->add_option("--ner-model", args->model, "NER model file (default: the built-in one)");
  app->add_option("--threads", args->threads, "Worker threads (0: one per core)");

  Command cmd;
  cmd.app = app;
  cmd.run = [args, app]() -> int {
    EntityOptions entity_options;
    entity_options.model_path = args->model;
    if (!args->conll.empty()) {
      if (!args->paths.empty()) {
        std::cerr << "triangulate annotate: --conll takes no PATH arguments\n";
        return kExitUsage;
      }
      return AnnotateConll(args->conll, args->output, entity_options);
    }
    if (args->paths.empty()) {
      std::cerr << app->help() << "triangulate annotate: give --conll FILE or PATH...\n";
      return kExitUsage;
    }
    PipelineOptions options;
    options.entities = entity_options;
    options.threads = args->threads;
    if (!args->anchor.empty()) {
      auto anchor = ParseAnchor(args->anchor);
      if (!anchor.ok()) {
        std::cerr << "triangulate annotate: --anchor: " << anchor.status().message() << "\n";
        return kExitUsage;
      }
      options.fallback_anchor = *anchor;
    }
    auto pipeline = Pipeline::Create(options);
    if (!pipeline.ok()) {
      PrintErrors({pipeline.status()});
      return kExitSomeFailed;
    }
    RunResult result = (*pipeline)->Run(args->paths, MakeProgressBar());
    FinishProgressBar();
    PrintErrors(result.errors);
    std::string content;
    for (const Document& d : result.analysis.documents) content += DocumentToJson(d).dump() + "\n";
    Status written = WriteOutput(args->output, content);
    if (!written.ok()) {
      PrintErrors({written});
      return kExitSomeFailed;
    }
    return result.errors.empty() ? kExitOk : kExitSomeFailed;
  };
  return cmd;
}

}  // namespace tri::cli

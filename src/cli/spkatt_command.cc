// `triangulate spkatt IN_DIR OUT_DIR`: for each SpkAtt-2023 task 2 file (*.json) in IN_DIR,
// writes the same file to OUT_DIR with the Annotations our entities + quotes stages predict
// (Sentences given, Annotations ignored). See OUTPUT.md and tools/spkatt/README.md.
#include <algorithm>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <sstream>

#include "annotate/entities/entities.h"
#include "annotate/quotes/quotes.h"
#include "annotate/quotes/spkatt.h"
#include "cli/cli.h"
#include "cli/common.h"

namespace tri::cli {
namespace {

namespace fs = std::filesystem;

Status ConvertFile(const fs::path& in, const fs::path& out, const EntityRecognizer* ner,
                   const QuoteAnnotator& quotes, const spkatt::ConvertOptions& convert) {
  std::ifstream f(in, std::ios::binary);
  if (!f) return Status::IoError("cannot read").At(in.string());
  std::stringstream buf;
  buf << f.rdbuf();
  const std::string json = buf.str();
  auto task = spkatt::ParseTask(json);
  if (!task.ok()) return task.status().At(in.string());
  const std::vector<spkatt::Annotation> pred = spkatt::Predict(*task, ner, quotes, convert);
  auto text = spkatt::WithAnnotations(json, pred);
  if (!text.ok()) return text.status().At(in.string());
  std::ofstream o(out, std::ios::binary);
  o << *text;
  if (!o) return Status::IoError("cannot write").At(out.string());
  return Status::Ok();
}

}  // namespace

Command MakeSpkattCommand(CLI::App& root) {
  struct Args {
    std::string in_dir, out_dir;
    bool no_entities = false;
    bool no_fragments = false;
  };
  auto args = std::make_shared<Args>();
  CLI::App* app = root.add_subcommand(
      "spkatt", "Predict SpkAtt-2023 task 2 annotations (speaker attribution) for task files");
  app->add_option("IN_DIR", args->in_dir, "Directory of task JSON files")->required();
  app->add_option("OUT_DIR", args->out_dir, "Where to write the annotated files")->required();
  app->add_flag("--no-entities", args->no_entities, "Skip the entities stage");
  app->add_flag("--no-fragments", args->no_fragments,
                "Do not add quoted fragments of indirect speech as Direct annotations");

  Command cmd;
  cmd.app = app;
  cmd.run = [args]() -> int {
    std::error_code ec;
    if (!fs::is_directory(args->in_dir, ec)) {
      std::cerr << "triangulate: " << args->in_dir << ": not a directory\n";
      return kExitUsage;
    }
    fs::create_directories(args->out_dir, ec);
    if (!fs::is_directory(args->out_dir, ec)) {
      std::cerr << "triangulate: cannot create " << args->out_dir << "\n";
      return kExitUsage;
    }
    std::shared_ptr<const EntityRecognizer> ner;
    if (!args->no_entities) {
      auto r = EntityRecognizer::Create({});
      if (!r.ok()) {
        PrintErrors({r.status()});
        return kExitSomeFailed;
      }
      ner = *r;
    }
    auto quotes = QuoteAnnotator::Create({});
    if (!quotes.ok()) {
      PrintErrors({quotes.status()});
      return kExitSomeFailed;
    }
    spkatt::ConvertOptions convert;
    convert.fragments = !args->no_fragments;
    std::vector<fs::path> files;
    for (const auto& e : fs::directory_iterator(args->in_dir, ec)) {
      if (e.is_regular_file() && e.path().extension() == ".json") files.push_back(e.path());
    }
    std::sort(files.begin(), files.end());
    std::vector<Status> errors;
    for (const fs::path& f : files) {
      Status s =
          ConvertFile(f, fs::path(args->out_dir) / f.filename(), ner.get(), **quotes, convert);
      if (!s.ok()) errors.push_back(std::move(s));
    }
    PrintErrors(errors);
    std::cerr << "triangulate: " << files.size() - errors.size() << " of " << files.size()
              << " task files written to " << fs::absolute(args->out_dir).string() << "\n";
    return errors.empty() ? kExitOk : kExitSomeFailed;
  };
  return cmd;
}

}  // namespace tri::cli

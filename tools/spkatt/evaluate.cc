#include "spkatt/evaluate.h"

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "annotate/entities/entities.h"

namespace tri::spkatt {
namespace {

namespace fs = std::filesystem;

Result<std::string> ReadFile(const fs::path& p) {
  std::ifstream in(p, std::ios::binary);
  if (!in) return Status::NotFound("cannot read " + p.string());
  std::stringstream buf;
  buf << in.rdbuf();
  return buf.str();
}

bool InSplit(const std::string& name, Split split) {
  if (split == Split::kAll) return true;
  return IsHeldOut(name) == (split == Split::kHeldOut);
}

Result<std::vector<fs::path>> TaskFiles(const std::string& dir, Split split) {
  std::error_code ec;
  if (!fs::is_directory(dir, ec)) return Status::NotFound(dir + ": not a directory");
  std::vector<fs::path> files;
  for (const auto& e : fs::directory_iterator(dir, ec)) {
    const std::string name = e.path().filename().string();
    if (e.is_regular_file() && e.path().extension() == ".json" && InSplit(name, split)) {
      files.push_back(e.path());
    }
  }
  std::sort(files.begin(), files.end());
  return files;
}

}  // namespace

Result<Scores> Evaluate(const std::string& dir, const EvalOptions& options) {
  TRI_ASSIGN_OR_RETURN(std::vector<fs::path> files, TaskFiles(dir, options.split));
  std::shared_ptr<const EntityRecognizer> ner;
  if (options.entities) {
    TRI_ASSIGN_OR_RETURN(ner, EntityRecognizer::Create({}));
  }
  TRI_ASSIGN_OR_RETURN(std::shared_ptr<const QuoteAnnotator> quotes,
                       QuoteAnnotator::Create(options.quotes));
  Scorer scorer;
  for (const fs::path& f : files) {
    TRI_ASSIGN_OR_RETURN(std::string json, ReadFile(f));
    auto task = ParseTask(json);
    if (!task.ok()) return task.status().At(f.string());
    const std::vector<Annotation> pred = Predict(*task, ner.get(), *quotes, options.convert);
    TRI_ASSIGN_OR_RETURN(std::string out, WithAnnotations(json, pred));
    TRI_ASSIGN_OR_RETURN(DocLayout layout, ReadLayout(json));
    TRI_ASSIGN_OR_RETURN(std::vector<Group> gold, ReadGroups(json, layout));
    TRI_ASSIGN_OR_RETURN(std::vector<Group> sys, ReadGroups(out, layout));
    scorer.AddDocument(sys, gold);
    if (!options.dump_dir.empty()) {
      std::ofstream(fs::path(options.dump_dir) / f.filename(), std::ios::binary) << out;
    }
  }
  return scorer.Finish();
}

Result<Scores> ScoreDirectories(const std::string& gold_dir, const std::string& system_dir,
                                Split split) {
  TRI_ASSIGN_OR_RETURN(std::vector<fs::path> files, TaskFiles(gold_dir, split));
  Scorer scorer;
  for (const fs::path& f : files) {
    TRI_ASSIGN_OR_RETURN(std::string gold_json, ReadFile(f));
    auto layout = ReadLayout(gold_json);
    if (!layout.ok()) return layout.status().At(f.string());
    auto gold = ReadGroups(gold_json, *layout);
    if (!gold.ok()) return gold.status().At(f.string());
    std::vector<Group> sys;
    const fs::path sys_path = fs::path(system_dir) / f.filename();
    std::error_code ec;
    if (fs::exists(sys_path, ec)) {
      TRI_ASSIGN_OR_RETURN(std::string sys_json, ReadFile(sys_path));
      auto groups = ReadGroups(sys_json, *layout);
      if (!groups.ok()) return groups.status().At(sys_path.string());
      sys = std::move(*groups);
    }
    scorer.AddDocument(sys, *gold);
  }
  return scorer.Finish();
}

}  // namespace tri::spkatt

// Pipeline: wires the stages in order (ingest -> text -> entities -> time -> quotes -> claims,
// then across documents: entity linking -> stories -> date inference -> syndication ->
// comparison -> timelines). Holds the immutable shared models, so one Pipeline serves many
// threads and runs. Used by the CLI, the store's incremental ingest and the server.
#pragma once

#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "annotate/claims/claims.h"
#include "annotate/entities/entities.h"
#include "annotate/quotes/quotes.h"
#include "annotate/time/time.h"
#include "compare/compare.h"
#include "core/analysis.h"
#include "core/status.h"
#include "ingest/ingest.h"
#include "story/story.h"

namespace tri {

struct PipelineOptions {
  IngestOptions ingest;
  EntityOptions entities;
  TimeOptions time;
  QuoteOptions quotes;
  ClaimOptions claims;
  StoryOptions stories;
  SyndicationOptions syndication;
  CompareOptions compare;
  // Anchor for relative dates in documents that carry no publication date of their own.
  std::optional<DateTime> fallback_anchor;
  bool keep_raw = false;  // keep Document::raw after analysis (the store wants it)
  int threads = 0;        // 0: one per core
};

// Called after each input file: (files done, files total).
using ProgressFn = std::function<void(size_t done, size_t total)>;

struct RunResult {
  Analysis analysis;
  std::vector<Status> errors;  // one per bad input file or record, naming it
  size_t files = 0;
};

class Pipeline {
 public:
  static Result<std::shared_ptr<const Pipeline>> Create(const PipelineOptions& options);

  const PipelineOptions& options() const { return options_; }

  // Per-document stages: text, entities, time, quotes, claims. Thread-safe.
  void AnnotateDocument(Document& doc) const;

  // Cross-document stages over already annotated documents.
  Analysis AnalyzeCorpus(std::vector<Document> docs) const;

  // Reads every input path (files and directories), annotates and analyses. Bad inputs are
  // reported in RunResult::errors and skipped.
  RunResult Run(const std::vector<std::string>& paths, const ProgressFn& progress = {}) const;

  // Only ingest (no annotation): what `triangulate extract` prints.
  RunResult Extract(const std::vector<std::string>& paths, const ProgressFn& progress = {}) const;

 private:
  explicit Pipeline(PipelineOptions options) : options_(std::move(options)) {}
  RunResult ReadAll(const std::vector<std::string>& paths, bool annotate,
                    const ProgressFn& progress) const;

  PipelineOptions options_;
  std::shared_ptr<const EntityRecognizer> entities_;
  std::shared_ptr<const TimeTagger> time_;
  std::shared_ptr<const QuoteAnnotator> quotes_;
  std::shared_ptr<const ClaimExtractor> claims_;
};

// Makes document ids unique within a run ("id", "id-2", ...) in the documents' order.
void DisambiguateIds(std::vector<Document>& docs);

// Time order used for streaming clustering: publication time (undated last), then id.
std::vector<size_t> TimeOrder(const std::vector<Document>& docs);

}  // namespace tri

#include "pipeline/pipeline.h"

#include <algorithm>
#include <atomic>
#include <map>
#include <mutex>
#include <thread>
#include <unordered_map>

#include "text/text.h"

namespace tri {

Result<std::shared_ptr<const Pipeline>> Pipeline::Create(const PipelineOptions& options) {
  std::shared_ptr<Pipeline> p(new Pipeline(options));
  TRI_ASSIGN_OR_RETURN(p->entities_, EntityRecognizer::Create(options.entities));
  TRI_ASSIGN_OR_RETURN(p->time_, TimeTagger::Create(options.time));
  TRI_ASSIGN_OR_RETURN(p->quotes_, QuoteAnnotator::Create(options.quotes));
  TRI_ASSIGN_OR_RETURN(p->claims_, ClaimExtractor::Create(options.claims));
  return std::shared_ptr<const Pipeline>(std::move(p));
}

void Pipeline::AnnotateDocument(Document& doc) const {
  AnalyzeText(doc);
  entities_->Annotate(doc);
  std::optional<DateTime> anchor = doc.meta.published;
  if (!anchor) anchor = options_.fallback_anchor;
  time_->Annotate(doc, anchor);
  quotes_->Annotate(doc);
  claims_->Annotate(doc);
}

void DisambiguateIds(std::vector<Document>& docs) {
  std::unordered_map<std::string, int> seen;
  for (Document& d : docs) {
    const int n = ++seen[d.id];
    if (n > 1) d.id += "-" + std::to_string(n);
  }
}

std::vector<size_t> TimeOrder(const std::vector<Document>& docs) {
  std::vector<size_t> order(docs.size());
  for (size_t i = 0; i < order.size(); ++i) order[i] = i;
  auto key = [&](size_t i) {
    const auto& p = docs[i].meta.published;
    // Compare in UTC minutes where an offset is known; undated documents sort last.
    int64_t minutes = INT64_MAX;
    if (p) {
      minutes = p->date.ToDays() * 1440 + (p->has_time ? p->hour * 60 + p->minute : 0) -
                p->utc_offset_minutes.value_or(0);
    }
    return std::pair<int64_t, const std::string&>(minutes, docs[i].id);
  };
  std::stable_sort(order.begin(), order.end(), [&](size_t a, size_t b) { return key(a) < key(b); });
  return order;
}

Analysis Pipeline::AnalyzeCorpus(std::vector<Document> docs) const {
  Analysis out;
  DisambiguateIds(docs);
  out.entities = LinkEntities(docs);
  for (Document& d : docs) ApplyEntityLinks(d);

  std::vector<Document> by_time;
  by_time.reserve(docs.size());
  for (size_t i : TimeOrder(docs)) by_time.push_back(std::move(docs[i]));
  out.documents = std::move(by_time);

  out.stories = ClusterStories(out.documents, options_.stories);
  InferPublicationDates(out.documents, out.stories);
  out.syndication = FindSyndication(out.documents, options_.syndication);

  std::unordered_map<std::string, Document*> by_id;
  for (Document& d : out.documents) by_id[d.id] = &d;
  for (Story& story : out.stories) {
    std::vector<Document*> members;
    for (const std::string& id : story.documents) members.push_back(by_id.at(id));
    CompareStory(story, members, options_.compare);
    std::vector<const Document*> cmembers(members.begin(), members.end());
    story.timeline = BuildTimeline(story, cmembers);
  }
  if (!options_.keep_raw) {
    for (Document& d : out.documents) std::string().swap(d.raw);
  }
  return out;
}

RunResult Pipeline::ReadAll(const std::vector<std::string>& paths, bool annotate,
                            const ProgressFn& progress) const {
  RunResult result;
  const std::vector<std::string> files = ListInputFiles(paths, options_.ingest, result.errors);
  result.files = files.size();

  // Files are read and annotated by a small pool; results land in per-file slots so the
  // output order is the sorted input order whatever the scheduling.
  std::vector<FileDocuments> slots(files.size());
  std::atomic<size_t> next{0}, done{0};
  std::mutex progress_mu;
  auto worker = [&] {
    for (size_t i = next++; i < files.size(); i = next++) {
      slots[i] = ReadInputFile(files[i], options_.ingest);
      for (Document& d : slots[i].documents) {
        if (annotate) AnnotateDocument(d);
        if (!annotate && !options_.keep_raw) std::string().swap(d.raw);
      }
      const size_t n = ++done;
      if (progress) {
        std::lock_guard<std::mutex> lock(progress_mu);
        progress(n, files.size());
      }
    }
  };
  int threads = options_.threads > 0 ? options_.threads
                                     : static_cast<int>(std::thread::hardware_concurrency());
  threads = std::clamp(threads, 1, 64);
  threads = static_cast<int>(std::min<size_t>(threads, std::max<size_t>(files.size(), 1)));
  std::vector<std::thread> pool;
  for (int t = 1; t < threads; ++t) pool.emplace_back(worker);
  worker();
  for (auto& t : pool) t.join();

  std::vector<Document> docs;
  for (FileDocuments& slot : slots) {
    for (Status& e : slot.errors) result.errors.push_back(std::move(e));
    for (Document& d : slot.documents) docs.push_back(std::move(d));
  }
  if (annotate) {
    result.analysis = AnalyzeCorpus(std::move(docs));
  } else {
    DisambiguateIds(docs);
    result.analysis.documents = std::move(docs);
  }
  return result;
}

RunResult Pipeline::Run(const std::vector<std::string>& paths, const ProgressFn& progress) const {
  return ReadAll(paths, /*annotate=*/true, progress);
}

RunResult Pipeline::Extract(const std::vector<std::string>& paths,
                            const ProgressFn& progress) const {
  return ReadAll(paths, /*annotate=*/false, progress);
}

}  // namespace tri

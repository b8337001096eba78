// tri_claims_eval: the claims and compare stages on their own, without story clustering.
//
//   tri_claims_eval [--verbose] [--min-relations X] SET_DIR
//       Analyses SET_DIR/articles (per-document stages and entity linking), groups the documents
//       into the GOLD stories of SET_DIR/gold.json, runs CompareStory on each and prints the
//       accuracy of claim relations (scored as tools/stories does). Exit 1 below --min-relations.
//   tri_claims_eval --dump PATH...
//       Treats all inputs as one story; prints each document's claims (modality, source, slots)
//       and the story's compared claims with values, speakers, dates and relation.
#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <iostream>
#include <sstream>
#include <string>
#include <unordered_map>

#include "eval_lib.h"
#include "pipeline/pipeline.h"

namespace {

std::string FileName(const std::string& source) {
  const size_t slash = source.find_last_of('/');
  return slash == std::string::npos ? source : source.substr(slash + 1);
}

// Documents through the per-document stages and entity linking, in input order.
std::vector<tri::Document> Annotate(const tri::Pipeline& p, const std::vector<std::string>& paths) {
  std::vector<tri::Status> errors;
  std::vector<tri::Document> docs;
  for (const std::string& f : tri::ListInputFiles(paths, p.options().ingest, errors)) {
    tri::FileDocuments fd = tri::ReadInputFile(f, p.options().ingest);
    for (tri::Status& e : fd.errors) errors.push_back(std::move(e));
    for (tri::Document& d : fd.documents) {
      p.AnnotateDocument(d);
      docs.push_back(std::move(d));
    }
  }
  for (const tri::Status& e : errors) std::fprintf(stderr, "%s\n", e.ToString().c_str());
  tri::DisambiguateIds(docs);
  tri::LinkEntities(docs);
  for (tri::Document& d : docs) tri::ApplyEntityLinks(d);
  return docs;
}

void Compare(tri::Story& story, std::vector<tri::Document>& docs, const tri::Pipeline& p) {
  std::unordered_map<std::string, tri::Document*> by_id;
  for (tri::Document& d : docs) by_id[d.id] = &d;
  std::vector<tri::Document*> members;
  for (const std::string& id : story.documents) members.push_back(by_id.at(id));
  tri::CompareStory(story, members, p.options().compare);
}

void Dump(const tri::Story& story, const std::vector<tri::Document>& docs) {
  for (const tri::Document& d : docs) {
    std::cout << "== " << d.id << " (" << FileName(d.source) << ") claims " << d.claims.size()
              << " hedged " << d.sourcing.hedged_claims << " exclusive "
              << d.sourcing.exclusive_claims << " named " << d.sourcing.named_sources
              << " anonymous " << d.sourcing.anonymous_sources << " flags:";
    for (const std::string& f : d.sourcing.flags) std::cout << " " << f;
    std::cout << "\n";
    for (const tri::Timex& t : d.timex) {
      std::cout << "  timex " << tri::ToString(t.type) << " " << t.value
                << (t.mod.empty() ? "" : " " + t.mod) << " [" << d.slice(t.span) << "]\n";
    }
    for (const tri::Quote& q : d.quotes) {
      std::cout << "  quote <" << q.speaker << "> " << tri::ToString(q.source_kind) << " form "
                << int(q.form) << " frame [" << d.slice(q.frame) << "] content ["
                << d.slice(q.content) << "]\n";
    }
    for (const tri::Claim& c : d.claims) {
      std::cout << "  " << c.id << " [" << tri::ToString(c.modality) << (c.negated ? ",neg" : "")
                << "] " << (c.source.empty() ? "" : "<" + c.source + "> ") << d.slice(c.span)
                << "\n";
      for (const tri::ClaimSlot& s : c.slots) {
        std::cout << "      " << s.name << " = " << s.value << " | " << s.normalized << "\n";
      }
    }
  }
  std::cout << "== story: " << story.claims.size() << " compared claims\n";
  for (const tri::ComparedClaim& c : story.claims) {
    std::cout << c.id << " " << tri::ToString(c.relation) << " [" << c.slot << "] " << c.statement
              << (c.note.empty() ? "" : "  -- " + c.note) << "\n";
    auto show = [&](const std::string& id, const tri::ClaimValue& v, const char* tag) {
      const tri::Document* doc = nullptr;
      for (const tri::Document& d : docs)
        if (d.id == id) doc = &d;
      std::cout << "    " << tag << id << ": " << v.value << " (" << v.normalized << ") "
                << tri::ToString(v.modality) << (v.speaker.empty() ? "" : " by " + v.speaker)
                << (v.date.empty() ? "" : " on " + v.date) << "\n        \""
                << (doc ? doc->slice(v.evidence) : "") << "\"\n";
    };
    for (const auto& [id, v] : c.values) show(id, v, "");
    for (const auto& [id, v] : c.other_values) show(id, v, "+ ");
  }
}

}  // namespace

int main(int argc, char** argv) {
  bool verbose = false, dump = false;
  double min_rel = -1;
  std::vector<std::string> paths;
  for (int i = 1; i < argc; ++i) {
    const std::string a = argv[i];
    if (a == "--verbose" || a == "-v")
      verbose = true;
    else if (a == "--dump")
      dump = true;
    else if (a == "--min-relations" && i + 1 < argc)
      min_rel = std::atof(argv[++i]);
    else
      paths.push_back(a);
  }
  if (paths.empty() || (!dump && paths.size() != 1)) {
    std::fprintf(stderr,
                 "usage: tri_claims_eval [--verbose] [--min-relations X] SET_DIR\n"
                 "       tri_claims_eval --dump PATH...\n");
    return 2;
  }
  auto pipeline = tri::Pipeline::Create({});
  if (!pipeline.ok()) {
    std::fprintf(stderr, "%s\n", pipeline.status().ToString().c_str());
    return 1;
  }
  const tri::Pipeline& p = **pipeline;
  if (dump) {
    std::vector<tri::Document> docs = Annotate(p, paths);
    tri::Story story;
    story.id = "s";
    for (const tri::Document& d : docs) story.documents.push_back(d.id);
    Compare(story, docs, p);
    Dump(story, docs);
    return 0;
  }
  std::ifstream in(paths[0] + "/gold.json");
  std::stringstream ss;
  ss << in.rdbuf();
  auto gold = tri::eval::ParseGold(ss.str());
  if (!gold.ok()) {
    std::fprintf(stderr, "%s\n", gold.status().ToString().c_str());
    return 2;
  }
  tri::Analysis analysis;
  analysis.documents = Annotate(p, {paths[0] + "/articles"});
  std::unordered_map<std::string, std::string> id_of;  // file name -> document id
  for (const tri::Document& d : analysis.documents) id_of[FileName(d.source)] = d.id;
  for (size_t s = 0; s < gold->stories.size(); ++s) {
    tri::Story story;
    story.id = gold->story_ids[s];
    for (const std::string& f : gold->stories[s]) {
      if (id_of.count(f)) story.documents.push_back(id_of[f]);
    }
    Compare(story, analysis.documents, p);
    analysis.stories.push_back(std::move(story));
  }
  const tri::eval::Scores sc = tri::eval::Evaluate(*gold, analysis);
  std::printf("claim relations: %zu/%zu correct (%zu unmatched), accuracy %.3f\n",
              sc.claims_correct, sc.claims, sc.claims_unmatched, sc.relation_accuracy);
  if (verbose) {
    for (const std::string& d : sc.details) {
      if (d.rfind("claim ", 0) == 0) std::printf("  %s\n", d.c_str());
    }
  }
  return min_rel >= 0 && sc.relation_accuracy < min_rel ? 1 : 0;
}

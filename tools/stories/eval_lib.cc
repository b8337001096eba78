#include "eval_lib.h"

#include <algorithm>
#include <nlohmann/json.hpp>
#include <set>
#include <unordered_map>

namespace tri::eval {
namespace {

using Json = nlohmann::json;

std::string FileName(const std::string& source) {
  const size_t slash = source.find_last_of('/');
  return slash == std::string::npos ? source : source.substr(slash + 1);
}

// A string field, "" when absent, null or not a string (the analysis JSON has nullable fields).
std::string Str(const Json& j, const char* key) {
  auto it = j.find(key);
  return it != j.end() && it->is_string() ? it->get<std::string>() : std::string();
}

double F1(double p, double r) { return p + r > 0 ? 2 * p * r / (p + r) : 0.0; }

Relation ParseRelation(const std::string& s) {
  if (s == "agreed") return Relation::kAgreed;
  if (s == "contradicted") return Relation::kContradicted;
  if (s == "revised_over_time") return Relation::kRevisedOverTime;
  return Relation::kSingleSource;
}

}  // namespace

Result<Gold> ParseGold(const std::string& text) {
  Json j = Json::parse(text, nullptr, /*allow_exceptions=*/false);
  if (j.is_discarded() || !j.is_object()) return Status::InvalidArgument("gold: not a JSON object");
  Gold g;
  for (const Json& s : j.value("stories", Json::array())) {
    g.story_ids.push_back(Str(s, "id"));
    g.stories.push_back(s.value("documents", std::vector<std::string>{}));
  }
  for (const Json& p : j.value("syndication", Json::array())) {
    if (!p.is_array() || p.size() != 2)
      return Status::InvalidArgument("gold: bad syndication pair");
    g.syndication.push_back({p[0].get<std::string>(), p[1].get<std::string>()});
  }
  for (const Json& c : j.value("claims", Json::array())) {
    GoldClaim gc;
    gc.story = Str(c, "story");
    gc.slot = Str(c, "slot");
    gc.relation = Str(c, "relation");
    const Json evidence = c.value("evidence", Json::object());  // items() needs an lvalue
    for (const auto& [file, sub] : evidence.items()) {
      gc.evidence[file] = sub.get<std::string>();
    }
    g.claims.push_back(std::move(gc));
  }
  return g;
}

Result<Analysis> ParseAnalysisJson(const std::string& text) {
  Json j = Json::parse(text, nullptr, false);
  if (j.is_discarded() || !j.is_object()) return Status::InvalidArgument("analysis: not JSON");
  Analysis a;
  for (const Json& d : j.value("documents", Json::array())) {
    Document doc;
    doc.id = Str(d, "id");
    doc.source = Str(d, "source");
    doc.text = Str(d, "text");
    a.documents.push_back(std::move(doc));
  }
  for (const Json& s : j.value("stories", Json::array())) {
    Story st;
    st.id = Str(s, "id");
    st.documents = s.value("documents", std::vector<std::string>{});
    for (const Json& c : s.value("claims", Json::array())) {
      ComparedClaim cc;
      cc.id = Str(c, "id");
      cc.slot = Str(c, "slot");
      cc.relation = ParseRelation(Str(c, "relation"));
      const Json evidence = c.value("evidence", Json::object());
      for (const auto& [doc, span] : evidence.items()) {
        if (!span.is_array() || span.size() != 2) continue;
        cc.values[doc].evidence = {span[0].get<uint32_t>(), span[1].get<uint32_t>()};
      }
      st.claims.push_back(std::move(cc));
    }
    a.stories.push_back(std::move(st));
  }
  for (const Json& p : j.value("syndication", Json::array())) {
    if (p.is_array() && p.size() == 2) {
      a.syndication.push_back({p[0].get<std::string>(), p[1].get<std::string>(), "", 0.0});
    }
  }
  return a;
}

Scores Evaluate(const Gold& gold, const Analysis& analysis) {
  Scores sc;
  std::unordered_map<std::string, const Document*> by_file;  // file name -> document
  std::unordered_map<std::string, std::string> file_of;      // document id -> file name
  for (const Document& d : analysis.documents) {
    by_file[FileName(d.source)] = &d;
    file_of[d.id] = FileName(d.source);
  }

  // B-cubed over the gold documents; a document the analysis lacks is a singleton.
  std::unordered_map<std::string, size_t> gold_story, pred_story;
  for (size_t i = 0; i < gold.stories.size(); ++i) {
    for (const std::string& f : gold.stories[i]) gold_story[f] = i;
  }
  for (size_t i = 0; i < analysis.stories.size(); ++i) {
    for (const std::string& id : analysis.stories[i].documents) {
      auto it = file_of.find(id);
      if (it != file_of.end() && gold_story.count(it->second)) pred_story[it->second] = i;
    }
  }
  std::set<size_t> used;
  for (const auto& [f, s] : pred_story) used.insert(s);
  sc.predicted_stories = used.size();
  double p_sum = 0, r_sum = 0;
  for (const auto& [f, g] : gold_story) {
    ++sc.documents;
    auto pf = pred_story.find(f);
    if (pf == pred_story.end()) {
      ++sc.documents_missing;
      sc.details.push_back("missing document: " + f);
    }
    size_t same_both = 0, same_pred = 0, same_gold = 0;
    for (const auto& [f2, g2] : gold_story) {
      auto p2 = pred_story.find(f2);
      const bool in_pred =
          f2 == f || (pf != pred_story.end() && p2 != pred_story.end() && p2->second == pf->second);
      same_gold += g2 == g;
      same_pred += in_pred;
      same_both += in_pred && g2 == g;
    }
    p_sum += double(same_both) / same_pred;
    r_sum += double(same_both) / same_gold;
    if (same_both != same_pred || same_both != same_gold) {
      std::string line = "story " + gold.story_ids[g] + ": " + f + " is with";
      for (const auto& [f2, g2] : gold_story) {
        auto p2 = pred_story.find(f2);
        if (f2 != f && pf != pred_story.end() && p2 != pred_story.end() && p2->second == pf->second)
          line += " " + f2 + (g2 == g ? "" : "(WRONG)");
      }
      sc.details.push_back(line);
    }
  }
  if (sc.documents > 0) {
    sc.stories.precision = p_sum / sc.documents;
    sc.stories.recall = r_sum / sc.documents;
    sc.stories.f1 = F1(sc.stories.precision, sc.stories.recall);
  }

  // Syndication pairs, unordered, by file name.
  auto key = [](std::string a, std::string b) {
    if (b < a) std::swap(a, b);
    return a + "\n" + b;
  };
  std::set<std::string> gold_pairs, pred_pairs;
  for (const auto& [a, b] : gold.syndication) gold_pairs.insert(key(a, b));
  for (const SyndicationPair& p : analysis.syndication) {
    auto fa = file_of.find(p.a), fb = file_of.find(p.b);
    if (fa != file_of.end() && fb != file_of.end()) pred_pairs.insert(key(fa->second, fb->second));
  }
  sc.gold_pairs = gold_pairs.size();
  sc.predicted_pairs = pred_pairs.size();
  for (const std::string& k : pred_pairs) {
    if (gold_pairs.count(k))
      ++sc.correct_pairs;
    else
      sc.details.push_back("syndication false positive: " + k.substr(0, k.find('\n')) + " ~ " +
                           k.substr(k.find('\n') + 1));
  }
  for (const std::string& k : gold_pairs) {
    if (!pred_pairs.count(k))
      sc.details.push_back("syndication missed: " + k.substr(0, k.find('\n')) + " ~ " +
                           k.substr(k.find('\n') + 1));
  }
  sc.syndication.precision = sc.predicted_pairs ? double(sc.correct_pairs) / sc.predicted_pairs
                                                : (sc.gold_pairs ? 0.0 : 1.0);
  sc.syndication.recall = sc.gold_pairs ? double(sc.correct_pairs) / sc.gold_pairs : 1.0;
  sc.syndication.f1 = F1(sc.syndication.precision, sc.syndication.recall);

  // Claim relations: the predicted claim overlapping the gold evidence in every listed
  // document (most overlapping bytes wins; then fewest other documents).
  for (const GoldClaim& gc : gold.claims) {
    ++sc.claims;
    std::map<std::string, Span> want;  // document id -> gold span
    std::string problem;
    for (const auto& [file, sub] : gc.evidence) {
      auto it = by_file.find(file);
      if (it == by_file.end()) {
        problem = "document " + file + " not analysed";
        break;
      }
      const size_t pos = it->second->text.find(sub);
      if (pos == std::string::npos) {
        problem = "evidence not in extracted text of " + file;
        break;
      }
      want[it->second->id] = {uint32_t(pos), uint32_t(pos + sub.size())};
    }
    const ComparedClaim* best = nullptr;
    long best_overlap = -1;
    size_t best_extra = SIZE_MAX;
    if (problem.empty()) {
      for (const Story& s : analysis.stories) {
        for (const ComparedClaim& c : s.claims) {
          long overlap = 0;
          bool all = true;
          for (const auto& [id, span] : want) {
            auto v = c.values.find(id);
            if (v == c.values.end() || !v->second.evidence.overlaps(span)) {
              all = false;
              break;
            }
            overlap += std::min(span.end, v->second.evidence.end) -
                       std::max(span.begin, v->second.evidence.begin);
          }
          if (!all) continue;
          const size_t extra = c.values.size() - want.size();
          if (overlap > best_overlap || (overlap == best_overlap && extra < best_extra)) {
            best = &c, best_overlap = overlap, best_extra = extra;
          }
        }
      }
      if (!best) problem = "no predicted claim overlaps the evidence";
    }
    const std::string where = gc.story + "/" + gc.slot + " (" + gc.relation + ")";
    if (!best) {
      ++sc.claims_unmatched;
      sc.details.push_back("claim " + where + ": " + problem);
    } else if (std::string(ToString(best->relation)) == gc.relation) {
      ++sc.claims_correct;
    } else {
      sc.details.push_back("claim " + where + ": predicted " +
                           std::string(ToString(best->relation)) + " (" + best->id + ")");
    }
  }
  sc.relation_accuracy = sc.claims ? double(sc.claims_correct) / sc.claims : 0.0;
  return sc;
}

}  // namespace tri::eval

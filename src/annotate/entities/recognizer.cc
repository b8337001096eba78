// EntityRecognizer: features -> outer model -> inner model (restricted to the outer spans) ->
// mentions; then roles and metonymy (roles.cc) on the document.
#include <algorithm>

#include "annotate/entities/conll.h"
#include "annotate/entities/entities.h"
#include "annotate/entities/features.h"
#include "annotate/entities/gazetteer.h"
#include "annotate/entities/model.h"
#include "annotate/entities/roles.h"
#include "annotate/entities/rules.h"

namespace tri {
namespace {

bool ParseLabel(std::string_view stem, EntityType& type, EntityVariant& variant) {
  static constexpr std::pair<std::string_view, EntityType> kTypes[] = {{"PER", EntityType::kPer},
                                                                       {"ORG", EntityType::kOrg},
                                                                       {"LOC", EntityType::kLoc},
                                                                       {"OTH", EntityType::kOth}};
  for (const auto& [name, t] : kTypes) {
    if (!stem.starts_with(name)) continue;
    type = t;
    const std::string_view rest = stem.substr(3);
    variant = rest == "deriv"  ? EntityVariant::kDeriv
              : rest == "part" ? EntityVariant::kPart
                               : EntityVariant::kPlain;
    return true;
  }
  return false;
}

}  // namespace

Result<std::shared_ptr<const EntityRecognizer>> EntityRecognizer::FromParts(
    std::shared_ptr<const ner::Gazetteer> gazetteer, std::shared_ptr<const ner::Lexicon> lexicon,
    std::string_view model_bytes) {
  std::shared_ptr<EntityRecognizer> r(new EntityRecognizer());
  r->gazetteer_ = std::move(gazetteer);
  r->features_ = std::make_shared<ner::FeatureExtractor>(r->gazetteer_, std::move(lexicon));
  TRI_ASSIGN_OR_RETURN(ner::NerModel outer, ner::NerModel::Parse(model_bytes));
  TRI_ASSIGN_OR_RETURN(ner::NerModel inner, ner::NerModel::Parse(model_bytes));
  if (!model_bytes.empty()) return Status::Corrupt("NER model: trailing bytes");
  r->outer_ = std::make_shared<const ner::NerModel>(std::move(outer));
  r->inner_ = std::make_shared<const ner::NerModel>(std::move(inner));
  return std::shared_ptr<const EntityRecognizer>(std::move(r));
}

Result<std::shared_ptr<const EntityRecognizer>> EntityRecognizer::FromData(
    std::string_view gazetteer_tsv, std::string_view lexicon_bytes, std::string_view model_bytes) {
  TRI_ASSIGN_OR_RETURN(auto gaz, ner::Gazetteer::Parse(gazetteer_tsv));
  std::shared_ptr<const ner::Lexicon> lexicon;
  if (!lexicon_bytes.empty()) {
    TRI_ASSIGN_OR_RETURN(lexicon, ner::Lexicon::Parse(lexicon_bytes));
  }
  return FromParts(std::move(gaz), std::move(lexicon), model_bytes);
}

SentenceLabels EntityRecognizer::TagTokens(const std::vector<std::string_view>& tokens) const {
  SentenceLabels out;
  ner::SentenceFeatures f;
  features_->Extract(tokens, f);
  const auto outer = outer_->Decode(f);
  bool any = false;
  std::vector<std::string_view> outer_labels;
  std::vector<uint8_t> outside(tokens.size(), 1);
  for (size_t t = 0; t < outer.size(); ++t) out.outer.push_back(outer_->labels()[outer[t]]);
  ner::ApplySentenceRules(tokens, *gazetteer_, out.outer);
  for (size_t t = 0; t < outer.size(); ++t) {
    outer_labels.push_back(out.outer[t]);
    if (out.outer[t] != "O") outside[t] = 0, any = true;
  }
  out.inner.assign(tokens.size(), "O");
  if (!any) return out;
  // Inner entities live inside outer ones; a single-token outer entity rarely holds one that is
  // not itself (GermEval's inner column marks e.g. "Hamburg" in "Universität Hamburg").
  ner::SentenceFeatures fi;
  features_->Extract(tokens, fi, &outer_labels);
  const auto inner = inner_->Decode(fi, &outside);
  for (size_t t = 0; t < inner.size(); ++t) out.inner[t] = inner_->labels()[inner[t]];
  return out;
}

void EntityRecognizer::Annotate(Document& doc) const {
  doc.entities.clear();
  std::vector<std::string_view> tokens;
  for (const Sentence& s : doc.sentences) {
    if (s.token_end <= s.token_begin || s.token_end > doc.tokens.size()) continue;
    tokens.clear();
    for (uint32_t t = s.token_begin; t < s.token_end; ++t) {
      tokens.push_back(doc.slice(doc.tokens[t].span));
    }
    const SentenceLabels labels = TagTokens(tokens);
    for (int level = 0; level < 2; ++level) {
      for (const ner::Chunk& c : ner::ChunksFromBio(0, level == 0 ? labels.outer : labels.inner)) {
        EntityMention m;
        if (!ParseLabel(c.type, m.type, m.variant)) continue;
        m.span = {doc.tokens[s.token_begin + c.begin].span.begin,
                  doc.tokens[s.token_begin + c.end - 1].span.end};
        m.nested = level == 1;
        doc.entities.push_back(std::move(m));
      }
    }
  }
  std::sort(doc.entities.begin(), doc.entities.end(),
            [](const EntityMention& a, const EntityMention& b) {
              if (a.span.begin != b.span.begin) return a.span.begin < b.span.begin;
              if (a.span.end != b.span.end) return a.span.end > b.span.end;  // outer first
              return a.nested < b.nested;
            });
  ner::MarkRolesAndMetonymy(doc, *gazetteer_);
  ner::PropagatePersonNames(doc);
}

}  // namespace tri

// String names of the core enums, as they appear in JSON (OUTPUT.md) and reports.
#include "core/analysis.h"
#include "core/annotations.h"
#include "core/document.h"

namespace tri {

std::string_view ToString(EntityType t) {
  switch (t) {
    case EntityType::kPer:
      return "PER";
    case EntityType::kOrg:
      return "ORG";
    case EntityType::kLoc:
      return "LOC";
    case EntityType::kOth:
      return "OTH";
  }
  return "OTH";
}

std::string_view ToString(EntityVariant v) {
  switch (v) {
    case EntityVariant::kPlain:
      return "";
    case EntityVariant::kDeriv:
      return "deriv";
    case EntityVariant::kPart:
      return "part";
  }
  return "";
}

std::string GermEvalLabel(EntityType t, EntityVariant v) {
  return std::string(ToString(t)) + std::string(ToString(v));
}

std::string_view ToString(TimexType t) {
  switch (t) {
    case TimexType::kDate:
      return "DATE";
    case TimexType::kTime:
      return "TIME";
    case TimexType::kDuration:
      return "DURATION";
    case TimexType::kSet:
      return "SET";
  }
  return "DATE";
}

std::string_view ToString(QuoteKind k) {
  switch (k) {
    case QuoteKind::kDirect:
      return "direct";
    case QuoteKind::kIndirect:
      return "indirect";
    case QuoteKind::kMixed:
      return "mixed";
  }
  return "direct";
}

std::string_view ToString(SourceKind k) {
  switch (k) {
    case SourceKind::kNamed:
      return "named";
    case SourceKind::kAnonymousOfficial:
      return "anonymous_official";
    case SourceKind::kUnnamedExpert:
      return "unnamed_expert";
    case SourceKind::kInstitution:
      return "institution";
    case SourceKind::kMediaReports:
      return "media_reports";
    case SourceKind::kUnknown:
      return "unknown";
  }
  return "unknown";
}

std::string_view ToString(Modality m) {
  switch (m) {
    case Modality::kAsserted:
      return "asserted";
    case Modality::kHedged:
      return "hedged";
    case Modality::kReported:
      return "reported";
    case Modality::kSpeculative:
      return "speculative";
    case Modality::kNegated:
      return "negated";
  }
  return "asserted";
}

std::string_view ToString(TokenKind k) {
  switch (k) {
    case TokenKind::kWord:
      return "word";
    case TokenKind::kNumber:
      return "number";
    case TokenKind::kPunct:
      return "punct";
    case TokenKind::kQuote:
      return "quote";
    case TokenKind::kDash:
      return "dash";
    case TokenKind::kSymbol:
      return "symbol";
    case TokenKind::kUrl:
      return "url";
    case TokenKind::kEmail:
      return "email";
    case TokenKind::kHashtag:
      return "hashtag";
    case TokenKind::kMention:
      return "mention";
    case TokenKind::kOther:
      return "other";
  }
  return "other";
}

std::string_view ToString(BlockKind k) {
  switch (k) {
    case BlockKind::kTitle:
      return "title";
    case BlockKind::kHeading:
      return "heading";
    case BlockKind::kParagraph:
      return "paragraph";
    case BlockKind::kListItem:
      return "list_item";
    case BlockKind::kBlockQuote:
      return "blockquote";
    case BlockKind::kByline:
      return "byline";
    case BlockKind::kOther:
      return "other";
  }
  return "other";
}

std::string_view ToString(Relation r) {
  switch (r) {
    case Relation::kAgreed:
      return "agreed";
    case Relation::kContradicted:
      return "contradicted";
    case Relation::kSingleSource:
      return "single_source";
    case Relation::kRevisedOverTime:
      return "revised_over_time";
  }
  return "single_source";
}

}  // namespace tri

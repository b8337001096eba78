// QuoteAnnotator: DocView -> quote regions -> frames -> attributions -> speakers -> Quotes.
#include "annotate/quotes/quotes.h"

#include <algorithm>

#include "annotate/quotes/attribution.h"
#include "annotate/quotes/lexicon.h"
#include "annotate/quotes/speakers.h"

namespace tri {
namespace {

using quotes::Attribution;
using quotes::DocView;
using quotes::SpeakerResult;

QuoteKind KindOf(const Attribution& a) {
  if (a.form == QuoteForm::kDirect) return QuoteKind::kDirect;
  return a.fragments.empty() ? QuoteKind::kIndirect : QuoteKind::kMixed;
}

Quote ToQuote(const DocView& v, const Attribution& a, const SpeakerResult& s) {
  Quote q;
  q.form = a.form;
  q.kind = KindOf(a);
  q.span = v.SpanOf(a.message.b, a.message.e);
  q.content = q.span;
  if (a.form == QuoteForm::kDirect && a.message.e - a.message.b >= 2 &&
      (v.toks[a.message.b].flags & quotes::kQuoteMark)) {
    const uint32_t last =
        (v.toks[a.message.e - 1].flags & quotes::kQuoteMark) ? a.message.e - 1 : a.message.e;
    q.content = v.SpanOf(a.message.b + 1, last);
  }
  if (!a.cue.empty()) {
    q.cue_span = v.SpanOf(a.cue[0], a.cue[0] + 1);
    std::vector<uint32_t> sorted = a.cue;
    std::sort(sorted.begin(), sorted.end());
    for (uint32_t t : sorted) q.cue_parts.push_back(v.SpanOf(t, t + 1));
  }
  if (a.entry) {
    q.cue = a.entry->lemma;
    q.medium = a.entry->medium;
  }
  if (!a.frame.empty()) {
    uint32_t fb = a.frame[0].b, fe = a.frame[0].e;
    for (const quotes::Range& r : a.frame) fb = std::min(fb, r.b), fe = std::max(fe, r.e);
    q.frame = v.SpanOf(fb, fe);
  }
  q.speaker_span = v.SpanOf(a.speaker.b, a.speaker.e);
  q.addressee = v.SpanOf(a.addr.b, a.addr.e);
  for (const quotes::Range& f : a.fragments) q.fragments.push_back(v.SpanOf(f.b, f.e));
  q.speaker = s.name;
  q.speaker_mention = s.mention;
  q.speaker_anonymous = s.anonymous;
  q.source_kind = s.kind;
  if (s.mention >= 0) q.speaker_id = v.doc.entities[s.mention].canonical_id;
  return q;
}

}  // namespace

Result<std::shared_ptr<const QuoteAnnotator>> QuoteAnnotator::Create(const QuoteOptions& options) {
  if (options.max_quote_paragraphs < 1 || options.max_continuation_sentences < 0) {
    return Status::InvalidArgument("quote options: paragraph and sentence limits must be positive");
  }
  std::shared_ptr<QuoteAnnotator> a(new QuoteAnnotator());
  a->options_ = options;
  TRI_ASSIGN_OR_RETURN(a->lexicon_, quotes::QuoteLexicon::Builtin());
  return std::shared_ptr<const QuoteAnnotator>(std::move(a));
}

void QuoteAnnotator::Annotate(Document& doc) const {
  doc.quotes.clear();
  if (doc.tokens.empty()) return;
  const std::string& lang = options_.language.empty() ? doc.language : options_.language;
  const DocView view(doc, *lexicon_, lang == "en" ? quotes::Lang::kEnglish : quotes::Lang::kGerman);
  const quotes::QuoteContext context =
      quotes::MakeQuoteContext(view, options_.max_quote_paragraphs);
  quotes::AssembleOptions ao;
  ao.max_continuation_units = options_.max_continuation_sentences;
  ao.reported_speech = options_.reported_speech;
  ao.min_unattributed_tokens = options_.min_unattributed_words;
  const std::vector<Attribution> atts = quotes::Assemble(view, context, ao);
  const quotes::SpeakerResolver resolver(view, context);
  std::vector<SpeakerResult> speakers;
  speakers.reserve(atts.size());
  for (const Attribution& a : atts) speakers.push_back(resolver.Resolve(a, speakers));
  doc.quotes.reserve(atts.size());
  for (size_t i = 0; i < atts.size(); ++i)
    doc.quotes.push_back(ToQuote(view, atts[i], speakers[i]));
}

void ApplyEntityLinks(Document& doc) {
  for (size_t i = 0; i < doc.quotes.size(); ++i) {
    Quote& q = doc.quotes[i];
    if (q.speaker_mention < 0 || size_t(q.speaker_mention) >= doc.entities.size()) continue;
    const EntityMention& m = doc.entities[q.speaker_mention];
    if (m.canonical.empty()) continue;
    const std::string old = q.speaker;
    q.speaker = m.canonical;
    q.speaker_id = m.canonical_id;
    for (Claim& c : doc.claims) {
      if (c.quote == int(i) && c.source == old) c.source = q.speaker;
    }
  }
}

}  // namespace tri

// Quotes stage: direct, indirect and mixed quotations with cue, speaker (linked to the entity
// mention, pronouns and role nouns resolved within the article) and anonymous sources typed.
#pragma once

#include <memory>
#include <string>

#include "core/document.h"
#include "core/status.h"

namespace tri {

namespace quotes {
class QuoteLexicon;
}

struct QuoteOptions {
  // An opening quote mark without a closing one ends at its paragraph's end unless a matching
  // closing mark (or the next paragraph's re-opening mark) follows within this many paragraphs.
  int max_quote_paragraphs = 8;
  // Sentences in Konjunktiv I after a quote carry its speaker this many sentences on.
  int max_continuation_sentences = 2;
  // Report speech acts without a reported clause ("X forderte Neuwahlen") as quotes (form
  // kReported, kind indirect).
  bool reported_speech = true;
  // A quotation with no frame and no recent speaker is kept (speaker unknown) from this many
  // words on; shorter ones are taken for scare quotes and titles.
  int min_unattributed_words = 8;
  // "de", "en", or "" to follow Document::language (anything but "en" is read as German).
  std::string language;
};

// Immutable and thread-safe once created (holds the cue lexicon).
class QuoteAnnotator {
 public:
  static Result<std::shared_ptr<const QuoteAnnotator>> Create(const QuoteOptions& options);
  // Fills doc.quotes (sorted by position); needs tokens, sentences and entities.
  void Annotate(Document& doc) const;

 private:
  QuoteAnnotator() = default;
  QuoteOptions options_;
  std::shared_ptr<const quotes::QuoteLexicon> lexicon_;
};

// After cross-document entity linking: rewrites quote speakers (and claim sources taken from
// them) to the canonical names of the entity mentions they point at.
void ApplyEntityLinks(Document& doc);

}  // namespace tri

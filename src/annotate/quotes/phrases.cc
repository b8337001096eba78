#include "annotate/quotes/phrases.h"

#include <algorithm>

namespace tri::quotes {
namespace {

// End (exclusive) of a short quoted name starting at the quote mark j ("„Die Zeit“"): up to 6
// words, the first capitalised; j when there is none.
uint32_t QuotedName(const DocView& v, uint32_t j, uint32_t limit) {
  if (j >= limit || !(v.toks[j].flags & kQuoteMark) || j + 2 >= limit) return j;
  if (!(v.toks[j + 1].flags & (kCap | kNumber)) && !HasInnerCapital(v.toks[j + 1].text)) return j;
  for (uint32_t k = j + 2; k < limit && k <= j + 7; ++k) {
    if (v.toks[k].flags & kQuoteMark) return k + 1;
    if (v.toks[k].flags & (kComma | kColon | kEnd)) return j;
  }
  return j;
}

// Determiners that open a genitive attribute: "Angaben seines Anwalts", "eines Sprechers".
bool IsGenitiveDeterminer(std::string_view w) {
  return w == "des" || w == "der" || w == "eines" || w == "einer" || w == "seines" ||
         w == "seiner" || w == "ihres" || w == "ihrer" || w == "dieses" || w == "dieser" ||
         w == "unseres" || w == "unserer";
}

bool IsDemonstrativePronoun(std::string_view w) {
  return w == "dieser" || w == "diese" || w == "dieses" || w == "jener" || w == "jene";
}

bool IsAttributePreposition(std::string_view w) {
  return w == "für" || w == "von" || w == "vom" || w == "bei" || w == "beim" || w == "im" ||
         w == "in" || w == "an" || w == "am" || w == "aus" || w == "of" || w == "at";
}

bool EndsPhrase(const DocView& v, uint32_t j, uint32_t limit, uint32_t verb) {
  if (j >= limit || j == verb) return true;
  const TokInfo& t = v.toks[j];
  return (t.flags & (kComma | kColon | kSemicolon | kEnd | kDash | kCloseParen)) != 0;
}

}  // namespace

Range NounPhraseAt(const DocView& v, uint32_t i, uint32_t limit, const PhraseOptions& o) {
  limit = std::min<uint32_t>(limit, uint32_t(v.toks.size()));
  if (i >= limit) return {};
  if (IsPersonalPronoun(v.toks[i].lower)) return {i, i + 1};
  uint32_t j = i;
  while (j < limit && IsDeterminer(v.toks[j].lower) && j - i < 3) {
    // "beide eine Verlängerung": a quantifier standing alone before an article is a pronoun.
    if (j > i && IsArticle(v.toks[j].lower) && !IsArticle(v.toks[j - 1].lower)) return {i, j};
    ++j;
  }
  const bool det = j > i;
  // Adjectives, and after an article also uninflected adverbs before them ("des international
  // weitgehend isolierten Landes").
  while (j < limit && j - i < 8 &&
         (IsAdjectiveLike(v.toks[j], true) ||
          (det && (v.toks[j].flags & kLowerWord) && !v.toks[j].cues &&
           !IsFunctionWord(v.toks[j].lower) && !IsAuxiliary(v.toks[j].lower) && j + 1 < limit &&
           (v.toks[j + 1].flags & kLowerWord)))) {
    ++j;
  }
  const uint32_t core_b = j;
  while (j < limit && j - core_b < 10) {
    if (v.entity_end[j] > j + 1 && v.entity_end[j] <= limit && j > i && IsNounToken(v, j)) {
      j = v.entity_end[j];  // a name the entities stage found: "Ärzte ohne Grenzen"
    } else if (IsNounToken(v, j)) {
      ++j;
    } else if (uint32_t t = QuotedName(v, j, limit); t > j) {
      j = t;  // Die Wochenzeitung „Die Zeit“
    } else if (j > core_b && j + 1 < limit && IsNounToken(v, j + 1) &&
               (v.toks[j].lower == "van" || v.toks[j].lower == "de" || v.toks[j].lower == "al" ||
                v.toks[j].lower == "bin" || v.toks[j].lower == "of" || v.toks[j].lower == "la" ||
                v.toks[j].lower == "del" || v.toks[j].lower == "da" || v.toks[j].lower == "di")) {
      j += 1;  // "van Basten", "de Maizière", "University of St. Andrews"
    } else {
      break;
    }
  }
  if (j == core_b && j == i + 1 && IsDemonstrativePronoun(v.toks[i].lower) &&
      (j >= limit || !(v.toks[j].flags & (kCap | kNumber)))) {
    return {i, j};  // "Dieser bestätigte, ...": a demonstrative standing for a noun
  }
  if (j == core_b) {
    // "der 81-jährige": an article and a number adjective make a noun of their own.
    if (j > i && IsDeterminer(v.toks[i].lower) && (v.toks[j - 1].flags & kNumber) &&
        (j >= limit || !(v.toks[j].flags & (kLowerWord | kCap)) ||
         IsFunctionWord(v.toks[j].lower))) {
      return {i, j};
    }
    return {};
  }
  const uint32_t head = j - 1;
  if (o.attachments) {
    for (int k = 0; k < 3 && j < limit; ++k) {
      const std::string_view w = v.toks[j].lower;
      PhraseOptions inner;
      inner.apposition = false;
      inner.attachments = false;
      if (IsGenitiveDeterminer(w)) {
        Range sub = NounPhraseAt(v, j, limit, inner);
        if (!sub.empty()) {
          j = sub.e;
          continue;
        }
      }
      // A genitive without article has a strong "-er" adjective: "Schätzungen französischer
      // Behörden" (not "Staatsanwaltschaft Innsbruck fahrlässige Tötung").
      if (IsAdjectiveLike(v.toks[j], true) && v.toks[j].lower.ends_with("er") && j + 1 < limit &&
          IsNounToken(v, j + 1)) {
        Range sub = NounPhraseAt(v, j, limit, inner);  // "nach Schätzungen französischer Behörden"
        if (!sub.empty()) {
          j = sub.e;
          continue;
        }
      }
      if (w == "von" || w == "vom" || w == "aus") {
        Range sub = NounPhraseAt(v, j + 1, limit, inner);
        const TokInfo& n = v.toks[std::min(j + 1, limit - 1)];
        if (!sub.empty() && !IsPersonalPronoun(n.lower) &&
            // "vom niederösterreichischen Landeskriminalamt"; but "hängt von letzten Fragen
            // ab": "von" with a bare adjective is more often the verb's object.
            (IsDeterminer(n.lower) || IsNounToken(v, j + 1) ||
             (w == "vom" && IsAdjectiveLike(n, true))) &&
            !IsTemporalNoun(v.toks[sub.e - 1].lower)) {
          j = sub.e;
          continue;
        }
      }
      // "Angaben der Presseagenturen dpa und AFP", "Meinung vieler Experten und Fans": a
      // conjunct after an attribute belongs to it.
      if (k > 0 && (w == "und" || w == "sowie") && j + 1 < limit &&
          (IsNounToken(v, j + 1) ||
           (IsArticle(v.toks[j + 1].lower) && j + 2 < limit && IsNounToken(v, j + 2)))) {
        Range sub = NounPhraseAt(v, j + 1, limit, inner);
        if (!sub.empty()) {
          j = sub.e;
          continue;
        }
      }
      // Names of bodies: "Bundesagentur für Arbeit", "Gesellschaft für bedrohte Völker" (a
      // bare noun phrase; "für die Reform" is an argument of the verb).
      if (w == "für" && j + 1 < limit && !IsDeterminer(v.toks[j + 1].lower)) {
        Range sub = NounPhraseAt(v, j + 1, limit, inner);
        if (!sub.empty() && sub.e - sub.b <= 3) {
          j = sub.e;
          continue;
        }
      }
      if (w == "in" || w == "bei" || w == "beim" || w == "at") {
        const SourceClass c = v.lexicon.Classify(v.toks[head].lower);
        Range sub = NounPhraseAt(v, j + 1, limit, inner);
        if (c != SourceClass::kNone && c != SourceClass::kMedia && !sub.empty() &&
            sub.e - sub.b <= 4) {
          j = sub.e;
          continue;
        }
      }
      break;
    }
  }
  if (j < limit && (v.toks[j].flags & kOpenParen)) {
    uint32_t k = j + 1;
    while (k < limit && k - j <= 6 && !(v.toks[k].flags & kCloseParen)) ++k;
    if (k < limit && (v.toks[k].flags & kCloseParen) && k > j + 1) j = k + 1;
  }
  if (o.apposition && j + 1 < limit && (v.toks[j].flags & kComma)) {
    PhraseOptions inner;
    inner.apposition = false;
    Range sub = NounPhraseAt(v, j + 1, limit, inner);
    // One more prepositional attribute may close the apposition ("die Leiterin der Fachstelle
    // für Suchtvorbeugung,"); the apposition counts only when it ends at a separator.
    if (!sub.empty() && !EndsPhrase(v, sub.e, limit, o.verb) && sub.e + 1 < limit &&
        IsAttributePreposition(v.toks[sub.e].lower)) {
      PhraseOptions bare;
      bare.apposition = false;
      bare.attachments = false;
      const Range pp = NounPhraseAt(v, sub.e + 1, limit, bare);
      if (!pp.empty() && EndsPhrase(v, pp.e, limit, o.verb)) sub.e = pp.e;
    }
    if (!sub.empty() && !IsPersonalPronoun(v.toks[j + 1].lower) &&
        EndsPhrase(v, sub.e, limit, o.verb)) {
      j = sub.e;
    }
  }
  if (o.coordination && j + 1 < limit && (v.toks[j].lower == "und" || v.toks[j].lower == "sowie")) {
    PhraseOptions inner;
    inner.coordination = false;
    inner.verb = o.verb;
    Range sub = NounPhraseAt(v, j + 1, limit, inner);
    if (!sub.empty() && EndsPhrase(v, sub.e, limit, o.verb)) j = sub.e;
  }
  return {i, j};
}

Range NounPhraseEndingAt(const DocView& v, uint32_t last, uint32_t floor) {
  if (last >= v.toks.size() || last < floor) return {};
  uint32_t j = last;
  if (v.toks[j].flags & kCloseParen) {
    uint32_t k = j;
    while (k > floor && j - k <= 6 && !(v.toks[k].flags & kOpenParen)) --k;
    if (!(v.toks[k].flags & kOpenParen) || k == floor) return {};
    j = k - 1;
  }
  if (!IsNounToken(v, j)) return {};
  uint32_t k = j;
  while (true) {
    while (k > floor && IsNounToken(v, k - 1) && j - k < 8) --k;
    while (k > floor && (v.toks[k - 1].flags & kLowerWord) &&
           IsAdjectiveLike(v.toks[k - 1], k - 1 > floor && (IsDeterminer(v.toks[k - 2].lower) ||
                                                            IsNounToken(v, k - 2)))) {
      --k;
    }
    // Only a strong genitive adjective ("Berichten verschiedener Medien") ties the phrase to
    // the noun before it; "Samstag starben behördlichen Angaben" has a verb there.
    if (k > floor && IsNounToken(v, k - 1) && (v.toks[k].flags & kLowerWord) &&
        v.toks[k].lower.ends_with("er")) {
      --k;  // "Berichten verschiedener Medien": the noun the genitive belongs to
      continue;
    }
    if (k > floor && IsDeterminer(v.toks[k - 1].lower)) --k;
    const std::string_view w = v.toks[k].lower;
    const bool genitive = w == "des" || w == "der" || w == "eines" || w == "einer";
    if (genitive && k > floor && IsNounToken(v, k - 1)) {
      --k;
      continue;
    }
    if (k >= floor + 2 && (v.toks[k - 1].lower == "von" || v.toks[k - 1].lower == "vom") &&
        IsNounToken(v, k - 2)) {
      k -= 2;
      continue;
    }
    break;
  }
  return {k, last + 1};
}

uint32_t PhraseHead(const DocView& v, Range r) {
  uint32_t i = r.b;
  while (i < r.e && !IsNounToken(v, i) && !IsPersonalPronoun(v.toks[i].lower)) ++i;
  if (i >= r.e) return r.e;
  while (i + 1 < r.e && IsNounToken(v, i + 1)) ++i;
  return i;
}

}  // namespace tri::quotes

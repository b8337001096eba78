// FeatureExtractor::Extract: a document's words, entities, numbers and dates as term counts.
// Per token: one fold, one hash and one cache lookup (stop word flag and stem together), so
// extraction stays well under the clustering's time budget.
#include <libstemmer.h>

#include <algorithm>

#include "core/hash.h"
#include "story/features.h"
#include "story/flat_map.h"
#include "story/stopwords.h"
#include "text/text.h"

namespace tri::story {
namespace {

// Seeds keep the channels (and the languages of words) apart in one key space.
constexpr uint64_t kWordSeed[3] = {0x5744455f776f7264ull, 0x57454e5f776f7264ull,
                                   0x57554e445f776f72ull};
constexpr uint64_t kEntitySeed = 0x454e544954590001ull;
constexpr uint64_t kNumberSeed = 0x4e554d4245520001ull;
constexpr uint64_t kDateSeed = 0x4441544500000001ull;

bool Capitalized(std::string_view w) {
  if (w.empty()) return false;
  const unsigned char c = w[0];
  if (c >= 'A' && c <= 'Z') return true;
  // Latin-1 capitals in UTF-8 (Ä Ö Ü É ...): C3 80..C3 9E.
  return c == 0xC3 && w.size() > 1 && static_cast<unsigned char>(w[1]) <= 0x9E;
}

uint64_t EntityKey(std::string_view folded) { return Hash64(folded, kEntitySeed); }

// A German genitive of a known name ("Trumps", "Kretas") as its base form when the
// vocabulary knows that, else the form itself.
uint64_t NameKey(std::string_view folded, bool german, const DocumentFrequencies* vocab) {
  if (vocab && german && folded.size() >= 5 && folded.back() == 's' &&
      folded[folded.size() - 2] != 's') {
    const uint64_t base = EntityKey(folded.substr(0, folded.size() - 1));
    if (vocab->df(base) > 0) return base;
  }
  return EntityKey(folded);
}

}  // namespace

struct FeatureExtractor::Impl {
  sb_stemmer* de = sb_stemmer_new("german", "UTF_8");
  sb_stemmer* en = sb_stemmer_new("english", "UTF_8");
  ~Impl() {
    if (de) sb_stemmer_delete(de);
    if (en) sb_stemmer_delete(en);
  }
  // Folded word (hashed with its language) -> what it contributes. Bounded by the vocabulary.
  struct Word {
    bool stop = false;
    uint64_t stem = 0;
    std::string long_stem;  // German stems of 8+ letters: compound candidates
  };
  FlatMap64 word_index;  // folded word hash -> index into `words`
  std::vector<Word> words;
  std::vector<Term> terms;  // per document, reused
  // Surface key -> what a mention with that surface was (first seen): its canonical key (0 if
  // unlinked) and channel, so that a name found only by the vocabulary counts like a mention.
  struct KnownName {
    uint64_t canonical = 0;
    Channel channel = Channel::kEntity;
  };
  FlatMap64 name_index;
  std::vector<KnownName> known_names;
  std::string buf;

  std::unordered_map<uint64_t, std::string>* names = nullptr;  // debugging aid

  void Add(uint64_t key, Channel c, float n = 1.0f) { terms.push_back({key, n, c}); }
  void Name(uint64_t key, std::string_view prefix, std::string_view text) {
    if (names) names->emplace(key, std::string(prefix) + std::string(text));
  }
  const Word& Lookup(std::string_view folded, uint8_t lang);
  void AddWord(std::string_view folded, uint8_t lang, const DocumentFrequencies* vocab,
               float weight, float part_weight);
};

const FeatureExtractor::Impl::Word& FeatureExtractor::Impl::Lookup(std::string_view w,
                                                                   uint8_t lang) {
  const uint64_t h = Hash64(w, kWordSeed[lang]);
  if (const uint32_t* i = word_index.find(h)) return words[*i];
  Word out;
  out.stop = w.size() < 2 || IsStopword(w) || std::all_of(w.begin(), w.end(), [](char c) {
               return (c >= '0' && c <= '9') || c == '.' || c == ',';
             });
  if (!out.stop) {
    sb_stemmer* s = lang == 0 ? de : lang == 1 ? en : nullptr;
    std::string_view stem = w;
    if (s && w.size() > 3) {
      const sb_symbol* r = sb_stemmer_stem(s, reinterpret_cast<const sb_symbol*>(w.data()),
                                           static_cast<int>(w.size()));
      if (r) stem = std::string_view(reinterpret_cast<const char*>(r), sb_stemmer_length(s));
    }
    // "mehreren" -> "mehr": a word whose stem is a stop word is one too.
    out.stop = stem.size() < w.size() && IsStopword(stem);
    out.stem = Hash64(stem, kWordSeed[lang]);
    Name(out.stem, "", stem);
    if (lang == 0 && stem.size() >= 8) out.long_stem = std::string(stem);
  }
  word_index.insert(h, static_cast<uint32_t>(words.size()));
  words.push_back(std::move(out));
  return words.back();
}

void FeatureExtractor::Impl::AddWord(std::string_view w, uint8_t lang,
                                     const DocumentFrequencies* vocab, float weight,
                                     float part_weight) {
  if (w.size() > 64) return;
  const Word& word = Lookup(w, lang);
  if (word.stop) return;
  Add(word.stem, Channel::kWord, weight);
  part_weight *= weight;
  if (!vocab || word.long_stem.empty()) return;
  // German compound: the longest head the corpus knows as a word of its own ("terminal" in
  // "containerterminal") and, when known, the modifier before it (a linking s dropped).
  const std::string_view s = word.long_stem;
  for (size_t i = 3; i + 4 <= s.size(); ++i) {
    const uint64_t head = Hash64(s.substr(i), kWordSeed[0]);
    if (vocab->df(head) < 2) continue;
    Add(head, Channel::kWord, part_weight);
    Name(head, "", s.substr(i));
    std::string_view mod = s.substr(0, i);
    uint64_t mk = Hash64(mod, kWordSeed[0]);
    if (vocab->df(mk) < 2 && mod.size() > 4 && mod.back() == 's') {
      mk = Hash64(mod.substr(0, mod.size() - 1), kWordSeed[0]);
    }
    if (vocab->df(mk) >= 2) Add(mk, Channel::kWord, part_weight);
    break;
  }
}

FeatureExtractor::FeatureExtractor(FeatureOptions options)
    : options_(options), impl_(std::make_unique<Impl>()) {}
FeatureExtractor::~FeatureExtractor() = default;

void FeatureExtractor::set_term_names(std::unordered_map<uint64_t, std::string>* names) {
  impl_->names = names;
  impl_->words.clear();  // cached words were named (or not) before
  impl_->word_index = FlatMap64();
}

std::vector<Term> FeatureExtractor::Extract(const Document& doc, const DocumentFrequencies* vocab) {
  Impl& m = *impl_;
  m.terms.clear();
  const uint8_t lang = LanguageCode(doc.language);
  const bool german = lang != 1;

  // The outlet's own name says nothing about the story (but recurs in its boilerplate).
  std::vector<uint64_t> outlet_words;
  for (const Token& t : Tokenize(doc.meta.outlet)) {
    outlet_words.push_back(Hash64(FoldForMatch(Slice(doc.meta.outlet, t.span))));
  }
  std::vector<Token> own_tokens;
  const std::vector<Token>* tokens = &doc.tokens;
  if (tokens->empty() && !doc.text.empty()) {
    own_tokens = Tokenize(std::string_view(doc.text).substr(0, 1 << 20));
    tokens = &own_tokens;
  }
  // Mentions sorted by start, to tell which tokens the recogniser already covered.
  std::vector<Span> mentions;
  for (const EntityMention& e : doc.entities) mentions.push_back(e.span);
  std::sort(mentions.begin(), mentions.end());
  size_t next_mention = 0;
  uint32_t covered_until = 0;

  // Headline terms count more: a headline names the event ("Erdbeben erschüttert Kreta").
  Span title;
  for (const Block& b : doc.blocks) {
    if (b.kind == BlockKind::kTitle) {
      title = b.span;
      break;
    }
  }
  const float title_weight = options_.title_weight;
  size_t block = 0;
  uint32_t words = 0;
  for (const Token& t : *tokens) {
    while (block < doc.blocks.size() && doc.blocks[block].span.end <= t.span.begin) ++block;
    if (block < doc.blocks.size() && doc.blocks[block].kind == BlockKind::kByline &&
        doc.blocks[block].span.contains(t.span.begin))
      continue;
    while (next_mention < mentions.size() && mentions[next_mention].begin <= t.span.begin) {
      covered_until = std::max(covered_until, mentions[next_mention++].end);
    }
    const std::string_view text = doc.slice(t.span);
    const float tw = title.contains(t.span.begin) ? title_weight : 1.0f;
    if (t.kind == TokenKind::kNumber) {
      const std::string n = NormalizeNumber(text, german);
      if (!n.empty()) {
        m.Add(Hash64(n, kNumberSeed), Channel::kNumber, tw);
        m.Name(Hash64(n, kNumberSeed), "#", n);
      }
      continue;
    }
    if (t.kind != TokenKind::kWord) continue;
    if (++words > options_.max_tokens) break;
    m.buf.clear();
    AppendFoldForMatch(text, m.buf);
    const uint64_t folded_hash = Hash64(m.buf);
    if (std::find(outlet_words.begin(), outlet_words.end(), folded_hash) != outlet_words.end())
      continue;
    // Names count once, as entities: words inside a mention are left to the entity terms
    // (a person named three ways, as words, surface and id, would outweigh what happened).
    if (t.span.begin < covered_until && !options_.names_as_words) continue;
    const std::string_view w = m.buf;
    // A name the recogniser found elsewhere in the corpus but missed here still names that
    // entity (one sense per corpus for capitalised names).
    if (vocab && w.size() >= 3 && Capitalized(text) && !IsAgencyName(w)) {
      const uint64_t k = NameKey(w, german, vocab);
      if (vocab->df(k) > 0) {
        const uint32_t* i = m.name_index.find(k);
        const Impl::KnownName known = i ? m.known_names[*i] : Impl::KnownName{};
        m.Add(k, known.channel, tw * (known.canonical ? 0.5f : 1.0f));
        if (known.canonical) m.Add(known.canonical, known.channel, tw * 0.5f);
        continue;
      }
    }
    // "US-Präsident", "Dresden-Prag": each part is a word of its own.
    for (size_t start = 0; start <= w.size();) {
      size_t dash = w.find('-', start);
      if (dash == std::string_view::npos) dash = w.size();
      m.AddWord(w.substr(start, dash - start), lang, vocab, tw, options_.compound_part_weight);
      start = dash + 1;
    }
  }

  // Agency credits ("(dpa)") name who wrote the text, not what it is about.
  const std::string agency = FoldForMatch(doc.meta.agency);
  for (const EntityMention& e : doc.entities) {
    m.buf = FoldForMatch(doc.slice(e.span));
    if (m.buf.size() < 2 || m.buf.size() > 100 || IsAgencyName(m.buf) || m.buf == agency) continue;
    // The surface form always counts (a wrong link must not decide alone); a canonical id
    // shares the mention with it and bridges to other surface forms (exonyms, abbreviations).
    const uint64_t surface = NameKey(m.buf, german, vocab);
    const Channel channel = e.type == EntityType::kLoc ? Channel::kPlace : Channel::kEntity;
    const float share = (e.canonical_id.empty() ? 1.0f : 0.5f) *
                        (title.contains(e.span.begin) ? title_weight : 1.0f);
    m.Add(surface, channel, share);
    m.Name(surface, "@", m.buf);
    const uint64_t canonical = e.canonical_id.empty() ? 0 : Hash64(e.canonical_id, kEntitySeed + 1);
    if (canonical) {
      m.Add(canonical, channel, share);
      m.Name(canonical, "@@", e.canonical_id);
    }
    const uint32_t next = static_cast<uint32_t>(m.known_names.size());
    if (m.name_index.insert(surface, next) == next) m.known_names.push_back({canonical, channel});
  }
  for (const Timex& x : doc.timex) {
    // Days only: "2025-10-31" says which event; "2019" or "P2Y" does not.
    if (x.type != TimexType::kDate || x.value.size() != 10 || !x.resolved) continue;
    if (!Date::ParseIso(x.value)) continue;
    m.Add(Hash64(x.value, kDateSeed), Channel::kDate);
    m.Name(Hash64(x.value, kDateSeed), "%", x.value);
  }

  std::sort(m.terms.begin(), m.terms.end(),
            [](const Term& a, const Term& b) { return a.key < b.key; });
  std::vector<Term> out;
  for (const Term& t : m.terms) {
    if (!out.empty() && out.back().key == t.key)
      out.back().weight += t.weight;
    else
      out.push_back(t);
  }
  return out;
}

}  // namespace tri::story

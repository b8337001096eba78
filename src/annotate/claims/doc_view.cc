#include "annotate/claims/doc_view.h"

#include <algorithm>

#include "text/text.h"

namespace tri::claims {
namespace {

std::vector<std::string_view> Words(std::string_view s) {
  std::vector<std::string_view> out;
  size_t pos = 0;
  while (pos < s.size()) {
    size_t end = s.find(' ', pos);
    if (end == std::string_view::npos) end = s.size();
    if (end > pos) out.push_back(s.substr(pos, end - pos));
    pos = end + 1;
  }
  return out;
}

bool IsSymbolKey(std::string_view t) { return t == "%" || t == "$" || t == "€" || t == "£"; }

}  // namespace

bool SamePersonKey(std::string_view a, std::string_view b) {
  if (a.empty() || b.empty()) return false;
  if (a == b) return true;
  auto wa = Words(a), wb = Words(b);
  if (wa.size() > wb.size()) std::swap(wa, wb);
  for (std::string_view w : wa) {
    if (std::find(wb.begin(), wb.end(), w) == wb.end()) return false;
  }
  return true;
}

DocView::DocView(const Document& d, const CueLexicon& lexicon, const Gazetteer& gazetteer)
    : doc(d), lex(lexicon), gaz(gazetteer), lang(LangMaskFor(d.language)) {
  const size_t n = doc.tokens.size();
  keys.resize(n);
  fold.resize(n);
  for (size_t i = 0; i < n; ++i) {
    const Token& t = doc.tokens[i];
    std::string_view s = doc.slice(t.span);
    if (t.kind == TokenKind::kWord || t.kind == TokenKind::kNumber) {
      keys[i] = LexKey(s);
      fold[i] = FoldForMatch(s);
    } else if (IsSymbolKey(s)) {
      keys[i] = std::string(s);
    }
  }
  lex.Match(keys, lang, cues);
  cue_from.assign(n + 1, static_cast<uint32_t>(cues.size()));
  for (size_t c = cues.size(); c-- > 0;) cue_from[cues[c].begin] = static_cast<uint32_t>(c);
  for (size_t i = n; i-- > 0;) cue_from[i] = std::min(cue_from[i], cue_from[i + 1]);

  place_at.assign(n, -1);
  for (uint32_t i = 0; i < n;) {
    std::optional<PlaceHit> hit;
    if (!fold[i].empty() && doc.tokens[i].kind == TokenKind::kWord) hit = gaz.MatchAt(fold, i);
    if (!hit) {
      ++i;
      continue;
    }
    for (uint32_t k = hit->begin; k < hit->end; ++k) place_at[k] = static_cast<int>(places.size());
    places.push_back(*hit);
    i = hit->end;
  }

  sentence_of.assign(n, 0);
  for (uint32_t s = 0; s < doc.sentences.size(); ++s) {
    for (uint32_t k = doc.sentences[s].token_begin; k < doc.sentences[s].token_end && k < n; ++k) {
      sentence_of[k] = s;
    }
  }
  entity_at.assign(n, -1);
  timex_at.assign(n, -1);
  content_at.assign(n, -1);
  frame_at.assign(n, -1);
  for (size_t e = 0; e < doc.entities.size(); ++e) {
    if (doc.entities[e].nested) continue;
    auto [b, end] = TokensOf(doc.entities[e].span);
    for (uint32_t k = b; k < end; ++k) {
      if (entity_at[k] < 0) entity_at[k] = static_cast<int>(e);
    }
  }
  for (size_t t = 0; t < doc.timex.size(); ++t) {
    auto [b, end] = TokensOf(doc.timex[t].span);
    for (uint32_t k = b; k < end; ++k) timex_at[k] = static_cast<int>(t);
  }
  for (size_t q = 0; q < doc.quotes.size(); ++q) {
    const Quote& quote = doc.quotes[q];
    auto [cb, ce] = TokensOf(quote.content.empty() ? quote.span : quote.content);
    for (uint32_t k = cb; k < ce; ++k) {
      // Nested quotes: the innermost (shortest) content wins.
      const int prev = content_at[k];
      if (prev < 0 || doc.quotes[prev].content.size() > quote.content.size()) {
        content_at[k] = static_cast<int>(q);
      }
    }
    auto [fb, fe] = TokensOf(quote.frame.empty() ? quote.span : quote.frame);
    // "Brandt told Wielecki that the checks would be lifted": what follows "that"/"dass" in a
    // frame is what was said, whatever the quotes stage made of it.
    for (uint32_t k = fb; k + 3 < fe; ++k) {
      if ((k < cb || k >= ce) && (keys[k] == "dass" || keys[k] == "that")) {
        fe = k + 1;
        break;
      }
    }
    int words = 0;
    for (uint32_t k = fb; k < fe; ++k) {
      if (k >= cb && k < ce) continue;
      if (frame_at[k] < 0) frame_at[k] = static_cast<int>(q);
      words += !keys[k].empty();
    }
    frame_words.push_back(words);
  }

  // Person keys: each mention maps to the longest name of this document containing its words.
  std::vector<std::string> names(doc.entities.size());
  for (size_t e = 0; e < doc.entities.size(); ++e) {
    const EntityMention& m = doc.entities[e];
    if (m.type != EntityType::kPer) continue;
    std::string name = FoldForMatch(m.canonical.empty() ? doc.slice(m.span) : m.canonical);
    names[e] = std::move(name);
  }
  // Distinct names only (an article names few people many times); capped so a pathological
  // document cannot make this quadratic in its mentions.
  std::vector<std::string> distinct;
  for (const std::string& name : names) {
    if (!name.empty()) distinct.push_back(name);
  }
  std::sort(distinct.begin(), distinct.end());
  distinct.erase(std::unique(distinct.begin(), distinct.end()), distinct.end());
  if (distinct.size() > 400) distinct.resize(400);
  // A genitive ("Trumps", "Kim Jong Uns") is the same person when the bare name occurs too.
  for (std::string& name : names) {
    if (name.size() < 4 || name.back() != 's') continue;
    const std::string bare = name.substr(0, name.size() - 1);
    const bool known = std::any_of(distinct.begin(), distinct.end(), [&](const std::string& d) {
      return d != name && SamePersonKey(bare, d);
    });
    if (known) name = bare;
  }
  for (std::string& d : distinct) {
    if (d.size() >= 4 && d.back() == 's' &&
        std::any_of(names.begin(), names.end(),
                    [&](const std::string& n) { return n == d.substr(0, d.size() - 1); })) {
      d.pop_back();
    }
  }
  std::sort(distinct.begin(), distinct.end());
  distinct.erase(std::unique(distinct.begin(), distinct.end()), distinct.end());
  std::unordered_map<std::string, std::string> longest;
  for (const std::string& a : distinct) {
    std::string best = a;
    for (const std::string& b : distinct) {
      if (b.size() > best.size() && SamePersonKey(a, b)) best = b;
    }
    longest.emplace(a, best);
  }
  person_key.resize(doc.entities.size());
  for (size_t e = 0; e < names.size(); ++e) {
    if (names[e].empty()) continue;
    auto it = longest.find(names[e]);
    person_key[e] = it == longest.end() ? names[e] : it->second;
  }
  for (const std::string& k : person_key) {
    if (!k.empty()) ++person_mentions[k];
  }
  for (const auto& [name, key] : longest) person_keys.push_back(key);
  std::sort(person_keys.begin(), person_keys.end());
  person_keys.erase(std::unique(person_keys.begin(), person_keys.end()), person_keys.end());

  // "Nordkoreas Machthaber Kim", "der nordkoreanische Machthaber Kim", "US-Präsident Trump",
  // "dem Staatschef Nordkoreas, Kim Jong Un": a leader role next to a country, before the name.
  int leader = lex.FindValue("leader");
  for (size_t e = 0; e < doc.entities.size(); ++e) {
    if (person_key[e].empty() || doc.entities[e].nested) continue;
    auto [b, end] = TokensOf(doc.entities[e].span);
    if (b == end) continue;
    const uint32_t lo = b >= 4 ? b - 4 : 0;
    int state = -1;
    for (uint32_t r = lo; r < b && state < 0; ++r) {
      bool is_leader = false;
      ForCues(r, r + 1, [&](const CueMatch& c) {
        if (c.cls == CueClass::kRole && c.value == leader) is_leader = true;
      });
      if (!is_leader) continue;
      if (size_t dash = fold[r].find('-'); dash != std::string::npos) {
        if (auto p = gaz.Find(std::string_view(fold[r]).substr(0, dash))) state = gaz.CountryOf(*p);
      }
      for (uint32_t k = r >= 2 ? r - 2 : 0; k < std::min<uint32_t>(r + 3, b) && state < 0; ++k) {
        if (place_at[k] >= 0) state = gaz.CountryOf(places[place_at[k]].place);
      }
    }
    if (state >= 0) leads_state.emplace(person_key[e], state);
  }

  for (size_t e = 0; e < doc.entities.size(); ++e) {
    if (person_key[e].empty()) continue;
    auto [b, end] = TokensOf(doc.entities[e].span);
    if (b >= n || sentence_of[b] > 1) continue;
    bool speaker = frame_at[b] >= 0;  // named in a reporting frame: a source, not an actor
    for (const Quote& q : doc.quotes)
      speaker = speaker || q.speaker_span.overlaps(doc.entities[e].span);
    if (!speaker &&
        std::find(protagonists.begin(), protagonists.end(), person_key[e]) == protagonists.end()) {
      protagonists.push_back(person_key[e]);
    }
  }
}

std::string_view DocView::text(uint32_t b, uint32_t e) const {
  if (b >= e || e > doc.tokens.size()) return {};
  return doc.slice({doc.tokens[b].span.begin, doc.tokens[e - 1].span.end});
}

bool DocView::IsCapitalized(uint32_t token) const {
  std::string_view s = text(token);
  if (s.empty()) return false;
  const unsigned char c = static_cast<unsigned char>(s[0]);
  if (c < 0x80) return c >= 'A' && c <= 'Z';
  // Non-ASCII initials (Ä, Ö, Ü, É...): upper case when folding changes the first bytes.
  return FoldForMatch(s.substr(0, 2)) != s.substr(0, 2);
}

bool DocView::Has(uint32_t b, uint32_t e, CueClass cls) const {
  bool found = false;
  ForCues(b, e, [&](const CueMatch& c) { found = found || c.cls == cls; });
  return found;
}

bool DocView::IsCue(uint32_t token, CueClass cls) const {
  for (uint32_t c = cue_from[token]; c < cues.size() && cues[c].begin == token; ++c) {
    if (cues[c].cls == cls) return true;
  }
  return false;
}

std::pair<uint32_t, uint32_t> DocView::TokensOf(Span s) const {
  const auto& toks = doc.tokens;
  auto first = std::lower_bound(toks.begin(), toks.end(), s.begin,
                                [](const Token& t, uint32_t off) { return t.span.end <= off; });
  auto last = std::lower_bound(first, toks.end(), s.end,
                               [](const Token& t, uint32_t off) { return t.span.begin < off; });
  return {static_cast<uint32_t>(first - toks.begin()), static_cast<uint32_t>(last - toks.begin())};
}

std::string DocView::PersonName(std::string_view key) const {
  std::string best;
  for (size_t e = 0; e < person_key.size(); ++e) {
    if (person_key[e] != key) continue;
    std::string_view text = doc.slice(doc.entities[e].span);
    if (text.size() > best.size()) best = std::string(text);
  }
  return best;
}

std::string DocView::PersonKeyFor(std::string_view name) const {
  std::string folded = FoldForMatch(name);
  std::string best = folded;
  for (const std::string& k : person_keys) {
    if (k.size() > best.size() && SamePersonKey(folded, k)) best = k;
  }
  return best;
}

}  // namespace tri::claims

#include "annotate/claims/claims.h"

#include <algorithm>

#include "annotate/claims/clauses.h"
#include "annotate/claims/extract.h"
#include "annotate/claims/sourcing.h"

namespace tri {

using namespace claims;  // NOLINT: this file wires the stage's internals together

namespace {

constexpr uint32_t kContextSentences = 2;  // how far back "dafür", "die beiden" may reach

// A reporting frame names speaker, cue and maybe a date ("sagte Chung am Freitag vor
// Journalisten"); one of more words than this is more likely a clause the quotes stage took
// for a frame, and its words stay in the claim.
constexpr int kMaxFrameWords = 12;

Body MakeBody(const DocView& v, const Clause& c) {
  Body b{c.begin, c.end, std::vector<bool>(c.end - c.begin)};
  for (uint32_t k = c.begin; k < c.end; ++k) {
    const int q = v.frame_at[k];
    b.in[k - c.begin] = q < 0 || v.frame_words[q] > kMaxFrameWords;
  }
  return b;
}

// The quote whose content covers at least half of the body's words, or -1.
int CoveringQuote(const DocView& v, const Body& body, int& words) {
  std::vector<std::pair<int, int>> counts;
  words = 0;
  for (uint32_t k = body.begin; k < body.end; ++k) {
    if (!body.Contains(k) || v.keys[k].empty()) continue;
    ++words;
    const int q = v.content_at[k];
    if (q < 0) continue;
    auto it = std::find_if(counts.begin(), counts.end(), [&](auto& p) { return p.first == q; });
    if (it == counts.end())
      counts.emplace_back(q, 1);
    else
      ++it->second;
  }
  int best = -1, best_n = 0;
  for (auto [q, n] : counts) {
    if (n > best_n) best = q, best_n = n;
  }
  return best_n * 2 >= words && words > 0 ? best : -1;
}

// A speaker for a Konjunktiv-I clause the quotes stage left alone: a person in the previous
// clause of the same sentence that has a speech verb ("Chung sagte, ... sei erheblich").
const EntityMention* FallbackSpeaker(const DocView& v, const Clause* prev) {
  if (!prev || !v.Has(prev->begin, prev->end, CueClass::kSpeech)) return nullptr;
  for (uint32_t k = prev->begin; k < prev->end; ++k) {
    const int e = v.entity_at[k];
    if (e >= 0 && v.doc.entities[e].type == EntityType::kPer) return &v.doc.entities[e];
  }
  return nullptr;
}

// Reporting verbs of denial (lemmas of the quotes stage's cue lexicon).
bool DenialCue(std::string_view lemma) {
  for (std::string_view d :
       {"bestreiten", "dementieren", "abstreiten", "zurückweisen", "leugnen", "deny"}) {
    if (lemma == d) return true;
  }
  return false;
}

// A caption in the article's head, before the first body paragraph, is often the outlet's
// teaser under the lead image ("... Ein Treffen ist jedoch eher unwahrscheinlich."): its own
// claims, unlike a video teaser or photo credit further down. Only whole sentences of the
// caption text (without its credit) count.
bool HeadTeaser(const Document& doc, size_t block, Span sentence) {
  for (size_t b = 0; b < block; ++b) {
    if (doc.blocks[b].kind == BlockKind::kParagraph) return false;
  }
  const std::string_view text = doc.slice(doc.blocks[block].span);
  for (const Caption& c : doc.meta.captions) {
    if (c.text.size() < 20 || c.text.back() != '.') continue;
    const size_t pos = text.find(c.text);
    if (pos == std::string_view::npos) continue;
    const uint32_t begin = doc.blocks[block].span.begin + static_cast<uint32_t>(pos);
    return sentence.begin >= begin && sentence.end <= begin + c.text.size();
  }
  return false;
}

void Remember(const DocView& v, const Body& body, const Claim& claim, uint32_t sentence,
              ClaimContext& ctx) {
  for (const ClaimSlot& s : claim.slots) {
    // "wirksam werden", "employ": frames that qualify what the clause is about, not topics
    // a later clause ("Der Betriebsrat lehnt die Pläne ab") can take up.
    if (s.name == "what" && (s.normalized == "effective" || s.normalized == "employ")) continue;
    if (s.name == "what" && s.span.begin >= v.doc.tokens[body.begin].span.begin) {
      ctx.frame = s.normalized;
      ctx.frame_sentence = sentence;
    }
    if (s.name == "event") ctx.event = s, ctx.event_sentence = sentence;
    if (s.name == "place") ctx.place = s, ctx.place_sentence = sentence;
  }
  std::vector<ClaimSlot> participants;
  for (const ClaimSlot& s : claim.slots) {
    if (s.name == "participant") participants.push_back(s);
  }
  if (participants.size() >= 2)
    ctx.meet_participants = std::move(participants), ctx.meet_sentence = sentence;
  for (uint32_t k = body.begin; k < body.end; ++k) {
    if (!body.Contains(k)) continue;
    const int e = v.entity_at[k];
    if (e >= 0 && v.doc.entities[e].type == EntityType::kPer && !v.person_key[e].empty()) {
      auto [b, end] = v.TokensOf(v.doc.entities[e].span);
      if (b != k) continue;
      std::erase_if(ctx.persons,
                    [&](const auto& p) { return SamePersonKey(p.key, v.person_key[e]); });
      ctx.persons.push_back({v.person_key[e], std::string(v.doc.slice(v.doc.entities[e].span)),
                             v.doc.entities[e].span});
      if (ctx.persons.size() > 8) ctx.persons.erase(ctx.persons.begin());
      if (auto it = v.leads_state.find(v.person_key[e]); it != v.leads_state.end())
        ctx.state = it->second;
    }
    const int p = v.place_at[k];
    if (p >= 0 && v.places[p].begin == k &&
        v.gaz.place(v.places[p].place).kind == PlaceKind::kCountry) {
      ctx.state = v.places[p].place;
    }
  }
}

}  // namespace

Result<std::shared_ptr<const ClaimExtractor>> ClaimExtractor::Create(const ClaimOptions& options) {
  std::shared_ptr<ClaimExtractor> x(new ClaimExtractor());
  x->options_ = options;
  TRI_ASSIGN_OR_RETURN(x->lexicon_, CueLexicon::Embedded());
  TRI_ASSIGN_OR_RETURN(x->gazetteer_, Gazetteer::Embedded());
  return std::shared_ptr<const ClaimExtractor>(std::move(x));
}

void ClaimExtractor::Annotate(Document& doc) const {
  doc.claims.clear();
  const DocView v(doc, *lexicon_, *gazetteer_);
  ClaimContext ctx;
  for (uint32_t s = 0; s < doc.sentences.size(); ++s) {
    // Date lines, credits, captions and widget text ("Artikel anhören") put nothing forward.
    const Block* block = BlockAt(doc, doc.sentences[s].span.begin);
    if (block != nullptr &&
        (block->kind == BlockKind::kByline ||
         (block->kind == BlockKind::kOther &&
          !HeadTeaser(doc, size_t(block - doc.blocks.data()), doc.sentences[s].span)))) {
      continue;
    }
    const std::vector<Clause> clauses = SplitClauses(v, s, options_.max_clause_tokens);
    for (size_t ci = 0; ci < clauses.size(); ++ci) {
      const Clause& c = clauses[ci];
      const Body body = MakeBody(v, c);
      int words = 0;
      const int q = CoveringQuote(v, body, words);
      Claim claim;
      if (c.question || words < 2 || doc.claims.size() >= options_.max_claims) {
        Remember(v, body, claim, s, ctx);
        continue;
      }
      claim.span = SpanOf(v, c.begin, c.end);
      std::string speaker_key;
      if (q >= 0) {
        const Quote& quote = doc.quotes[q];
        claim.quote = q;
        claim.source = quote.speaker;
        claim.source_kind = quote.source_kind;
        if (quote.source_kind == SourceKind::kNamed) speaker_key = v.PersonKeyFor(quote.speaker);
      } else if (v.Has(c.begin, c.end, CueClass::kKon1)) {
        if (const EntityMention* m = FallbackSpeaker(v, ci > 0 ? &clauses[ci - 1] : nullptr)) {
          claim.source = std::string(doc.slice(m->span));
          claim.source_kind = SourceKind::kNamed;
          speaker_key = v.PersonKeyFor(claim.source);
        }
      }
      ModalityReading mod = ReadModality(v, body, !claim.source.empty() || q >= 0);
      // "Die Regierung bestreitet, von dem Plan gewusst zu haben": the source puts forward the
      // opposite of the reported clause. Not for direct quotes, whose words are the speaker's own.
      if (q >= 0 && doc.quotes[q].kind != QuoteKind::kDirect && DenialCue(doc.quotes[q].cue)) {
        mod.negated = !mod.negated;
        if (mod.modality == Modality::kReported || mod.modality == Modality::kNegated) {
          mod.modality = mod.negated ? Modality::kNegated : Modality::kReported;
        }
        if (!doc.quotes[q].cue_span.empty()) mod.hedges.push_back(doc.quotes[q].cue_span);
      }
      // "Officials said it was unlikely that ...", "X reportedly said": a hedge in the
      // reporting frame qualifies what was said.
      if (q >= 0 && !doc.quotes[q].frame.empty() &&
          (mod.modality == Modality::kReported || mod.modality == Modality::kNegated)) {
        auto [fb, fe] = v.TokensOf(doc.quotes[q].frame);
        v.ForCues(fb, fe, [&](const CueMatch& m) {
          if (m.cls != CueClass::kHedge && m.cls != CueClass::kLik) return;
          mod.modality = Modality::kHedged;
          mod.hedges.push_back(SpanOf(v, m.begin, m.end));
        });
      }
      claim.modality = mod.modality;
      claim.negated = mod.negated;
      claim.hedges = mod.hedges;

      auto& slots = claim.slots;
      FindPeople(v, body, slots);
      FindFrames(v, body, slots);
      FindPlaces(v, body, slots);
      FindDates(v, body, slots);
      FindNumbers(v, body, slots);
      const LikelihoodReading lik = ReadLikelihood(v, body);
      const bool relative = c.kind == ClauseKind::kRelative || c.kind == ClauseKind::kRelativePlace;
      const bool recent_frame = !ctx.frame.empty() && ctx.frame_sentence + kContextSentences >= s;
      // "..., der in der Hauptstadt stattfinden wird": a relative clause right after a named
      // event is about that event.
      if (!FindSlot(slots, "event") && relative && ctx.event_sentence == s &&
          !ctx.event.name.empty()) {
        slots.push_back(ctx.event);
        if (!FindSlot(slots, "what")) slots.push_back({"what", "", "event", {}});
      }
      // Stance: in what was said, else in the reporting frame itself ("Zugleich signalisierte
      // das Regime Gesprächsbereitschaft", "X begrüßte die Ankündigung"): the speaker's own.
      // Wanting needs its object in the clause ("will Kim treffen"); a condition ("wenn er
      // möchte") states no stance at all.
      const bool local_frame = FindSlot(slots, "what") != nullptr;
      const bool conditional =
          c.kind == ClauseKind::kSubordinate &&
          (v.keys[c.begin] == "wenn" || v.keys[c.begin] == "falls" || v.keys[c.begin] == "if" ||
           v.keys[c.begin] == "ob" || v.keys[c.begin] == "whether");
      const bool frame_known = local_frame;
      StanceReading stance = conditional ? StanceReading{} : ReadStance(v, body, frame_known);
      Body stance_body = body;
      if (stance.value.empty()) {
        Body frame{c.begin, c.end, std::vector<bool>(c.end - c.begin)};
        bool any = false;
        for (uint32_t k = c.begin; k < c.end; ++k)
          any |= frame.in[k - c.begin] = v.frame_at[k] >= 0;
        if (any && !conditional) {
          stance = ReadStance(v, frame, frame_known);
          if (!stance.value.empty()) stance_body = std::move(frame);
        }
      }
      // "die Chancen dafür stehen gut", "Trump wäre nicht abgeneigt", relative clauses: the
      // clause talks about the frame of what came just before.
      if (!FindSlot(slots, "what") && recent_frame &&
          (!lik.level.empty() || !stance.value.empty() || relative)) {
        slots.push_back({"what", "", ctx.frame, {}});
      }
      if (!FindSlot(slots, "place") && c.kind == ClauseKind::kRelativePlace &&
          ctx.place_sentence == s && !ctx.place.name.empty()) {
        slots.push_back(ctx.place);
      }
      if (!lik.level.empty()) {
        slots.push_back({"likelihood", std::string(doc.slice(lik.span)), lik.level, lik.span});
        slots.push_back({"likelihood_of", "", lik.of, {}});
      }
      ClaimSlot holder;
      std::string holder_person;
      if (!stance.value.empty()) {
        slots.push_back({"stance", std::string(doc.slice(stance.span)), stance.value, stance.span});
        holder = FindHolder(v, stance_body, ctx, speaker_key, &holder_person);
        if (!holder.name.empty()) slots.push_back(holder);
      }
      const ClaimSlot* what = FindSlot(slots, "what");
      if (what && what->normalized == "meet") {
        FindParticipants(v, body, ctx, speaker_key, holder_person, holder.span, slots);
      }
      if (q >= 0) {  // when the statement was made: a date in the reporting frame
        auto [fb, fe] =
            v.TokensOf(doc.quotes[q].frame.empty() ? doc.quotes[q].span : doc.quotes[q].frame);
        for (uint32_t k = fb; k < fe; ++k) {
          const int x = v.timex_at[k];
          if (x >= 0 && v.frame_at[k] == q && doc.timex[x].type == TimexType::kDate) {
            slots.push_back({"statement_date", std::string(doc.slice(doc.timex[x].span)),
                             doc.timex[x].value, doc.timex[x].span});
            break;
          }
        }
      }
      v.ForCues(c.begin, c.end, [&](const CueMatch& m) {
        if (m.cls == CueClass::kUpdate && !FindSlot(slots, "update")) {
          slots.push_back(
              {"update", std::string(v.text(m.begin, m.end)), "update", SpanOf(v, m.begin, m.end)});
        }
      });
      Remember(v, body, claim, s, ctx);
      if (!c.has_verb && slots.empty() && words < 4) continue;  // "Wetter, Sport, Kultur"
      claim.id = doc.id + ":c" + std::to_string(doc.claims.size());
      doc.claims.push_back(std::move(claim));
    }
  }
  doc.sourcing = SummarizeSourcing(v, doc.claims);
}

}  // namespace tri

// Publication-date inference for undated documents.
//
// Rules (documented in data/time/README.md):
// 1. Hard bounds from the article's absolute dates: a date in a past-tense clause (or in a
//    photo/video caption or credit, which is evidence only) is a lower bound; a date in a
//    future-tense clause is an upper bound.
// 2. Candidates: every day in a window around the dated articles of the same story (+-60 days)
//    or, without them, up to a year after the lower bound, cut by the hard bounds.
// 3. Each candidate day is scored by how many of the article's anchor-relative expressions,
//    resolved against it, land on a period named elsewhere: an absolute date of the article
//    ("kommende Woche" containing "31. Oktober") or a resolved expression or publication date of
//    a dated article of the story. The interval is the span of the best-scoring days.
// 4. Re-resolution: anchor-relative expressions that were unresolved are resolved against the
//    interval's ends; equal values are kept as resolved, differing ones take the value at the
//    most likely day, stay resolved=false and get mod APPROX.
#include <algorithm>
#include <cstdlib>
#include <unordered_map>

#include "annotate/time/calendar.h"
#include "annotate/time/evidence.h"
#include "annotate/time/lexicon.h"
#include "annotate/time/time.h"

namespace tri {
namespace {

using timex::TimexEvidence;

struct Period {
  Date first, last;
  std::string label;  // for reasons: "'31. Oktober' (2025-10-31)"
};

int64_t Days(const Date& d) { return d.ToDays(); }

// Two periods of at most a month name the same time: equal, or one inside the other when the
// outer one is at most a week long ("kommende Woche" holding "31. Oktober"). A day inside a
// month says nothing: almost any candidate puts "Freitag" somewhere in "Mitte Dezember".
bool SamePeriod(const Date& a1, const Date& a2, const Date& b1, const Date& b2) {
  const int64_t la = Days(a2) - Days(a1), lb = Days(b2) - Days(b1);
  if (la > 31 || lb > 31) return false;
  if (a1 == b1 && a2 == b2) return true;
  const bool a_in_b = Days(b1) <= Days(a1) && Days(a2) <= Days(b2);
  const bool b_in_a = Days(a1) <= Days(b1) && Days(b2) <= Days(a2);
  return (a_in_b && lb <= 6) || (b_in_a && la <= 6);
}

std::string Quoted(const Document& doc, const Timex& t) {
  return "'" + std::string(doc.slice(t.span)) + "'";
}

struct Inference {
  bool ok = false;
  Date earliest, latest, best;
  std::string reason;
};

Inference InferOne(const Document& doc, const std::vector<TimexEvidence>& evidence,
                   const std::vector<Period>& story_periods, const std::vector<Date>& story_dates) {
  Inference out;
  std::optional<Date> lower, upper;
  std::string lower_why, upper_why, caption_note;
  std::vector<Period> own;
  for (const TimexEvidence& e : evidence) {
    const Timex& t = doc.timex[e.index];
    if (!e.has_interval) continue;
    const int64_t len = Days(e.last) - Days(e.first);
    if (len <= 31 && !e.caption)
      own.push_back({e.first, e.last, Quoted(doc, t) + " (" + t.value + ")"});
    if (e.caption) {
      if (!lower || *lower < e.first)
        lower = e.first, lower_why = Quoted(doc, t) + " in a caption/credit";
      caption_note = "the caption date " + Quoted(doc, t) + " is a lower bound only";
    } else if (e.tense == timex::Tense::kPast) {
      if (!lower || *lower < e.first) lower = e.first, lower_why = Quoted(doc, t) + " (past tense)";
    } else if (e.tense == timex::Tense::kFuture) {
      if (!upper || e.last < *upper) upper = e.last, upper_why = Quoted(doc, t) + " (future tense)";
    }
  }
  // The candidate window.
  Date lo, hi;
  std::string window_why;
  if (!story_dates.empty()) {
    const auto [mn, mx] = std::minmax_element(story_dates.begin(), story_dates.end());
    lo = mn->AddDays(-60);
    hi = mx->AddDays(60);
    window_why = "within 60 days of the story's dated articles (" + mn->ToIso() +
                 (*mn == *mx ? "" : " to " + mx->ToIso()) + ")";
  } else if (lower) {
    lo = *lower;
    hi = lower->AddDays(365);
    window_why = "within a year after the latest earlier date, no dated article in the story";
  } else {
    return out;  // nothing to go on
  }
  if (lower && lo < *lower) lo = *lower;
  if (upper && *upper < hi) hi = *upper;
  if (hi < lo) {  // the bounds contradict the story window: trust the article's own dates
    lo = lower ? *lower : lo;
    hi = upper ? *upper : lo.AddDays(365);
    if (hi < lo) hi = lo;
  }
  // Score each day.
  const int64_t n = std::min<int64_t>(Days(hi) - Days(lo) + 1, 2000);
  std::vector<int> score(n, 0);
  std::vector<std::vector<std::string>> why(n);
  struct Resolved {
    const TimexEvidence* e;
    std::string value;
    Date first, last;
    bool calendar;  // a year-less date ("31. Oktober"): a target for the others
  };
  std::vector<Resolved> resolved;
  for (int64_t k = 0; k < n; ++k) {
    const Date c = lo.AddDays(k);
    resolved.clear();
    for (const TimexEvidence& e : evidence) {
      if (!e.relative || e.caption) continue;
      Resolved r{&e,
                 timex::ResolveAgainst(*e.relative, c).value,
                 {},
                 {},
                 e.relative->kind == timex::SemKind::kCalendar && e.relative->day != 0};
      if (timex::ValueInterval(r.value, r.first, r.last)) resolved.push_back(std::move(r));
    }
    for (const Resolved& r : resolved) {
      const Timex& t = doc.timex[r.e->index];
      const Date f = r.first, l = r.last;
      bool hit_own = false, hit_story = false;
      std::string hit;
      for (const Period& p : own) {
        if (SamePeriod(f, l, p.first, p.last)) hit_own = true, hit = p.label;
      }
      for (const Resolved& o : resolved) {
        if (&o == &r || !o.calendar || r.calendar) continue;
        if (SamePeriod(f, l, o.first, o.last)) {
          hit_own = true;
          hit = Quoted(doc, doc.timex[o.e->index]) + " (" + o.value + ")";
        }
      }
      for (const Period& p : story_periods) {
        if (SamePeriod(f, l, p.first, p.last)) {
          hit_story = true;
          if (hit.empty()) hit = p.label;
        }
      }
      if (hit_own || hit_story) {
        score[k] += 2 * hit_own + hit_story;  // the article's own dates weigh more
        why[k].push_back(Quoted(doc, t) + " = " + r.value + " matches " + hit);
      }
    }
  }
  const int best_score = *std::max_element(score.begin(), score.end());
  // The most likely day: best score, then closest to the story's first dated article, else
  // the earliest possible day (an article usually follows what it reports soon).
  int64_t best = -1;
  for (int64_t k = 0; k < n; ++k) {
    if (score[k] != best_score) continue;
    if (best < 0) {
      best = k;
      continue;
    }
    if (!story_dates.empty()) {
      const int64_t ref = Days(*std::min_element(story_dates.begin(), story_dates.end()));
      if (std::llabs(Days(lo) + k - ref) < std::llabs(Days(lo) + best - ref)) best = k;
    }
  }
  // The contiguous run of best days around it.
  int64_t a = best, b = best;
  while (a > 0 && score[a - 1] == best_score) --a;
  while (b + 1 < n && score[b + 1] == best_score) ++b;
  out.ok = true;
  out.earliest = lo.AddDays(a);
  out.latest = lo.AddDays(b);
  out.best = lo.AddDays(best);
  std::string reason;
  if (best_score > 0) {
    reason = "relative expressions agree with named dates when published " + out.earliest.ToIso() +
             (a == b ? "" : " to " + out.latest.ToIso()) + ": ";
    for (size_t w = 0; w < why[best].size(); ++w) reason += (w ? "; " : "") + why[best][w];
    reason += ".";
  } else {
    reason = "no relative expression pins the day; window " + window_why + ".";
  }
  if (lower) reason += " Not before " + lower->ToIso() + ": " + lower_why + ".";
  if (upper) reason += " Not after " + upper->ToIso() + ": " + upper_why + ".";
  if (!caption_note.empty()) reason += " Note: " + caption_note + ".";
  if (best_score > 0 && !story_dates.empty()) reason += " Story window: " + window_why + ".";
  out.reason = reason;
  return out;
}

// Re-resolves the unresolved anchor-relative expressions against the inferred interval.
void Reresolve(Document& doc, const Inference& inf) {
  for (Timex& t : doc.timex) {
    if (t.resolved || t.relative_form.empty()) continue;
    const std::optional<timex::Sem> sem = timex::Decode(t.relative_form);
    if (!sem) continue;
    const timex::Resolution e = timex::ResolveAgainst(*sem, inf.earliest);
    const timex::Resolution l = timex::ResolveAgainst(*sem, inf.latest);
    if (e.value == l.value) {
      t.value = e.value;
      t.resolved = e.resolved;
    } else {
      t.value = timex::ResolveAgainst(*sem, inf.best).value;
      t.resolved = false;
      if (t.mod.empty()) t.mod = "APPROX";
    }
  }
}

}  // namespace

void InferPublicationDates(std::vector<Document>& docs, const std::vector<Story>& stories) {
  bool any = false;
  for (const Document& d : docs) any = any || !d.meta.published;
  if (!any) return;
  auto lexicon = timex::Lexicon::Default();
  if (!lexicon.ok()) return;
  std::unordered_map<std::string, size_t> by_id;
  for (size_t i = 0; i < docs.size(); ++i) by_id[docs[i].id] = i;
  std::unordered_map<size_t, const Story*> story_of;
  for (const Story& s : stories) {
    for (const std::string& id : s.documents) {
      auto it = by_id.find(id);
      if (it != by_id.end()) story_of[it->second] = &s;
    }
  }
  for (size_t i = 0; i < docs.size(); ++i) {
    Document& doc = docs[i];
    if (doc.meta.published) continue;
    std::vector<Period> story_periods;
    std::vector<Date> story_dates;
    if (auto it = story_of.find(i); it != story_of.end()) {
      for (const std::string& id : it->second->documents) {
        auto d = by_id.find(id);
        if (d == by_id.end() || d->second == i || !docs[d->second].meta.published) continue;
        const Document& other = docs[d->second];
        const Date pub = other.meta.published->date;
        story_dates.push_back(pub);
        for (const Timex& t : other.timex) {
          Date f, l;
          if (!t.resolved || t.type == TimexType::kDuration || t.type == TimexType::kSet) continue;
          if (!timex::ValueInterval(t.value, f, l) || Days(l) - Days(f) > 31) continue;
          story_periods.push_back(
              {f, l,
               "'" + std::string(other.slice(t.span)) + "' (" + t.value + ") in " + other.id});
        }
      }
    }
    const std::vector<TimexEvidence> evidence = timex::CollectEvidence(doc, *lexicon);
    const Inference inf = InferOne(doc, evidence, story_periods, story_dates);
    if (!inf.ok) continue;
    doc.published_inferred = InferredDate{inf.earliest, inf.latest, inf.reason};
    Reresolve(doc, inf);
  }
}

}  // namespace tri

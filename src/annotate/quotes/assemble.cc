// Assemble: ties the frames of all units to the quote-mark regions (a frame's message that is a
// quotation makes a direct quote, quotations inside an indirect message make it mixed),
// attributes quotations without a frame of their own (a colon at the end of the previous
// sentence, a headline "X: „…“", a speaker who just spoke), and carries a speaker on to
// following sentences in Konjunktiv I ("Er sagte, ... . Man sei bereit ...").
#include <algorithm>

#include "annotate/quotes/assemble_util.h"
#include "annotate/quotes/frame_util.h"

namespace tri::quotes {

bool SameOrNextBlock(const DocView& v, uint32_t u_prev, uint32_t u_next) {
  const int32_t a = v.units[u_prev].block, b = v.units[u_next].block;
  return a == b || b == a + 1;
}

namespace {

// Strips separators at the ends of a message before comparing it with a quote region.
Range Trimmed(const DocView& v, Range r) {
  while (r.b < r.e && IsSeparator(v.toks[r.b])) ++r.b;
  while (r.e > r.b && (IsSeparator(v.toks[r.e - 1]) || (v.toks[r.e - 1].flags & kEnd))) --r.e;
  return r;
}

}  // namespace

// Fits a frame's message to the quotations it touches.
void FitToRegions(const DocView& v, const QuoteContext& q, Attribution& a,
                  std::vector<char>& used) {
  if (a.message.empty()) return;
  if (int32_t r = q.region_of[a.message.b]; r >= 0 && a.post && q.regions[r].open < a.message.b) {
    a.message.b = q.regions[r].open;  // "„… . …“, sagte er." across sentences
  }
  if (int32_t r = q.region_of[a.message.e - 1];
      r >= 0 && !a.post && q.regions[r].close + 1 > a.message.e) {
    a.message.e = q.regions[r].close + 1;  // "Er sagte: „… . …“"
  }
  const Range t = Trimmed(v, a.message);
  for (uint32_t i = t.b; i < t.e;) {
    const int32_t r = q.region_of[i];
    if (r < 0) {
      ++i;
      continue;
    }
    const QuoteRegion& reg = q.regions[r];
    used[r] = 1;
    if (reg.open == t.b && reg.close + 1 >= t.e && a.form != QuoteForm::kReported &&
        a.form != QuoteForm::kIndirectFreeIndirect) {
      a.form = QuoteForm::kDirect;
      a.message = {reg.open, std::max(reg.close + 1, t.e)};
      a.fragments.clear();
      return;
    }
    a.fragments.push_back({reg.open, reg.close + 1});
    i = reg.close + 1;
  }
}

uint32_t FirstContentToken(const DocView& v, const Unit& u) {
  uint32_t t = u.tb;
  while (t < u.te && (v.toks[t].flags & kDash)) ++t;
  return t;
}

std::vector<Attribution> Assemble(const DocView& v, const QuoteContext& q,
                                  const AssembleOptions& options) {
  std::vector<Attribution> all;
  std::vector<char> unit_framed(v.units.size(), 0);
  for (uint32_t u = 0; u < v.units.size(); ++u) {
    std::vector<Attribution> f =
        v.lang == Lang::kEnglish ? FindFramesEnglish(v, q, u) : FindFramesGerman(v, q, u);
    unit_framed[u] = !f.empty();
    for (Attribution& a : f) all.push_back(std::move(a));
  }
  std::vector<char> used(q.regions.size(), 0);
  for (Attribution& a : all) {
    if (a.open_colon && a.unit + 1 < v.units.size()) {
      const uint32_t t = FirstContentToken(v, v.units[a.unit + 1]);
      const int32_t r = t < v.toks.size() ? q.region_of[t] : -1;
      if (r >= 0 && q.regions[r].open == t) {
        a.message = {t, q.regions[r].close + 1};
        a.form = QuoteForm::kDirect;
        a.open_colon = false;
        a.from_colon = true;
      }
    }
    FitToRegions(v, q, a, used);
  }
  // A quotation after "X warnte:" that has a frame of its own ("„…“, sagte Y") is Y's.
  for (Attribution& a : all) {
    if (!a.from_colon) continue;
    for (const Attribution& o : all) {
      if (&o != &a && !o.from_colon && o.message.b == a.message.b && o.message.e == a.message.e) {
        a.message = {};
      }
    }
  }
  std::erase_if(all, [&](const Attribution& a) {
    return a.message.empty() || (!options.reported_speech && a.form == QuoteForm::kReported);
  });

  AttributeUnframed(v, q, options, unit_framed, used, all);
  std::stable_sort(all.begin(), all.end(), [](const Attribution& x, const Attribution& y) {
    return x.message.b < y.message.b;
  });
  AddContinuations(v, q, options, unit_framed, all);
  std::stable_sort(all.begin(), all.end(), [](const Attribution& x, const Attribution& y) {
    return x.message.b < y.message.b;
  });
  return all;
}

}  // namespace tri::quotes

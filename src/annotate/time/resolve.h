// Resolver: turns Sems into TIMEX3 values in document order. It keeps the reference date
// (the last explicitly resolved date, HeidelTime's "reference time") for anaphora and, in the
// narrative domain, for year-less dates; and the day last named in the current sentence, which
// a bare clock time ("um 14 Uhr") belongs to. One Resolver per document; not shared.
#pragma once

#include <optional>
#include <string>

#include "annotate/time/sem.h"
#include "annotate/time/time.h"
#include "core/datetime.h"

namespace tri::timex {

enum class Tense : uint8_t { kUnknown, kPast, kFuture };

struct Resolution {
  std::string value;
  bool resolved = true;
  std::string mod;
  // Set when the value was computed from the anchor alone: the Sem (with its direction fixed)
  // for Timex::relative_form.
  std::string relative_form;
};

class Resolver {
 public:
  // `relative_forms`: whether Resolution::relative_form is filled in (callers that will not
  // re-resolve, such as dated documents, skip encoding it).
  Resolver(TimeDomain domain, std::optional<Date> anchor, bool relative_forms = true)
      : domain_(domain), anchor_(anchor), relative_forms_(relative_forms) {}

  // `update_reference`: whether the value becomes the new reference date (not for asides such
  // as "bis 1881", "(1890-1970)" or the end of a range).
  Resolution Resolve(const Sem& sem, Tense tense, bool update_reference = true);
  void StartSentence() { sentence_day_.reset(); }

  // The reference date: the last date mentioned outside asides.
  struct RefDate {
    int year = 0;
    bool bc = false;
    int month = 0;             // 0: year granularity
    int day = 0;               // 0: month granularity
    bool from_anchor = false;  // derived from the anchor (re-resolution cannot replay it)
  };
  const std::optional<RefDate>& reference() const { return ref_; }
  // Narratives go back to a section's date at each sub-heading.
  void set_reference(const std::optional<RefDate>& ref) { ref_ = ref; }

 private:
  // The date a relative expression with this base counts from; nullopt when there is none.
  std::optional<RefDate> BaseDate(Base base) const;
  Resolution ResolveCalendar(Sem s, Tense tense, bool& used_anchor, bool& from_ref_anchor);
  Resolution ResolveOffset(const Sem& s, bool& used_anchor, bool& from_ref_anchor);
  Resolution ResolveWeekday(const Sem& s, Tense tense, bool& used_anchor,
                            bool& from_ref_anchor);
  void FillTimeDate(Sem& s, bool& used_anchor, bool& from_ref_anchor);
  void Remember(const Sem& filled, bool from_anchor);

  TimeDomain domain_;
  std::optional<Date> anchor_;
  std::optional<RefDate> ref_;
  std::optional<RefDate> sentence_day_;
  bool update_reference_ = true;
  bool relative_forms_ = true;
};

// Resolves one anchor-relative Sem (decoded from Timex::relative_form) against `anchor`.
Resolution ResolveAgainst(const Sem& sem, const Date& anchor);

}  // namespace tri::timex

#include "annotate/time/time.h"

#include <gtest/gtest.h>

#include <chrono>

#include "text/text.h"

namespace tri {
namespace {

class TimeTaggerTest : public ::testing::Test {
 protected:
  void SetUp() override {
    auto t = TimeTagger::Create({});
    ASSERT_TRUE(t.ok()) << t.status().ToString();
    tagger_ = *t;
  }

  Document Tag(std::string_view text, std::string_view lang, std::optional<std::string> anchor) {
    Document doc;
    doc.text = std::string(text);
    AnalyzeText(doc);
    doc.language = std::string(lang);
    std::optional<DateTime> a;
    if (anchor) a = DateTime::ParseIso(*anchor);
    tagger_->Annotate(doc, a);
    return doc;
  }

  // The Timex covering `expr` (first occurrence) or nullptr.
  static const Timex* Find(const Document& doc, std::string_view expr) {
    const size_t b = doc.text.find(expr);
    if (b == std::string::npos) return nullptr;
    const Span want{static_cast<uint32_t>(b), static_cast<uint32_t>(b + expr.size())};
    for (const Timex& t : doc.timex) {
      if (t.span.overlaps(want)) return &t;
    }
    return nullptr;
  }

  std::shared_ptr<const TimeTagger> tagger_;
};

TEST_F(TimeTaggerTest, ExplicitNewsFormats) {
  const Document doc =
      Tag("Stand: 27.10.2025, 14:11 Uhr. Am 27. Oktober 2025 und am 2025-10-20 "
          "wurde verhandelt; der Bericht kam um 9:45 Uhr.",
          "de", "2025-10-27");
  const Timex* t = Find(doc, "27.10.2025, 14:11 Uhr");
  ASSERT_NE(t, nullptr);
  EXPECT_EQ(t->type, TimexType::kTime);
  EXPECT_EQ(t->value, "2025-10-27T14:11");
  EXPECT_EQ(doc.slice(t->span), "27.10.2025, 14:11 Uhr");
  ASSERT_NE(Find(doc, "27. Oktober 2025"), nullptr);
  EXPECT_EQ(Find(doc, "27. Oktober 2025")->value, "2025-10-27");
  EXPECT_EQ(Find(doc, "2025-10-20")->value, "2025-10-20");
  EXPECT_EQ(Find(doc, "9:45 Uhr")->value, "2025-10-20T09:45");  // the day named before it
}

TEST_F(TimeTaggerTest, WeekdayDirectionFollowsTense) {
  // 2025-10-27 is a Monday.
  Document doc = Tag("Der Minister sagte am Freitag, ein Treffen sei möglich.", "de", "2025-10-27");
  ASSERT_NE(Find(doc, "Freitag"), nullptr);
  EXPECT_EQ(Find(doc, "Freitag")->value, "2025-10-24");
  doc = Tag("Dort soll es am Donnerstag zu einem Treffen kommen.", "de", "2025-10-27");
  EXPECT_EQ(Find(doc, "Donnerstag")->value, "2025-10-30");
  doc = Tag("Die Regierung wird am Donnerstag entscheiden.", "de", "2025-10-27");
  EXPECT_EQ(Find(doc, "Donnerstag")->value, "2025-10-30");
  doc = Tag("The minister said on Friday that talks were possible.", "en", "2025-10-27");
  EXPECT_EQ(Find(doc, "Friday")->value, "2025-10-24");
  doc = Tag("Takaichi war am vergangenen Dienstag ernannt worden.", "de", "2025-10-27");
  EXPECT_EQ(Find(doc, "vergangenen Dienstag")->value, "2025-10-21");
  // Weak preterite without a lexicon entry, and "seit" with a present-tense verb.
  doc = Tag("Bei einer Prüfung am Freitag entdeckten Ingenieure Risse.", "de", "2025-10-27");
  EXPECT_EQ(Find(doc, "Freitag")->value, "2025-10-24");
  doc = Tag("Viele Pendler stehen seit Donnerstag im Stau.", "de", "2025-10-27");
  EXPECT_EQ(Find(doc, "Donnerstag")->value, "2025-10-23");
  // A participial adjective is not a past-tense verb.
  doc = Tag("Die gesperrte Brücke wird am Freitag geprüft.", "de", "2025-10-27");
  EXPECT_EQ(Find(doc, "Freitag")->value, "2025-10-31");
}

TEST_F(TimeTaggerTest, RelativeExpressions) {
  const Document doc =
      Tag("Ein Treffen ist kommende Woche möglich. Kim sagte im vergangenen Monat, er hoffe auf "
          "ein Treffen noch in diesem Jahr. Für Montagabend ist ein Empfang geplant. Gestern "
          "wurde verhandelt, vor zwei Wochen noch nicht. Ab dem 31. Oktober tagt der Gipfel.",
          "de", "2025-10-24");
  EXPECT_EQ(Find(doc, "kommende Woche")->value, "2025-W44");
  EXPECT_EQ(Find(doc, "vergangenen Monat")->value, "2025-09");
  EXPECT_EQ(Find(doc, "diesem Jahr")->value, "2025");
  EXPECT_EQ(Find(doc, "Montagabend")->value, "2025-10-27TEV");
  EXPECT_EQ(Find(doc, "Gestern")->value, "2025-10-23");
  EXPECT_EQ(Find(doc, "vor zwei Wochen")->value, "2025-W41");
  EXPECT_EQ(Find(doc, "31. Oktober")->value, "2025-10-31");
}

TEST_F(TimeTaggerTest, DurationsSetsAndRanges) {
  const Document doc =
      Tag("Die Opposition fordert seit zwei Jahren Neuwahlen. Der Markt ist "
          "jeden Montag offen. In Trumps erster Amtszeit (2017-2021) gab es Treffen.",
          "de", "2025-10-27");
  const Timex* d = Find(doc, "zwei Jahren");
  ASSERT_NE(d, nullptr);
  EXPECT_EQ(d->type, TimexType::kDuration);
  EXPECT_EQ(d->value, "P2Y");
  const Timex* s = Find(doc, "jeden Montag");
  ASSERT_NE(s, nullptr);
  EXPECT_EQ(s->type, TimexType::kSet);
  EXPECT_EQ(s->value, "XXXX-WXX-1");
  const Timex* r = Find(doc, "2017-2021");
  ASSERT_NE(r, nullptr);
  EXPECT_EQ(r->value, "2017");
  EXPECT_EQ(r->range_end, "2021");
  EXPECT_EQ(doc.slice(r->range_end_span), "2021");
}

TEST_F(TimeTaggerTest, WithoutAnchorValuesArePartialAndReplayable) {
  const Document doc =
      Tag("Die Gespräche sollen am Donnerstag weitergehen, ab dem 31. Oktober "
          "und kommende Woche.",
          "de", std::nullopt);
  const Timex* t = Find(doc, "Donnerstag");
  ASSERT_NE(t, nullptr);
  EXPECT_EQ(t->value, "XXXX-WXX-4");
  EXPECT_FALSE(t->resolved);
  EXPECT_FALSE(t->relative_form.empty());
  EXPECT_EQ(Find(doc, "31. Oktober")->value, "XXXX-10-31");
  EXPECT_EQ(Find(doc, "kommende Woche")->value, "XXXX-WXX");
  EXPECT_FALSE(Find(doc, "kommende Woche")->resolved);
}

TEST_F(TimeTaggerTest, SlashDatesFollowTheDocumentLanguage) {
  EXPECT_EQ(
      Find(Tag("Das Schreiben vom 03/04/2025 liegt vor.", "de", "2025-10-27"), "03/04/2025")->value,
      "2025-04-03");
  EXPECT_EQ(Find(Tag("The letter of 03/04/2025 arrived.", "en", "2025-10-27"), "03/04/2025")->value,
            "2025-03-04");
}

TEST_F(TimeTaggerTest, ImpossibleDatesAreUnresolved) {
  Document doc = Tag("Der Termin am 31.02.2025 existiert nicht.", "de", "2025-10-27");
  const Timex* t = Find(doc, "31.02.2025");
  ASSERT_NE(t, nullptr);
  EXPECT_FALSE(t->resolved);
  EXPECT_EQ(t->value, "2025-02");
  doc = Tag("Im Jahr 0 und im Jahr 99999 geschah nichts.", "de", "2025-10-27");
  for (const Timex& x : doc.timex) EXPECT_FALSE(x.resolved) << x.value;
  doc = Tag("Am 27.10.99999 war es soweit.", "de", "2025-10-27");
  for (const Timex& x : doc.timex) EXPECT_FALSE(x.resolved) << x.value;
}

TEST_F(TimeTaggerTest, HugeDigitRunIsBoundedAndTagsNothing) {
  std::string digits(1 << 20, '7');
  const auto start = std::chrono::steady_clock::now();
  const Document doc = Tag(digits, "de", "2025-10-27");
  const double seconds =
      std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  EXPECT_TRUE(doc.timex.empty());
  EXPECT_LT(seconds, 5.0);  // generous: a bound, not a speed figure
  std::string dotted;
  for (int i = 0; i < 100000; ++i) dotted += "1.";
  const Document doc2 = Tag(dotted, "de", "2025-10-27");
  for (const Timex& x : doc2.timex) EXPECT_LE(x.span.end, dotted.size());
}

TEST_F(TimeTaggerTest, NarrativeDomainUsesTheReferenceDate) {
  auto narrative = TimeTagger::Create({.domain = TimeDomain::kNarrative});
  ASSERT_TRUE(narrative.ok());
  Document doc;
  doc.text =
      "Am 1. September 1939 begann der Krieg. Zwei Tage später, am 3. September, folgte "
      "die Erklärung. Heute ist das lange her.";
  AnalyzeText(doc);
  doc.language = "de";
  (*narrative)->Annotate(doc, DateTime::ParseIso("2011-02-16"));
  EXPECT_EQ(Find(doc, "Zwei Tage später")->value, "1939-09-03");
  EXPECT_EQ(Find(doc, "3. September")->value, "1939-09-03");
  EXPECT_EQ(Find(doc, "Heute")->value, "PRESENT_REF");
}

TEST_F(TimeTaggerTest, UsesExistingTokensOrTokenisesItself) {
  Document doc;
  doc.text = "Gestern kam die Nachricht.";
  doc.language = "de";
  tagger_->Annotate(doc, DateTime::ParseIso("2025-10-27"));
  ASSERT_EQ(doc.timex.size(), 1u);
  EXPECT_EQ(doc.timex[0].value, "2025-10-26");
}

// Annotate reuses its piece buffers between calls: a short text tagged after a long one must
// come out exactly as when tagged first.
TEST_F(TimeTaggerTest, ResultsDoNotDependOnEarlierCalls) {
  const std::string short_text = "Am 3. Mai 2024 um 14 Uhr, zwei Tage später und seit Jahren.";
  const Document fresh = Tag(short_text, "de", "2025-10-27");
  ASSERT_FALSE(fresh.timex.empty());
  std::string long_text;
  for (int k = 0; k < 200; ++k)
    long_text += "Vom 27. Oktober 2025 bis Ende des Jahres tagte der Rat jeden Montag. ";
  ASSERT_FALSE(Tag(long_text, "de", "2025-10-27").timex.empty());
  const Document again = Tag(short_text, "de", "2025-10-27");
  ASSERT_EQ(again.timex.size(), fresh.timex.size());
  for (size_t k = 0; k < fresh.timex.size(); ++k) {
    EXPECT_EQ(again.timex[k].span.begin, fresh.timex[k].span.begin);
    EXPECT_EQ(again.timex[k].span.end, fresh.timex[k].span.end);
    EXPECT_EQ(again.timex[k].value, fresh.timex[k].value);
    EXPECT_EQ(again.timex[k].mod, fresh.timex[k].mod);
  }
}

}  // namespace
}  // namespace tri

#include "ingest/dates.h"

#include <gtest/gtest.h>

namespace tri::ingest {
namespace {

struct TextCase {
  const char* text;
  bool english;
  const char* want;  // DateTime::ToIso, "" for no date
};

TEST(Dates, FindsDatesWrittenForReaders) {
  const TextCase cases[] = {
      {"27.10.2025, 14:11 Uhr", false, "2025-10-27T14:11:00"},
      {"Stand: 04.11.2025 17:45 Uhr", false, "2025-11-04T17:45:00"},
      {"Montag, 3. November 2025", false, "2025-11-03"},
      {"3. Nov. 2025 um 9:05 Uhr", false, "2025-11-03T09:05:00"},
      {"Veröffentlicht am 1. März 2024", false, "2024-03-01"},
      {"Oct. 27, 2025", true, "2025-10-27"},
      {"October 27th, 2025 at 2:11 p.m. ET", true, "2025-10-27T14:11:00-04:00"},
      {"Published 27 October 2025", true, "2025-10-27"},
      {"Mon 3 Nov 2025 09.30 GMT", true, "2025-11-03T09:30:00+00:00"},
      {"10/27/2025", true, "2025-10-27"},
      {"27/10/2025", false, "2025-10-27"},
      {"14:11 Uhr, 27.10.2025", false, "2025-10-27T14:11:00"},
      {"2025-10-27", false, "2025-10-27"},
      {"im Jahr 2019 und im Oktober", false, ""},
      {"© 2023 Beispiel GmbH", false, ""},
      {"31.02.2025", false, ""},
  };
  for (const TextCase& c : cases) {
    auto d = FindTextDate(c.text, c.english);
    EXPECT_EQ(d ? d->when.ToIso() : "", c.want) << c.text;
  }
}

TEST(Dates, ParsesMachineDates) {
  const std::pair<const char*, const char*> cases[] = {
      {"2025-10-27T14:11:00+01:00", "2025-10-27T14:11:00+01:00"},
      {"2025-10-27T13:11:00.000Z", "2025-10-27T13:11:00+00:00"},
      {"2025-10-27 14:11:00 +0100", "2025-10-27T14:11:00+01:00"},
      {"Mon, 27 Oct 2025 14:11:00 +0100", "2025-10-27T14:11:00+01:00"},
      {"Tue, 28 Oct 2025 09:00:00 GMT", "2025-10-28T09:00:00+00:00"},
      {"20251027", "2025-10-27"},
      {"2025/10/27", "2025-10-27"},
      {"not a date", ""},
  };
  for (const auto& [in, want] : cases) {
    auto d = ParseMachineDate(in);
    EXPECT_EQ(d ? d->ToIso() : "", want) << in;
  }
}

TEST(Dates, UrlPaths) {
  EXPECT_EQ(DateFromUrl("https://x.de/politik/2025/10/27/trump-kim.html")->ToIso(), "2025-10-27");
  EXPECT_EQ(DateFromUrl("https://x.com/2025-10-27/story")->ToIso(), "2025-10-27");
  EXPECT_EQ(DateFromUrl("https://x.com/news/20251027/story")->ToIso(), "2025-10-27");
  EXPECT_FALSE(DateFromUrl("https://x.com/article-123456789012"));
  EXPECT_FALSE(DateFromUrl("https://x.com/2025/13/40/"));
}

TEST(Dates, BerlinOffsets) {
  DateTime summer{{2025, 7, 1}, true, 12, 0, 0, std::nullopt};
  DateTime winter{{2025, 11, 4}, true, 17, 45, 0, std::nullopt};
  AssumeBerlinTime(summer);
  AssumeBerlinTime(winter);
  EXPECT_EQ(summer.ToIso(), "2025-07-01T12:00:00+02:00");
  EXPECT_EQ(winter.ToIso(), "2025-11-04T17:45:00+01:00");
  DateTime utc = *ParseMachineDate("2025-10-26T23:30:00Z");
  ToBerlinTime(utc);
  EXPECT_EQ(utc.ToIso(), "2025-10-27T00:30:00+01:00");
  DateTime summer_utc = *ParseMachineDate("2025-07-01T22:15:00+00:00");
  ToBerlinTime(summer_utc);
  EXPECT_EQ(summer_utc.ToIso(), "2025-07-02T00:15:00+02:00");
}

}  // namespace
}  // namespace tri::ingest

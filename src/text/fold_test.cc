#include <gtest/gtest.h>

#include "text/text.h"

namespace tri {
namespace {

TEST(FoldForMatch, Table) {
  const std::vector<std::pair<const char*, const char*>> rows = {
      {"Pjöngjang", "pjongjang"},
      {"Straße", "strasse"},
      {"STRASSE", "strasse"},
      {"Ærø", "aero"},
      {"Łódź", "lodz"},
      {"Citroën Crème Brûlée", "citroen creme brulee"},
      {"Müller-Lüdenscheidt", "muller-ludenscheidt"},
      {"Trump’s  plan", "trump's plan"},
      {"Nord–Süd", "nord-sud"},
      {"ΑΘΗΝΑ", "αθηνα"},
      {"Cafe\xCC\x81", "cafe"},
      {"", ""},
  };
  for (const auto& [in, want] : rows) EXPECT_EQ(FoldForMatch(in), want) << in;
}

TEST(FoldForMatch, InvalidUtf8Survives) {
  const std::string out = FoldForMatch(
      "A\xFF"
      "B");
  EXPECT_EQ(out,
            "a\xEF\xBF\xBD"
            "b");
}

TEST(FoldForMatch, AppendKeepsPrefix) {
  std::string out = "x:";
  AppendFoldForMatch("ÄB", out);
  EXPECT_EQ(out, "x:ab");
}

}  // namespace
}  // namespace tri

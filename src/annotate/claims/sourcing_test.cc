// Sourcing summaries on articles written for these tests.
#include <gtest/gtest.h>

#include "annotate/claims/claims.h"
#include "annotate/claims/test_util.h"

namespace tri {
namespace {

using testing::Annotate;
using testing::DocBuilder;

bool HasFlag(const Sourcing& s, std::string_view f) {
  return std::find(s.flags.begin(), s.flags.end(), f) != s.flags.end();
}

TEST(Sourcing, AnonymousOnlyArticleIsFlagged) {
  const std::string text =
      "Anna Muster will Paul Exemple treffen. Ein Regierungssprecher erklärte, das Treffen sei "
      "denkbar. "
      "Aus diplomatischen Kreisen hieß es, der Termin stehe fest. "
      "Anna Muster hatte betont, sie wolle reden.";
  Document d = DocBuilder(text)
                   .Entity("Anna Muster", EntityType::kPer)
                   .Entity("Paul Exemple", EntityType::kPer)
                   .Quote("das Treffen sei denkbar", "Ein Regierungssprecher erklärte",
                          "ein Regierungssprecher", SourceKind::kAnonymousOfficial)
                   .Quote("der Termin stehe fest", "Aus diplomatischen Kreisen hieß es",
                          "diplomatische Kreise", SourceKind::kAnonymousOfficial)
                   .Quote("sie wolle reden", "Anna Muster hatte betont", "Anna Muster")
                   .Build();
  Annotate(d);
  const Sourcing& s = d.sourcing;
  EXPECT_EQ(s.named_sources, 0);  // Anna Muster is the story's actor, not its source
  EXPECT_EQ(s.quoted_actors, std::vector<std::string>{"Anna Muster"});
  EXPECT_EQ(s.anonymous_sources, 2);
  EXPECT_TRUE(HasFlag(s, "anonymous_only"));
  EXPECT_TRUE(HasFlag(s, "no_date"));
  EXPECT_TRUE(HasFlag(s, "no_author"));
  EXPECT_FALSE(HasFlag(s, "agency_copy"));
  EXPECT_GT(s.claims, 0);
  EXPECT_GT(s.hedged_claims, 0);
}

TEST(Sourcing, NamedSourceAgencyAndUnattributedQuote) {
  const std::string text =
      "Der Minister reist nach Rom. Die Sprecherin Eva Probe sagte, die Reise sei lange geplant. "
      "\"Wir sind zufrieden\", hieß es.";
  Document d =
      DocBuilder(text)
          .Entity("Eva Probe", EntityType::kPer)
          .Quote("die Reise sei lange geplant", "Die Sprecherin Eva Probe sagte", "Eva Probe")
          .Quote("Wir sind zufrieden", "", "", SourceKind::kUnknown, QuoteKind::kDirect)
          .Outlet("Testblatt", "dpa")
          .Published("2025-03-04T10:00:00+01:00")
          .Build();
  d.meta.authors = {"R. Edakteur"};
  Annotate(d);
  const Sourcing& s = d.sourcing;
  EXPECT_EQ(s.named, std::vector<std::string>{"Eva Probe"});
  EXPECT_EQ(s.quotes_without_speaker, 1);
  EXPECT_TRUE(s.agency_copy);
  EXPECT_EQ(s.agency, "dpa");
  EXPECT_FALSE(HasFlag(s, "anonymous_only"));
  EXPECT_FALSE(HasFlag(s, "no_date"));
  EXPECT_FALSE(HasFlag(s, "no_author"));
  EXPECT_TRUE(HasFlag(s, "agency_copy"));
  EXPECT_TRUE(HasFlag(s, "unattributed_quotes"));
}

}  // namespace
}  // namespace tri

#include <gtest/gtest.h>

#include "text/text.h"

namespace tri {
namespace {

struct Row {
  const char* text;
  const char* language;
};

// Sentences written for this test (news-like, ~200 characters or a short headline).
TEST(IdentifyLanguage, GermanAndEnglish) {
  const std::vector<Row> rows = {
      {"Die Bundesregierung will die Steuern für kleine Unternehmen im kommenden Jahr senken. "
       "Das kündigte der Finanzminister am Montag in Berlin an, nachdem sich die Koalition "
       "geeinigt hatte.",
       "de"},
      {"Nach dem schweren Unwetter sind in mehreren Gemeinden Straßen überflutet worden; die "
       "Feuerwehr war die ganze Nacht im Einsatz.",
       "de"},
      {"The government wants to cut taxes for small businesses next year. The finance minister "
       "announced the plan on Monday in London after the coalition partners had reached an "
       "agreement.",
       "en"},
      {"After the heavy storm, roads in several towns were flooded and firefighters worked "
       "through the night to pump water out of houses.",
       "en"},
      {"Südkorea hofft auf ein Treffen von Trump und Kim", "de"},
      {"South Korea hopes for a meeting between Trump and Kim", "en"},
  };
  for (const Row& r : rows) {
    const LanguageGuess g = IdentifyLanguage(r.text);
    EXPECT_EQ(g.language, r.language) << r.text;
    EXPECT_GT(g.confidence, 0.5f) << r.text;
  }
}

TEST(IdentifyLanguage, OtherLanguagesAreUnd) {
  const std::vector<const char*> rows = {
      // French, Polish, Spanish, Italian, Dutch (written for this test)
      "Le gouvernement veut baisser les impôts des petites entreprises l'année prochaine, a "
      "annoncé lundi le ministre des finances après un accord entre les partenaires.",
      "Rząd chce w przyszłym roku obniżyć podatki dla małych firm. Minister finansów ogłosił "
      "to w poniedziałek po porozumieniu partnerów koalicyjnych.",
      "El gobierno quiere bajar los impuestos a las pequeñas empresas el próximo año, anunció "
      "el lunes el ministro de finanzas tras un acuerdo de la coalición.",
      "Il governo vuole ridurre le tasse per le piccole imprese il prossimo anno, ha annunciato "
      "lunedì il ministro delle finanze dopo un accordo nella coalizione.",
      "De regering wil volgend jaar de belastingen voor kleine bedrijven verlagen, maakte de "
      "minister van financiën maandag bekend na een akkoord in de coalitie.",
      // Korean, Russian, Chinese
      "정부는 내년에 중소기업의 세금을 낮추기로 했다고 재무부 장관이 월요일에 발표했다.",
      "Правительство хочет в следующем году снизить налоги для малого бизнеса, заявил министр.",
      "政府希望明年为小企业减税，财政部长周一宣布了这一计划。",
  };
  for (const char* r : rows) EXPECT_EQ(IdentifyLanguage(r).language, "und") << r;
}

TEST(IdentifyLanguage, TooLittleText) {
  EXPECT_EQ(IdentifyLanguage("").language, "und");
  EXPECT_EQ(IdentifyLanguage("Berlin").language, "und");
  EXPECT_EQ(IdentifyLanguage("12.05.2024 | 14:11").language, "und");
  EXPECT_EQ(IdentifyLanguage("\xFF\xFE\xFD").language, "und");
}

TEST(IdentifyLanguage, AnalyzeTextFallsBackToDeclaredLanguage) {
  Document doc;
  doc.text = "Berlin";
  doc.meta.declared_language = "de-DE";
  AnalyzeText(doc);
  EXPECT_EQ(doc.language, "de");
  EXPECT_LT(doc.language_confidence, 0.5f);
}

}  // namespace
}  // namespace tri

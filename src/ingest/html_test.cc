#include <gtest/gtest.h>

#include "ingest/ingest.h"

namespace tri {
namespace {

// A news page written for this test: every kind of boilerplate the extractor must drop.
constexpr const char* kPage = R"(<!DOCTYPE html>
<html lang="de"><head><meta charset="utf-8">
<title>Neue Brücke für Musterstadt eröffnet | Beispielkurier</title>
<meta property="og:site_name" content="Beispielkurier">
<meta property="og:title" content="Neue Brücke für Musterstadt eröffnet">
<link rel="canonical" href="https://www.beispielkurier.de/lokales/neue-bruecke-eroeffnet">
<script type="application/ld+json">{"@context":"https://schema.org","@graph":[
 {"@type":"WebSite","name":"Beispielkurier"},
 {"@type":"NewsArticle","headline":"Neue Brücke für Musterstadt eröffnet",
  "datePublished":"2025-10-27T14:11:00+01:00","dateModified":"2025-10-27T16:00:00+01:00",
  "author":[{"@type":"Person","name":"Anna Schmidt"}],"articleSection":"Lokales",
  "keywords":"Brücke, Verkehr"}]}</script>
</head><body>
<div id="cookie-banner"><p>Wir verwenden Cookies. Mit der Nutzung stimmen Sie zu.</p><button>OK</button></div>
<header class="site-header"><nav><ul><li><a href="/">Start</a></li><li><a href="/politik">Politik</a></li></ul></nav></header>
<main><article>
<header><h1>Neue Brücke für Musterstadt eröffnet</h1>
<p class="byline">Von Anna Schmidt</p><time datetime="2025-10-27T14:11:00+01:00">27.10.2025, 14:11 Uhr</time>
<div class="audio-player">Artikel anhören</div></header>
<figure><img src="b.jpg"><figcaption>Die neue Brücke am Eröffnungstag. Foto: Max Muster/dpa</figcaption></figure>
<p>Musterstadt (dpa) - Nach drei Jahren Bauzeit ist die neue Brücke über den Fluss am Montag eröffnet worden, wie die Stadtverwaltung mitteilte.</p>
<div class="share-bar"><a href="#">Teilen</a><a href="#">Facebook</a></div>
<p>Die Bürgermeisterin sprach von einem „wichtigen Tag für die ganze Region“. Rund 2.000 Menschen kamen zur Feier, bei der auch ein Chor auftrat.</p>
<h2>Kosten höher als geplant</h2>
<p>Die Baukosten lagen nach Angaben der Stadt bei 42 Millionen Euro und damit deutlich über der ersten Schätzung von 30 Millionen Euro.</p>
<blockquote><p>Wir haben aus den Verzögerungen gelernt, sagte der Baudezernent.</p></blockquote>
<ul><li>Länge: 240 Meter, davon 180 Meter über dem Wasser</li><li>Fahrspuren: zwei, dazu ein breiter Radweg</li></ul>
<aside class="teaser"><h3>Mehr zum Thema</h3><ul><li><a href="/a">Als die alte Brücke gesperrt wurde</a></li><li><a href="/b">Stau in der Innenstadt</a></li></ul></aside>
<p>Quelle: beispielkurier.de, as/dpa</p>
</article>
<section id="comments"><h3>Kommentare</h3><p>Endlich! Das hat ja lange gedauert, schreibt ein Leser hier ganz ausführlich.</p></section>
</main>
<div class="related-articles"><h3>Das könnte Sie auch interessieren</h3><a href="/c">Neue Radwege geplant, 12.05.2024</a></div>
<footer><p>© 2025 Beispielkurier GmbH. Alle Rechte vorbehalten.</p><a href="/impressum">Impressum</a></footer>
</body></html>)";

Document Read(std::string html) {
  auto doc = ReadHtml("page.html", std::move(html), "", "", IngestOptions());
  EXPECT_TRUE(doc.ok()) << doc.status().ToString();
  return doc.ok() ? std::move(doc).value() : Document();
}

TEST(Html, ExtractsBodyInReadingOrderWithoutBoilerplate) {
  const Document doc = Read(kPage);
  for (const char* want :
       {"Nach drei Jahren Bauzeit", "wichtigen Tag für die ganze Region",
        "Kosten höher als geplant", "42 Millionen Euro", "Wir haben aus den Verzögerungen gelernt",
        "Länge: 240 Meter", "Fahrspuren: zwei"}) {
    EXPECT_NE(doc.text.find(want), std::string::npos) << want << "\n" << doc.text;
  }
  for (const char* unwanted :
       {"Cookies", "Politik", "Artikel anhören", "Teilen", "Facebook", "Mehr zum Thema",
        "alte Brücke gesperrt", "Endlich!", "interessieren", "Alle Rechte", "Impressum",
        "Eröffnungstag", "Von Anna Schmidt", "Quelle:", "14:11"}) {
    EXPECT_EQ(doc.text.find(unwanted), std::string::npos) << unwanted << "\n" << doc.text;
  }
  EXPECT_LT(doc.text.find("Nach drei Jahren"), doc.text.find("42 Millionen"));
  EXPECT_LT(doc.text.find("42 Millionen"), doc.text.find("Fahrspuren"));
}

TEST(Html, BlocksHaveKindsAndSpans) {
  const Document doc = Read(kPage);
  ASSERT_FALSE(doc.blocks.empty());
  EXPECT_EQ(doc.blocks.front().kind, BlockKind::kTitle);
  EXPECT_EQ(doc.slice(doc.blocks.front().span), "Neue Brücke für Musterstadt eröffnet");
  bool heading = false, quote = false, item = false;
  for (const Block& b : doc.blocks) {
    const std::string_view t = doc.slice(b.span);
    if (t == "Kosten höher als geplant") heading = b.kind == BlockKind::kHeading;
    if (t.find("Verzögerungen") != std::string_view::npos) quote = b.kind == BlockKind::kBlockQuote;
    if (t.find("Länge") != std::string_view::npos) item = b.kind == BlockKind::kListItem;
    EXPECT_LE(b.span.end, doc.text.size());
  }
  EXPECT_TRUE(heading && quote && item);
}

TEST(Html, MetadataWithProvenance) {
  const Document doc = Read(kPage);
  const Metadata& m = doc.meta;
  EXPECT_EQ(m.title, "Neue Brücke für Musterstadt eröffnet");
  EXPECT_EQ(m.outlet, "Beispielkurier");
  EXPECT_EQ(m.canonical_url, "https://www.beispielkurier.de/lokales/neue-bruecke-eroeffnet");
  EXPECT_EQ(m.authors, std::vector<std::string>{"Anna Schmidt"});
  EXPECT_EQ(m.agency, "dpa");
  ASSERT_TRUE(m.published);
  EXPECT_EQ(m.published->ToIso(), "2025-10-27T14:11:00+01:00");
  ASSERT_TRUE(m.modified);
  EXPECT_EQ(m.modified->ToIso(), "2025-10-27T16:00:00+01:00");
  EXPECT_EQ(m.section, "Lokales");
  EXPECT_EQ(m.keywords, (std::vector<std::string>{"Brücke", "Verkehr"}));
  EXPECT_EQ(doc.language, "de");
  ASSERT_EQ(m.captions.size(), 1u);
  EXPECT_EQ(m.captions[0].credit, "Max Muster/dpa");
  bool published_from_jsonld = false;
  for (const FieldSource& f : m.provenance) {
    if (f.field == "published") published_from_jsonld = f.from == "json-ld:datePublished";
  }
  EXPECT_TRUE(published_from_jsonld);
}

TEST(Html, VisibleDateLineWhenNoMachineDate) {
  const std::string page =
      R"(<html lang="de"><body><div class="artikel"><h1>Rat beschließt Haushalt</h1>
<div class="meta">Stand: 04.11.2025 17:45 Uhr</div>
<p>Der Stadtrat hat am Dienstagabend nach langer Debatte den Haushalt für das kommende Jahr beschlossen, mit knapper Mehrheit.</p>
<p>Die Opposition kritisierte vor allem die geplanten Kürzungen bei Schwimmbädern und Bibliotheken.</p>
<div class="video"><p>Video: Die Debatte im Rat 26.08.2025 | 0:23 min</p></div>
<div class="related"><p><a href="/x">Haushalt 2024: Was sich änderte</a> 12.12.2023</p></div>
</div><footer>© 2019 Stadtzeitung</footer></body></html>)";
  const Document doc = Read(page);
  ASSERT_TRUE(doc.meta.published);
  EXPECT_EQ(doc.meta.published->ToIso(), "2025-11-04T17:45:00+01:00");
  EXPECT_EQ(doc.text.find("Stand:"), std::string::npos);
}

TEST(Html, NoDateAtAll) {
  const Document doc = Read(R"(<html><body><article><h1>Ohne Datum</h1>
<p>Dieser Text nennt nur das Jahr 2019 und den Oktober, aber keinen Tag, und das ist auch gut so.</p>
<p>Noch ein Absatz mit genug Text, damit die Extraktion etwas findet, und noch etwas mehr.</p>
</article><footer>Copyright 2024</footer></body></html>)");
  EXPECT_FALSE(doc.meta.published);
}

TEST(Html, CaptionDateIsNotThePublicationDate) {
  const Document doc = Read(R"(<html lang="en"><body><article><h1>Storm hits the coast</h1>
<figure><img src="x.jpg"><figcaption>Waves on March 3, 2021. Photo: Jane Roe/AP</figcaption></figure>
<p>A storm hit the coast on Monday, cutting power to thousands of homes and closing the port for the day.</p>
<p>Officials said repairs would take at least a week, and schools would stay closed until Wednesday.</p>
</article></body></html>)");
  EXPECT_FALSE(doc.meta.published);
  ASSERT_EQ(doc.meta.captions.size(), 1u);
}

TEST(Html, DeclaredUtf8ButWindows1252) {
  std::string page =
      "<html><head><meta charset=\"utf-8\"><title>Gr\xFC\xDF"
      "e</title></head><body>"
      "<p>Sch\xF6ne Gr\xFC\xDF"
      "e aus K\xF6ln, wo es heute regnet, wie fast immer im "
      "Herbst, sagen die Leute.</p></body></html>";
  const Document doc = Read(page);
  EXPECT_EQ(doc.meta.encoding, "windows-1252");
  EXPECT_NE(doc.text.find("Schöne Grüße aus Köln"), std::string::npos) << doc.text;
}

}  // namespace
}  // namespace tri

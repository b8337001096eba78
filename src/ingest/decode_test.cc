#include <gtest/gtest.h>

#include "ingest/charset.h"
#include "ingest/entities.h"
#include "ingest/ingest.h"

namespace tri {
namespace {

std::string Decode(std::string_view bytes, std::string_view declared, std::string* enc = nullptr) {
  std::string e;
  auto r = DecodeToUtf8(bytes, declared, enc ? enc : &e);
  EXPECT_TRUE(r.ok()) << r.status().ToString();
  return r.ok() ? *r : "";
}

TEST(Decode, Utf8WithAndWithoutBom) {
  std::string enc;
  EXPECT_EQ(Decode("\xEF\xBB\xBFGr\xC3\xBC\xC3\x9F"
                   "e",
                   "", &enc),
            "Grüße");
  EXPECT_EQ(enc, "utf-8");
  EXPECT_EQ(Decode("Gr\xC3\xBC\xC3\x9F"
                   "e",
                   "windows-1252", &enc),
            "Grüße");
  EXPECT_EQ(enc, "utf-8");  // valid UTF-8 wins over a wrong declaration
}

TEST(Decode, DeclaredUtf8ButWindows1252) {
  std::string enc;
  // "„Grüße“ – 5 €" in windows-1252.
  EXPECT_EQ(Decode("\x84Gr\xFC\xDF"
                   "e\x93 \x96 5 \x80",
                   "utf-8", &enc),
            "„Grüße“ – 5 €");
  EXPECT_EQ(enc, "windows-1252");
}

TEST(Decode, Latin9AndLatin2) {
  std::string enc;
  EXPECT_EQ(Decode("5 \xA4", "ISO-8859-15", &enc), "5 €");
  EXPECT_EQ(enc, "iso-8859-15");
  EXPECT_EQ(Decode("5 \xA4", "iso-8859-1"), "5 ¤");
  EXPECT_EQ(Decode("\xA3\xF3"
                   "d\xBC",
                   "iso-8859-2"),
            "Łódź");
}

TEST(Decode, MostlyUtf8WithStrayBytes) {
  // Valid UTF-8 umlauts with one stray windows-1252 byte: each read in its own encoding.
  EXPECT_EQ(Decode("\xC3\xA4\xC3\xB6\xC3\xBC und \xE4", ""), "äöü und ä");
}

TEST(Decode, RepairsDoubleEncodedUtf8) {
  std::string enc;
  // "Für Öl über Straße" encoded to UTF-8 twice.
  const std::string twice =
      "F\xC3\x83\xC2\xBCr \xC3\x83\xE2\x80\x93l \xC3\x83\xC2\xBC"
      "ber Stra\xC3\x83\xC5\xB8"
      "e";
  EXPECT_EQ(Decode(twice, "", &enc), "Für Öl über Straße");
}

TEST(Decode, Utf16WithBom) {
  EXPECT_EQ(Decode(std::string("\xFF\xFE"
                               "A\0\xE4\0",
                               6),
                   ""),
            "Aä");
}

TEST(Decode, BinaryIsRefusedWithOffset) {
  const std::string png("\x89PNG\r\n\x1A\n\0\0\0\rIHDR", 16);
  std::string enc;
  auto r = DecodeToUtf8(png, "", &enc);
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.status().code(), StatusCode::kUnsupported);
  EXPECT_NE(r.status().message().find("byte 8"), std::string::npos) << r.status().message();
}

TEST(Charset, SniffsDeclarations) {
  EXPECT_EQ(ingest::SniffDeclaredCharset("<html><head><meta charset=\"ISO-8859-1\">"),
            "iso-8859-1");
  EXPECT_EQ(ingest::SniffDeclaredCharset(
                "<meta http-equiv=\"Content-Type\" content=\"text/html; charset=windows-1252\">"),
            "windows-1252");
  EXPECT_EQ(ingest::SniffDeclaredCharset("<?xml version=\"1.0\" encoding=\"iso-8859-15\"?><rss>"),
            "iso-8859-15");
  EXPECT_EQ(ingest::SniffDeclaredCharset("<html><body>no declaration</body></html>"), "");
  EXPECT_EQ(ingest::CharsetFromContentType("text/html; charset=\"UTF-8\""), "utf-8");
}

TEST(Entities, NamedNumericLegacyAndBroken) {
  using ingest::DecodeHtmlEntities;
  EXPECT_EQ(DecodeHtmlEntities("Gr&uuml;&szlig;e &amp; &bdquo;Zitat&ldquo; &ndash; 5&nbsp;&euro;"),
            "Grüße & „Zitat“ – 5\u00A0€");
  EXPECT_EQ(DecodeHtmlEntities("&#8222;x&#x201C; &#150;"), "„x“ –");  // 150: windows-1252 dash
  EXPECT_EQ(DecodeHtmlEntities("AT&T &amp Co &unknown; &#; &#xD800;"),
            "AT&T & Co &unknown; &#; \uFFFD");
  EXPECT_EQ(DecodeHtmlEntities("&hellip;&shy;&apos;&Auml;"), "…\u00AD'Ä");
}

}  // namespace
}  // namespace tri

// Feeds, sitemaps, WARC and JSONL: the records become documents, bad records are reported
// with file and offset, and the rest of the file is still read.
#include <gtest/gtest.h>
#include <zlib.h>

#include <filesystem>
#include <fstream>

#include "ingest/ingest.h"

namespace tri {
namespace {

std::string Gzip(std::string_view data) {
  z_stream zs{};
  deflateInit2(&zs, 6, Z_DEFLATED, 15 + 16, 8, Z_DEFAULT_STRATEGY);
  std::string out(deflateBound(&zs, data.size()) + 64, '\0');
  zs.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(data.data()));
  zs.avail_in = static_cast<uInt>(data.size());
  zs.next_out = reinterpret_cast<Bytef*>(out.data());
  zs.avail_out = static_cast<uInt>(out.size());
  deflate(&zs, Z_FINISH);
  out.resize(zs.total_out);
  deflateEnd(&zs);
  return out;
}

std::string Page(const std::string& title, const std::string& sentence) {
  return "<html><head><title>" + title + "</title></head><body><article><h1>" + title + "</h1><p>" +
         sentence +
         " Dieser Absatz ist lang genug, um als Artikeltext zu gelten, "
         "und enthält mehrere Teile, Kommas und Sätze.</p><p>Ein zweiter Absatz mit weiterem "
         "Text, der ebenfalls zum Artikel gehört und nicht weggeworfen werden "
         "darf.</p></article></body></html>";
}

std::string WarcRecord(const std::string& type, const std::string& uri, const std::string& block,
                       const std::string& content_type = "application/http; msgtype=response") {
  return "WARC/1.0\r\nWARC-Type: " + type + "\r\nWARC-Target-URI: " + uri +
         "\r\nWARC-Date: 2025-10-27T13:00:00Z\r\nContent-Type: " + content_type +
         "\r\nContent-Length: " + std::to_string(block.size()) + "\r\n\r\n" + block + "\r\n\r\n";
}

std::string Http(const std::string& body,
                 const std::string& headers = "Content-Type: text/html; charset=utf-8\r\n") {
  return "HTTP/1.1 200 OK\r\n" + headers + "\r\n" + body;
}

FileDocuments Read(const std::string& name, const std::string& bytes, IngestOptions options = {}) {
  return ReadInputBytes(name, bytes, options);
}

TEST(Feed, Rss2ItemsWithContent) {
  const std::string rss = R"(<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:content="http://purl.org/rss/1.0/modules/content/">
<channel><title>Beispielkurier</title><language>de</language>
<item><title>Erster &amp; bester</title><link>https://example.org/a/erster</link>
<pubDate>Mon, 27 Oct 2025 14:11:00 +0100</pubDate><dc:creator>Anna Schmidt</dc:creator>
<content:encoded><![CDATA[<p>Der erste Artikel hat &auml;chten Text.</p><p>Zweiter Absatz.</p>]]></content:encoded></item>
<item><title>Zweiter</title><link>https://example.org/a/zweiter</link><description>Nur ein Anrei&#223;er.</description></item>
</channel></rss>)";
  FileDocuments r = Read("feed.xml", rss);
  ASSERT_EQ(r.documents.size(), 2u);
  EXPECT_TRUE(r.errors.empty());
  const Document& d = r.documents[0];
  EXPECT_EQ(d.source, "https://example.org/a/erster");
  EXPECT_EQ(d.meta.title, "Erster & bester");
  EXPECT_EQ(d.meta.outlet, "Beispielkurier");
  EXPECT_EQ(d.meta.published->ToIso(), "2025-10-27T14:11:00+01:00");
  EXPECT_EQ(d.meta.authors, std::vector<std::string>{"Anna Schmidt"});
  EXPECT_NE(d.text.find("ächten Text"), std::string::npos);
  EXPECT_NE(r.documents[1].text.find("Anreißer"), std::string::npos);
  EXPECT_NE(r.documents[0].id, r.documents[1].id);
}

TEST(Feed, AtomAndRdf) {
  const std::string atom =
      R"(<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom"><title>Atom Blog</title>
<entry><title>Hello</title><link rel="alternate" href="https://blog.example/hello"/><published>2025-03-01T10:00:00Z</published>
<author><name>Jane Doe</name></author><content type="html">&lt;p&gt;Hello world, this is a post.&lt;/p&gt;</content></entry></feed>)";
  FileDocuments a = Read("atom.xml", atom);
  ASSERT_EQ(a.documents.size(), 1u);
  EXPECT_EQ(a.documents[0].meta.url, "https://blog.example/hello");
  EXPECT_EQ(a.documents[0].meta.authors, std::vector<std::string>{"Jane Doe"});
  EXPECT_NE(a.documents[0].text.find("Hello world"), std::string::npos);

  const std::string rdf =
      R"(<?xml version="1.0"?><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/" xmlns:dc="http://purl.org/dc/elements/1.1/">
<channel rdf:about="https://x.example/"><title>RDF News</title><items><rdf:Seq><rdf:li rdf:resource="https://x.example/1"/></rdf:Seq></items></channel>
<item rdf:about="https://x.example/1"><title>Eins</title><link>https://x.example/1</link><description>Text eins.</description><dc:date>2025-01-02</dc:date></item></rdf:RDF>)";
  FileDocuments r = Read("rdf.xml", rdf);
  ASSERT_EQ(r.documents.size(), 1u);
  EXPECT_EQ(r.documents[0].meta.published->ToIso(), "2025-01-02");
}

TEST(Feed, MalformedItemIsReportedAndTheRestRead) {
  const std::string rss =
      "<rss><channel><title>T</title>"
      "<item><title>Gut 1</title><description>eins</description></item>"
      "<item><title>Kaputt & <b>falsch</title><description>zwei</description></item>"
      "<item><title>Gut 3</title><description>drei</description></item>"
      "</channel></rss>";
  FileDocuments r = Read("broken.xml", rss);
  ASSERT_EQ(r.documents.size(), 2u);
  ASSERT_FALSE(r.errors.empty());
  EXPECT_NE(r.errors[0].message().find("broken.xml: byte "), std::string::npos)
      << r.errors[0].message();
}

TEST(Feed, NewsSitemapAndLinkedLocalArticle) {
  namespace fs = std::filesystem;
  const fs::path dir = fs::temp_directory_path() / "tri_ingest_sitemap_test";
  fs::remove_all(dir);
  fs::create_directories(dir);
  std::ofstream(dir / "bruecke.html") << Page("Neue Brücke", "Die Brücke wurde eröffnet.");
  std::ofstream(dir / "sitemap.xml") << R"(<?xml version="1.0"?>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">
<url><loc>https://example.org/lokal/bruecke</loc><news:news><news:publication><news:name>Kurier</news:name><news:language>de</news:language></news:publication>
<news:publication_date>2025-10-27T14:11:00+01:00</news:publication_date><news:title>Neue Brücke</news:title></news:news></url>
</urlset>)";
  std::vector<Status> errors;
  const std::vector<std::string> files = ListInputFiles({dir.string()}, IngestOptions(), errors);
  ASSERT_EQ(files.size(), 1u);  // the article is read through the sitemap, not twice
  FileDocuments r = ReadInputFile(files[0], IngestOptions());
  ASSERT_EQ(r.documents.size(), 1u);
  const Document& d = r.documents[0];
  EXPECT_EQ(d.source, "https://example.org/lokal/bruecke");
  EXPECT_NE(d.text.find("Die Brücke wurde eröffnet"), std::string::npos);
  EXPECT_EQ(d.meta.published->ToIso(), "2025-10-27T14:11:00+01:00");
  EXPECT_EQ(d.meta.outlet, "Kurier");
  fs::remove_all(dir);
}

TEST(Warc, ResponseRecordsPlainAndGzipMultiMember) {
  const std::string r1 =
      WarcRecord("response", "https://example.org/eins", Http(Page("Eins", "Erster Text.")));
  const std::string req =
      WarcRecord("request", "https://example.org/eins", "GET /eins HTTP/1.1\r\n\r\n",
                 "application/http; msgtype=request");
  // Chunked transfer coding and a windows-1252 body announced in the HTTP header.
  const std::string body2 = Page("Zwei", "K\xF6ln und M\xFCnchen.");
  const std::string chunked = "10\r\n" + body2.substr(0, 16) + "\r\n" +
                              [&] {
                                char b[16];
                                std::snprintf(b, sizeof b, "%zx", body2.size() - 16);
                                return std::string(b);
                              }() +
                              "\r\n" + body2.substr(16) + "\r\n0\r\n\r\n";
  const std::string r2 = WarcRecord(
      "response", "https://example.org/zwei",
      Http(chunked,
           "Content-Type: text/html; charset=ISO-8859-1\r\nTransfer-Encoding: chunked\r\n"));
  for (bool gz : {false, true}) {
    const std::string file = gz ? Gzip(r1) + Gzip(req) + Gzip(r2) : r1 + req + r2;
    FileDocuments r = Read(gz ? "a.warc.gz" : "a.warc", file);
    ASSERT_EQ(r.documents.size(), 2u) << gz;
    EXPECT_TRUE(r.errors.empty()) << r.errors[0].message();
    EXPECT_EQ(r.documents[0].source, "https://example.org/eins");
    EXPECT_NE(r.documents[1].text.find("Köln und München"), std::string::npos)
        << r.documents[1].text;
  }
}

TEST(Warc, CorruptRecordIsSkippedWithOffset) {
  const std::string good1 =
      WarcRecord("response", "https://e.org/1", Http(Page("Eins", "Text eins.")));
  const std::string bad =
      "WARC/1.0\r\nWARC-Type: response\r\nContent-Length: banana\r\n\r\ngarbage\r\n\r\n";
  const std::string good2 =
      WarcRecord("response", "https://e.org/2", Http(Page("Zwei", "Text zwei.")));
  FileDocuments r = Read("c.warc", good1 + bad + good2);
  ASSERT_EQ(r.documents.size(), 2u);
  ASSERT_EQ(r.errors.size(), 1u);
  EXPECT_NE(r.errors[0].message().find("c.warc: byte " + std::to_string(good1.size())),
            std::string::npos)
      << r.errors[0].message();
}

TEST(Warc, GzipBombIsCapped) {
  const std::string zeros(64u << 20, 'A');
  const std::string bomb = Gzip(WarcRecord("resource", "https://e.org/z", zeros, "text/plain"));
  IngestOptions options;
  options.max_decompressed_bytes = 8u << 20;
  FileDocuments r = Read("bomb.warc.gz", bomb, options);
  EXPECT_TRUE(r.documents.empty());
  ASSERT_FALSE(r.errors.empty());
  bool capped = false;
  for (const Status& e : r.errors) capped = capped || e.code() == StatusCode::kResourceExhausted;
  EXPECT_TRUE(capped);
}

TEST(Warc, TruncatedGzipKeepsEarlierRecords) {
  const std::string r1 =
      Gzip(WarcRecord("response", "https://e.org/1", Http(Page("Eins", "Text."))));
  const std::string r2 =
      Gzip(WarcRecord("response", "https://e.org/2", Http(Page("Zwei", "Text."))));
  FileDocuments r = Read("t.warc.gz", r1 + r2.substr(0, r2.size() / 2));
  EXPECT_EQ(r.documents.size(), 1u);
  EXPECT_FALSE(r.errors.empty());
}

TEST(Jsonl, LinesTextAndHtmlAndABadLine) {
  const std::string jsonl =
      R"({"url":"https://e.org/1","title":"Titel eins","text":"Erster Absatz.\n\nZweiter Absatz.","date":"2025-10-27T14:11:00+01:00","outlet":"Kurier","author":"Anna Schmidt"})"
      "\n"
      "this is not json\n"
      R"({"url":"https://e.org/2","html":"<html><body><article><h1>Zwei</h1><p>Ein Absatz mit genug Text, damit er als Artikel zählt, mit Kommas und allem.</p></article></body></html>"})"
      "\n"
      R"({"title":"ohne Text"})"
      "\n";
  FileDocuments r = Read("a.jsonl", jsonl);
  ASSERT_EQ(r.documents.size(), 2u);
  ASSERT_EQ(r.errors.size(), 2u);
  EXPECT_NE(r.errors[0].message().find("a.jsonl: byte "), std::string::npos)
      << r.errors[0].message();
  EXPECT_NE(r.errors[0].message().find("line 2"), std::string::npos);
  const Document& d = r.documents[0];
  EXPECT_EQ(d.source, "https://e.org/1");
  EXPECT_EQ(d.meta.title, "Titel eins");
  EXPECT_EQ(d.meta.outlet, "Kurier");
  EXPECT_EQ(d.meta.published->ToIso(), "2025-10-27T14:11:00+01:00");
  EXPECT_EQ(d.blocks.front().kind, BlockKind::kTitle);
  EXPECT_NE(r.documents[1].text.find("Ein Absatz mit genug Text"), std::string::npos);
}

}  // namespace
}  // namespace tri

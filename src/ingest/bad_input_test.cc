// Bad input: every case gives a clear error naming the file (and offset where it applies) or a
// bounded result, never a crash; the other inputs are still read.
#include <gtest/gtest.h>
#include <unistd.h>

#include <chrono>
#include <filesystem>
#include <fstream>

#include "ingest/ingest.h"

namespace tri {
namespace {
namespace fs = std::filesystem;

class BadInput : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = fs::temp_directory_path() / ("tri_ingest_bad_" + std::to_string(::getpid()));
    fs::remove_all(dir_);
    fs::create_directories(dir_);
  }
  void TearDown() override { fs::remove_all(dir_); }
  std::string Write(const std::string& name, const std::string& bytes) {
    std::ofstream(dir_ / name, std::ios::binary) << bytes;
    return (dir_ / name).string();
  }
  fs::path dir_;
};

double Seconds(const std::function<void()>& f) {
  const auto t0 = std::chrono::steady_clock::now();
  f();
  return std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
}

TEST_F(BadInput, MissingEmptyBinaryFiles) {
  std::vector<Status> errors;
  const std::string missing = (dir_ / "nope.html").string();
  ListInputFiles({missing}, IngestOptions(), errors);
  ASSERT_EQ(errors.size(), 1u);
  EXPECT_EQ(errors[0].code(), StatusCode::kNotFound);
  EXPECT_NE(errors[0].message().find(missing), std::string::npos);

  FileDocuments empty = ReadInputFile(Write("empty.txt", ""), IngestOptions());
  ASSERT_EQ(empty.errors.size(), 1u);
  EXPECT_NE(empty.errors[0].message().find("empty.txt: empty file"), std::string::npos);

  FileDocuments png = ReadInputFile(
      Write("image.txt", std::string("\x89PNG\r\n\x1A\n\0\0\0\rIHDR", 16)), IngestOptions());
  ASSERT_EQ(png.errors.size(), 1u);
  EXPECT_NE(png.errors[0].message().find("image.txt: binary data"), std::string::npos)
      << png.errors[0].message();
}

TEST_F(BadInput, UnreadableFile) {
  if (::geteuid() == 0) GTEST_SKIP() << "root reads every file";
  const std::string path = Write("secret.txt", "geheim");
  fs::permissions(path, fs::perms::none);
  FileDocuments r = ReadInputFile(path, IngestOptions());
  ASSERT_EQ(r.errors.size(), 1u);
  EXPECT_EQ(r.errors[0].code(), StatusCode::kPermissionDenied);
}

TEST_F(BadInput, SizeLimit) {
  IngestOptions options;
  options.max_file_bytes = 1000;
  FileDocuments r = ReadInputFile(Write("big.txt", std::string(5000, 'a')), options);
  ASSERT_EQ(r.errors.size(), 1u);
  EXPECT_EQ(r.errors[0].code(), StatusCode::kResourceExhausted);
}

TEST_F(BadInput, DeepNestingIsBoundedAndFast) {
  for (const char* tag : {"div", "span", "b", "table"}) {
    std::string html = "<html><body><p>Vorher steht hier ein ganz normaler Satz mit Inhalt.</p>";
    for (int i = 0; i < 100000; ++i) html += std::string("<") + tag + ">";
    html += "Tief drinnen steht auch Text, der gefunden werden sollte.";
    FileDocuments r;
    const double s = Seconds([&] { r = ReadInputBytes("deep.html", html, IngestOptions()); });
    EXPECT_LT(s, 10.0) << tag;
    ASSERT_EQ(r.documents.size(), 1u) << tag;
    EXPECT_NE(r.documents[0].text.find("Tief drinnen"), std::string::npos) << tag;
  }
}

TEST_F(BadInput, TruncatedHtml) {
  const std::string html =
      "<html><head><title>Abgeschnitten</title></head><body><article><p>Ein "
      "vollständiger Absatz mit genug Text, damit er gefunden wird, und mehr.</p>"
      "<p>Ein halber Absa";
  FileDocuments r = ReadInputBytes("cut.html", html + "<div class=\"x", IngestOptions());
  ASSERT_EQ(r.documents.size(), 1u);
  EXPECT_NE(r.documents[0].text.find("vollständiger Absatz"), std::string::npos);
}

TEST_F(BadInput, FiftyMegabytePage) {
  std::string html = "<html><body><article><h1>Riesig</h1>";
  const std::string para =
      "<p>Dies ist ein Absatz in einer sehr großen Seite, mit Kommas, Wörtern und Sätzen.</p>\n";
  while (html.size() < (50u << 20)) html += para;
  html += "</article></body></html>";
  FileDocuments r;
  Seconds([&] { r = ReadInputBytes("huge.html", html, IngestOptions()); });
  ASSERT_EQ(r.documents.size(), 1u);
  EXPECT_GT(r.documents[0].text.size(), 30u << 20);
}

TEST_F(BadInput, DirectoryOfTenThousandFiles) {
  const fs::path many = dir_ / "many";
  fs::create_directories(many);
  for (int i = 0; i < 10000; ++i) {
    std::ofstream(many / ("a" + std::to_string(i) + ".txt")) << "Text " << i;
  }
  std::ofstream(many / "README.md") << "not an article";
  std::vector<Status> errors;
  std::vector<std::string> files = ListInputFiles({many.string()}, IngestOptions(), errors);
  EXPECT_EQ(files.size(), 10000u);
  EXPECT_TRUE(errors.empty());
  EXPECT_TRUE(std::is_sorted(files.begin(), files.end()));
  IngestOptions capped;
  capped.max_files = 100;
  files = ListInputFiles({many.string()}, capped, errors);
  EXPECT_EQ(files.size(), 100u);
  ASSERT_EQ(errors.size(), 1u);
  EXPECT_EQ(errors[0].code(), StatusCode::kResourceExhausted);
}

TEST_F(BadInput, JsonTooDeep) {
  std::string line = "{\"text\":\"ok\",\"x\":";
  for (int i = 0; i < 100000; ++i) line += "[";
  FileDocuments r = ReadInputBytes("deep.jsonl", line + "\n{\"text\":\"Zweite Zeile ist gut.\"}\n",
                                   IngestOptions());
  EXPECT_EQ(r.documents.size(), 1u);
  ASSERT_EQ(r.errors.size(), 1u);
  EXPECT_NE(r.errors[0].message().find("line 1"), std::string::npos);
}

}  // namespace
}  // namespace tri

// The CLI's contract on good and bad input: exit codes 0/1/2, one clear line per bad input
// naming the file, the other inputs still analysed, reports written where it says.
#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>

#include "test_util.h"

namespace tri {
namespace {

namespace fs = std::filesystem;
using testing::Quote;
using testing::RunCommand;

class CliTest : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = fs::temp_directory_path() / ("tri_cli_test_" + std::to_string(getpid()));
    fs::remove_all(dir_);
    fs::create_directories(dir_);
  }
  void TearDown() override { fs::remove_all(dir_); }
  std::string Write(const std::string& name, const std::string& bytes) {
    const fs::path p = dir_ / name;
    fs::create_directories(p.parent_path());
    std::ofstream(p, std::ios::binary) << bytes;
    return p.string();
  }
  std::string Bin() const { return TRI_BINARY; }
  fs::path dir_;
};

const char kArticle[] =
    "Stadtrat beschließt neuen Radweg\n\nDer Stadtrat hat am Dienstag den Bau eines neuen "
    "Radwegs beschlossen. Die Kosten liegen bei 1,5 Mio. Euro.\n";

TEST_F(CliTest, HelpVersionAndUsageErrors) {
  EXPECT_EQ(RunCommand(Bin() + " --help").exit_code, 0);
  const auto v = RunCommand(Bin() + " --version");
  EXPECT_EQ(v.exit_code, 0);
  EXPECT_NE(v.out.find("triangulate "), std::string::npos);
  EXPECT_EQ(RunCommand(Bin()).exit_code, 2);
  EXPECT_EQ(RunCommand(Bin() + " analyze").exit_code, 2);
  EXPECT_EQ(RunCommand(Bin() + " analyze x --format pdf").exit_code, 2);
  EXPECT_EQ(RunCommand(Bin() + " no-such-command").exit_code, 2);
}

TEST_F(CliTest, BadInputsAreNamedAndTheRestIsAnalysed) {
  const std::string good = Write("good.txt", kArticle);
  const std::string empty = Write("empty.txt", "");
  const std::string png = Write("image.txt", std::string("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16));
  const std::string missing = (dir_ / "missing.txt").string();
  const auto r = RunCommand(Bin() + " analyze " + Quote(good) + " " + Quote(empty) + " " +
                            Quote(png) + " " + Quote(missing) + " --format json");
  EXPECT_EQ(r.exit_code, 1);
  const auto j = nlohmann::json::parse(r.out);
  ASSERT_EQ(j["documents"].size(), 1u);
  EXPECT_EQ(j["documents"][0]["source"], good);
  for (const std::string& bad : {empty, png, missing}) {
    EXPECT_NE(r.err.find(bad + ":"), std::string::npos) << r.err;
  }
  // One line per bad input.
  EXPECT_EQ(std::count(r.err.begin(), r.err.end(), '\n'), 3) << r.err;
  EXPECT_NE(r.err.find("binary"), std::string::npos) << r.err;
}

TEST_F(CliTest, UnreadableFileIsReported) {
  const std::string locked = Write("locked.txt", kArticle);
  fs::permissions(locked, fs::perms::none);
  // Root reads files whatever their permission bits: run the command as nobody (setpriv, from
  // util-linux) so the file is really unreadable; the test directory must then be searchable.
  std::string run_as;
  if (geteuid() == 0) {
    if (!fs::exists("/usr/bin/setpriv")) GTEST_SKIP() << "root without setpriv";
    fs::permissions(dir_, fs::perms::owner_all | fs::perms::group_read | fs::perms::group_exec |
                              fs::perms::others_read | fs::perms::others_exec);
    run_as = "/usr/bin/setpriv --reuid=65534 --regid=65534 --clear-groups ";
    if (RunCommand(run_as + Bin() + " --version").exit_code != 0) {
      GTEST_SKIP() << "nobody cannot run " << Bin() << " (a parent folder is private)";
    }
  }
  const auto r = RunCommand(run_as + Bin() + " analyze " + Quote(locked) + " --format json");
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_NE(r.err.find(locked), std::string::npos);
}

TEST_F(CliTest, InvalidUtf8IsDecodedAsWindows1252) {
  const std::string latin = Write("latin.txt",
                                  "Gr\xfc\xdf"
                                  "e aus K\xf6ln, sagte er.\n");
  const auto r = RunCommand(Bin() + " extract " + Quote(latin));
  ASSERT_EQ(r.exit_code, 0) << r.err;
  const auto j = nlohmann::json::parse(r.out);
  EXPECT_EQ(j["text"], "Grüße aus Köln, sagte er.\n");
  EXPECT_EQ(j["encoding"], "windows-1252");
}

TEST_F(CliTest, DirectoriesAreWalkedRecursivelyInSortedOrder) {
  for (int i = 0; i < 30; ++i) {
    Write("batch/" + std::string(i % 2 ? "a/" : "b/") + std::to_string(100 + i) + ".txt",
          std::string(kArticle) + "Meldung " + std::to_string(i) + ".\n");
  }
  Write("batch/notes.md", "# not an article\n");
  const auto r = RunCommand(Bin() + " extract " + Quote((dir_ / "batch").string()));
  ASSERT_EQ(r.exit_code, 0) << r.err;
  std::vector<std::string> sources;
  std::istringstream lines(r.out);
  for (std::string line; std::getline(lines, line);) {
    sources.push_back(nlohmann::json::parse(line)["source"]);
  }
  ASSERT_EQ(sources.size(), 30u);
  EXPECT_TRUE(std::is_sorted(sources.begin(), sources.end()));
}

TEST_F(CliTest, ReportsAreWrittenWhereTheCommandSays) {
  const std::string good = Write("good.txt", kArticle);
  for (const std::string format : {"html", "md", "json"}) {
    const std::string out = (dir_ / ("report." + format)).string();
    const auto r =
        RunCommand(Bin() + " analyze " + Quote(good) + " --format " + format + " -o " + Quote(out));
    ASSERT_EQ(r.exit_code, 0) << r.err;
    EXPECT_NE(r.err.find(out), std::string::npos) << r.err;  // says where
    const std::string content = testing::ReadFileOrEmpty(out);
    EXPECT_NE(content.find("Radweg"), std::string::npos) << format;
  }
}

}  // namespace
}  // namespace tri

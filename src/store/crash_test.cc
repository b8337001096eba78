// kill -9 in the middle of a large ingest, then restart: the database opens, every batch the
// ingester reported as committed is there, no story is half written, and a re-run completes
// the batch without duplicates. The ingest runs in a child process (store_ingest_child).
#include <gtest/gtest.h>
#include <signal.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cstdio>
#include <string>

#include "store/ingest_testing.h"
#include "store/store.h"
#include "store/store_testing.h"

extern char** environ;

namespace tri {
namespace {

using store::testing::TempDir;

constexpr int kArticles = 480;

// Starts the child with its stdout on a pipe; returns the pid and the read end.
pid_t Spawn(const std::string& db, const std::string& dir, int batch, FILE** out) {
  int fds[2];
  if (pipe(fds) != 0) return -1;
  posix_spawn_file_actions_t actions;
  posix_spawn_file_actions_init(&actions);
  posix_spawn_file_actions_adddup2(&actions, fds[1], STDOUT_FILENO);
  posix_spawn_file_actions_addclose(&actions, fds[0]);
  const std::string b = std::to_string(batch);
  std::vector<char*> argv = {const_cast<char*>(TRI_INGEST_CHILD), const_cast<char*>(db.c_str()),
                             const_cast<char*>(dir.c_str()), const_cast<char*>(b.c_str()), nullptr};
  pid_t pid = -1;
  const int rc = posix_spawn(&pid, TRI_INGEST_CHILD, &actions, nullptr, argv.data(), environ);
  posix_spawn_file_actions_destroy(&actions);
  close(fds[1]);
  if (rc != 0) {
    close(fds[0]);
    return -1;
  }
  *out = fdopen(fds[0], "r");
  return pid;
}

int64_t Articles(const std::string& db) {
  auto s = OpenStore(db);
  if (!s.ok()) return -1;
  auto st = (*s)->Stats();
  return st.ok() ? st->articles : -1;
}

TEST(Crash, KillNineMidBatchLosesNothingCommittedAndResumes) {
  TempDir dir;
  const std::string in = (dir.path() / "in").string();
  std::filesystem::create_directories(in);
  for (int i = 0; i < kArticles; ++i) {
    store::testing::WriteArticle(in + "/" + std::to_string(100000 + i) + ".txt", i / 3, i % 3);
  }
  const std::string db = dir.file("crash.db");

  // Run 1: kill -9 once a few batches are committed.
  FILE* out = nullptr;
  pid_t pid = Spawn(db, in, 6, &out);
  ASSERT_GT(pid, 0);
  char line[256];
  long committed = 0;
  int commits_seen = 0;
  while (commits_seen < 8 && std::fgets(line, sizeof line, out) != nullptr) {
    if (std::sscanf(line, "committed %ld", &committed) == 1) ++commits_seen;
  }
  ASSERT_EQ(kill(pid, SIGKILL), 0);
  int status = 0;
  waitpid(pid, &status, 0);
  fclose(out);
  ASSERT_TRUE(WIFSIGNALED(status)) << "the ingest finished before it could be killed";

  // Restart: the database opens and is consistent; every reported commit is there.
  {
    auto s = OpenStore(db);
    ASSERT_TRUE(s.ok()) << s.status().ToString();
    Status check = (*s)->CheckConsistency();
    EXPECT_TRUE(check.ok()) << check.ToString();
  }
  const int64_t after_kill = Articles(db);
  EXPECT_GE(after_kill, committed);
  EXPECT_LT(after_kill, kArticles) << "killed after the last batch; nothing was interrupted";
  EXPECT_EQ(after_kill % 6, 0) << "a batch was partly written";

  // Run 2: completes the batch, adding only what is missing.
  pid = Spawn(db, in, 50, &out);
  ASSERT_GT(pid, 0);
  std::string last;
  while (std::fgets(line, sizeof line, out) != nullptr) last = line;
  waitpid(pid, &status, 0);
  fclose(out);
  ASSERT_TRUE(WIFEXITED(status) && WEXITSTATUS(status) == 0) << last;
  long added = -1, updated = -1, unchanged = -1;
  ASSERT_EQ(std::sscanf(last.c_str(), "done added=%ld updated=%ld unchanged=%ld", &added, &updated,
                        &unchanged),
            3)
      << last;
  EXPECT_EQ(unchanged, after_kill);
  EXPECT_EQ(added, kArticles - after_kill);
  EXPECT_EQ(updated, 0);
  EXPECT_EQ(Articles(db), kArticles);
  auto s = OpenStore(db);
  ASSERT_TRUE(s.ok());
  EXPECT_TRUE((*s)->CheckConsistency().ok()) << (*s)->CheckConsistency().ToString();
}

}  // namespace
}  // namespace tri

// Test helper for the browser tests (not installed): writes the contradiction and hostile
// fixtures (server_testing.h) into a fresh database, and the hostile story as an HTML report.
//   web_fixture_db DB REPORT.html
#include <fstream>
#include <iostream>

#include "report/report.h"
#include "server/server_testing.h"

int main(int argc, char** argv) {
  if (argc != 3) {
    std::cerr << "usage: web_fixture_db DB REPORT.html\n";
    return 2;
  }
  std::filesystem::remove(argv[1]);
  auto store = tri::OpenStore(argv[1]);
  if (!store.ok()) {
    std::cerr << store.status().ToString() << "\n";
    return 1;
  }
  tri::Analysis hostile;
  for (const tri::ChangeSet& cs :
       {tri::server::testing::ContradictionFixture(), tri::server::testing::HostileFixture()}) {
    tri::Status st = (*store)->Apply(cs);
    if (!st.ok()) {
      std::cerr << st.ToString() << "\n";
      return 1;
    }
  }
  const tri::ChangeSet h = tri::server::testing::HostileFixture();
  for (const auto& w : h.documents) hostile.documents.push_back(w.doc);
  hostile.stories = h.stories;
  hostile.entities = h.entities;
  std::ofstream(argv[2], std::ios::binary) << tri::RenderHtml(hostile);
  return 0;
}

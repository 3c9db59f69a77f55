// Directory scans on the real file system: symlink loops, symlinked folders, two strategies.
#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>
#include <string>

#include "strat/workspace.h"

using namespace strat;
namespace stdfs = std::filesystem;

namespace {

struct TempDir {
  stdfs::path path;
  TempDir() {
    std::string tmpl = (stdfs::temp_directory_path() / "strat-scan-XXXXXX").string();
    path = ::mkdtemp(tmpl.data());
  }
  ~TempDir() {
    std::error_code ec;
    stdfs::remove_all(path, ec);
  }
  void write(const std::string& name, const std::string& text) const {
    stdfs::create_directories((path / name).parent_path());
    std::ofstream(path / name) << text;
  }
};

constexpr std::string_view kStrategy = "kind: strategy\nname: S\n";

}  // namespace

TEST_CASE("a scan skips a symlink back to a parent folder and follows one elsewhere once") {
  TempDir t;
  t.write("plans/a/b/s.yaml", std::string(kStrategy));
  t.write("elsewhere/e.yaml", std::string(kStrategy));
  stdfs::create_directory_symlink("..", t.path / "plans/a/b/up");        // a loop
  stdfs::create_directory_symlink("../..", t.path / "plans/a/b/top");    // a loop, higher
  stdfs::create_directory_symlink("../elsewhere", t.path / "plans/linked");  // not a loop
  stdfs::create_directory_symlink("../elsewhere", t.path / "plans/again");   // the same folder
  DiskFileSystem fs;
  Workspace ws = load_workspace({(t.path / "plans").string()}, fs, {}, 1);
  CHECK(ws.io_errors.empty());
  CHECK(ws.diagnostics.empty());
  REQUIRE(ws.files.size() == 2);
  CHECK(ws.files[0]->path().ends_with("plans/a/b/s.yaml"));
  CHECK(ws.files[1]->path().ends_with("plans/again/e.yaml"));  // the first path to it, bytewise
}

TEST_CASE("a file holding two strategies is reported at the second") {
  TempDir t;
  t.write("s.yaml", "kind: strategy\nname: First\n---\nkind: strategy\nname: Second\n");
  t.write("p.yaml", "kind: plan\nname: P\nstrategy: s.yaml\n");
  DiskFileSystem fs;
  Workspace ws = load_workspace({(t.path / "p.yaml").string()}, fs, {}, 1);
  REQUIRE(ws.diagnostics.size() == 1);
  const Diagnostic& d = ws.diagnostics[0];
  CHECK(d.rule == "duplicate-id");
  CHECK(d.pos.line == 4);
  CHECK(d.message == "this file already holds a strategy ('First', line 1): a plan's 'strategy:' "
                     "names a file and would use the first one only; put each strategy in a file "
                     "of its own");
  REQUIRE(ws.plans.size() == 1);
  CHECK(ws.plans[0]->strategy->name == "First");
}

TEST_CASE("a strategy: that names no file gets the nearest file or says it takes a path") {
  MemoryFileSystem fs;
  fs.add("plans/Strat\xc3\xa9gie.yaml", "kind: strategy\nname: Digitale 2027\n");
  fs.add("plans/typo.yaml", "kind: plan\nname: P\nstrategy: strategie.yaml\n");
  fs.add("plans/name.yaml", "kind: plan\nname: P\nstrategy: digitale 2027\n");
  fs.add("plans/unknown.yaml", "kind: plan\nname: P\nstrategy: Plan marketing\n");
  fs.add("plans/mac.yaml", "kind: plan\nname: P\nstrategy: Strate\xcc\x81gie.yaml\n");  // decomposed
  Workspace ws = load_workspace({"plans/typo.yaml", "plans/name.yaml", "plans/unknown.yaml", "plans/mac.yaml"}, fs, {}, 1);
  std::vector<std::string> messages;
  for (const Diagnostic& d : ws.diagnostics) messages.push_back(d.file + ": " + d.message);
  CHECK(messages == std::vector<std::string>{
      "plans/typo.yaml: the plan refers to strategy 'strategie.yaml', which cannot be read: No "
      "such file or directory; did you mean 'Strat\xc3\xa9gie.yaml'?",
      "plans/name.yaml: the plan refers to strategy 'digitale 2027', which is not a file; "
      "'strategy:' takes the path of the strategy file, relative to this plan: did you mean "
      "'strategy: Strat\xc3\xa9gie.yaml'?",
      "plans/unknown.yaml: the plan refers to strategy 'Plan marketing', which is not a file; "
      "'strategy:' takes the path of the strategy file, relative to this plan (such as "
      "'strategy: strategy.yaml')",
  });
  REQUIRE(ws.plans.size() == 4);
  CHECK(ws.plans[3]->strategy);  // the decomposed name finds the composed file
}

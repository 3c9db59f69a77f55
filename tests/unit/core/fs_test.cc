#include <doctest/doctest.h>

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <string>
#include <thread>
#include <vector>

#include <sys/stat.h>

#include "strat/error.h"
#include "strat/fs.h"

using namespace strat;

TEST_CASE("paths are joined and normalised the way users write them") {
  CHECK(join_path(".", "plan.yaml") == "plan.yaml");
  CHECK(join_path("examples/clinic/", "plan.yaml") == "examples/clinic/plan.yaml");
  CHECK(join_path("a/b", "../strategy.yaml") == "a/strategy.yaml");
  CHECK(join_path("a", "/abs/s.yaml") == "/abs/s.yaml");
  CHECK(join_path(".", "./x/./y.yaml") == "x/y.yaml");
  CHECK(parent_path("plan.yaml") == ".");
  CHECK(parent_path("a/b/plan.yaml") == "a/b");
}

TEST_CASE("the in-memory file system behaves like a disk") {
  MemoryFileSystem fs;
  fs.add("a/p.yaml", "kind: plan\n");
  fs.add("a/b/s.yaml", "kind: strategy\n");
  CHECK(fs.type("a") == FileSystem::Type::directory);
  CHECK(fs.type("a/p.yaml") == FileSystem::Type::file);
  CHECK(fs.type("nope") == FileSystem::Type::missing);
  CHECK(fs.list("a") == std::vector<std::string>{"b", "p.yaml"});
  CHECK(fs.read("a/p.yaml", 100).text == "kind: plan\n");
  CHECK(fs.read("a/p.yaml", 3).status == ReadResult::Status::too_big);
  CHECK(fs.read("a", 100).status == ReadResult::Status::not_a_file);
  CHECK(fs.read("x", 100).status == ReadResult::Status::missing);
  CHECK(fs.identity("./a/../a/p.yaml") == "a/p.yaml");
}

TEST_CASE("the disk: reading with a size limit, and atomic writes") {
  namespace stdfs = std::filesystem;
  stdfs::path dir = stdfs::temp_directory_path() / "strat-fs-test";
  stdfs::remove_all(dir);
  stdfs::create_directories(dir);
  std::string file = (dir / "report.txt").string();
  DiskFileSystem fs;

  write_file_atomic(file, "first");
  CHECK(fs.read(file, 100).text == "first");
  write_file_atomic(file, "second, longer");
  CHECK(fs.read(file, 100).text == "second, longer");
  CHECK(fs.read(file, 5).status == ReadResult::Status::too_big);
  CHECK(fs.read(dir.string(), 100).status == ReadResult::Status::not_a_file);
  CHECK(fs.read((dir / "none").string(), 100).status == ReadResult::Status::missing);
  CHECK(fs.type(dir.string()) == FileSystem::Type::directory);
  CHECK(fs.list(dir.string()) == std::vector<std::string>{"report.txt"});  // no temp file left

  CHECK_THROWS_AS(write_file_atomic((dir / "no-such-dir" / "x").string(), "x"), Error);
  stdfs::remove_all(dir);
}

TEST_CASE("atomic writes: new files get 0666 less the umask, and the umask is left alone") {
  namespace stdfs = std::filesystem;
  stdfs::path dir = stdfs::temp_directory_path() / "strat-fs-umask-test";
  stdfs::remove_all(dir);
  stdfs::create_directories(dir);
  auto mode_of = [](const stdfs::path& p) {
    struct stat st {};
    REQUIRE(::stat(p.c_str(), &st) == 0);
    return st.st_mode & 0777;
  };
  mode_t before = ::umask(022);
  write_file_atomic((dir / "a.txt").string(), "a");
  CHECK(mode_of(dir / "a.txt") == 0644);
  ::umask(077);
  write_file_atomic((dir / "b.txt").string(), "b");
  CHECK(mode_of(dir / "b.txt") == 0600);
  CHECK(::umask(before) == 077);  // write_file_atomic never changed it

  // Threads writing side by side each get their own temporary file and a whole result.
  std::vector<std::thread> threads;
  for (int i = 0; i < 8; ++i)
    threads.emplace_back([&, i] {
      for (int k = 0; k < 20; ++k)
        write_file_atomic((dir / ("t" + std::to_string(i))).string(), std::string(100 + i, 'x'));
    });
  for (std::thread& t : threads) t.join();
  DiskFileSystem fs;
  for (int i = 0; i < 8; ++i)
    CHECK(fs.read((dir / ("t" + std::to_string(i))).string(), 1000).text.size() == size_t(100 + i));
  CHECK(fs.list(dir.string()).size() == 10);  // no temporary file left
  stdfs::remove_all(dir);
}

// The two sides of a diff: disk, a git revision, or a file git hands an external driver.
#include <map>

#include <fmt/format.h>

#include "strat/diff.h"
#include "strat/error.h"
#include "strat/git.h"
#include "strat/parallel.h"
#include "strat/terminal.h"

namespace strat {
namespace {

/// Some files given as text, every other path read from `base`.
class OverlayFileSystem final : public FileSystem {
 public:
  explicit OverlayFileSystem(std::unique_ptr<FileSystem> base) : base_(std::move(base)) {}
  void add(const std::string& path, std::string text) { files_.add(path, std::move(text)); }
  Type type(const std::string& path) const override {
    Type t = files_.type(path);
    return t == Type::file ? t : base_->type(path);
  }
  ReadResult read(const std::string& path, size_t max_bytes) const override {
    return files_.type(path) == Type::file ? files_.read(path, max_bytes) : base_->read(path, max_bytes);
  }
  std::vector<std::string> list(const std::string& dir) const override { return base_->list(dir); }
  std::string identity(const std::string& path) const override {
    return files_.type(path) == Type::file ? "overlay:" + files_.identity(path) : base_->identity(path);
  }

 private:
  std::unique_ptr<FileSystem> base_;
  MemoryFileSystem files_;
};

std::string root_of(const FileSystem& fs, const std::string& path) {
  return fs.type(path) == FileSystem::Type::directory ? join_path(".", path) : parent_path(path);
}

}  // namespace

DiffSide open_side(const std::string& spec) {
  DiffSide side;
  side.label = spec;
  auto disk = std::make_unique<DiskFileSystem>();
  size_t colon = spec.find(':');
  if (disk->type(spec) != FileSystem::Type::missing || colon == std::string::npos) {
    if (disk->type(spec) == FileSystem::Type::missing)
      throw Error(fmt::format("cannot read '{}': No such file or directory", visible(spec)));
    side.paths = {spec};
    side.root = root_of(*disk, spec);
    side.fs = std::move(disk);
    return side;
  }
  std::string rev = spec.substr(0, colon), path = spec.substr(colon + 1);
  if (path.empty()) path = ".";
  auto git = std::make_unique<GitFileSystem>(rev);
  if (git->type(path) == FileSystem::Type::missing)
    throw Error(fmt::format("'{}' does not exist in revision '{}'", visible(path), visible(rev)));
  side.paths = {path};
  side.root = root_of(*git, path);
  side.fs = std::move(git);
  return side;
}

DiffSide open_revision(const std::string& rev, std::vector<std::string> paths) {
  DiffSide side;
  side.label = rev.empty() ? "the working tree" : rev;
  if (paths.empty()) paths = {"."};
  if (rev.empty()) side.fs = std::make_unique<DiskFileSystem>();
  else side.fs = std::make_unique<GitFileSystem>(rev);
  for (const std::string& p : paths)
    if (side.fs->type(p) != FileSystem::Type::missing) side.paths.push_back(p);
  return side;
}

DiffSide open_driver_side(const std::string& path, const std::string& file) {
  DiffSide side;
  side.label = path;
  if (file == "/dev/null") {
    side.fs = std::make_unique<DiskFileSystem>();
    return side;
  }
  DiskFileSystem disk;
  ReadResult r = disk.read(file, size_t{1} << 30);
  if (r.status != ReadResult::Status::ok) throw Error(fmt::format("cannot read '{}': {}", visible(file), r.error));
  auto overlay = std::make_unique<OverlayFileSystem>(std::make_unique<DiskFileSystem>());
  overlay->add(path, std::move(r.text));
  side.fs = std::move(overlay);
  side.paths = {path};
  side.root = parent_path(path);
  return side;
}

LoadedRun load_side(const DiffSide& side, const RunOptions& options) {
  if (side.paths.empty()) {
    LoadedRun run;
    run.configs = std::make_unique<ConfigSet>(*side.fs, ConfigChoice{ConfigChoice::Mode::none, {}});
    return run;
  }
  RunOptions o = options;
  o.paths = side.paths;
  return load_run(o, *side.fs);
}

}  // namespace strat

namespace strat {

std::pair<LoadedRun, LoadedRun> load_sides(const DiffSide& old_side, const DiffSide& new_side,
                                           const RunOptions& options) {
  std::pair<LoadedRun, LoadedRun> runs;
  parallel_for(2, options.jobs == 1 ? 1 : 2, [&](size_t i) {
    if (i == 0) runs.first = load_side(old_side, options);
    else runs.second = load_side(new_side, options);
  });
  return runs;
}

}  // namespace strat

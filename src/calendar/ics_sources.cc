// Where the files behind an ICS export sit: each file's path in its repository (for UIDs that
// do not depend on where strat runs) and, when git tracks it, its history (for LAST-MODIFIED
// and SEQUENCE). The only part of the ICS export that reads the disk or runs git.
#include <filesystem>
#include <set>

#include "strat/calendar_render.h"
#include "strat/git.h"

namespace strat {

namespace {

/// `file`'s path relative to the nearest parent directory with a `.git`, and whether there is
/// one; the lexically normal path outside a repository.
std::pair<std::string, bool> path_in_repository(const std::string& file) {
  namespace fs = std::filesystem;
  std::error_code ec;
  fs::path abs = fs::absolute(file, ec).lexically_normal();
  if (ec) return {file, false};
  for (fs::path dir = abs.parent_path(); !dir.empty(); dir = dir.parent_path()) {
    if (fs::exists(dir / ".git", ec)) return {abs.lexically_relative(dir).generic_string(), true};
    if (dir == dir.parent_path()) break;
  }
  return {fs::path(file).lexically_normal().generic_string(), false};
}

}  // namespace

void add_ics_sources(const Calendar& cal, RenderOptions& o) {
  std::set<std::string> files;
  for (const auto& t : cal.tactics) files.emplace(t->file);
  for (const std::string& file : files) {
    auto [path, in_git] = path_in_repository(file);
    o.repo_paths[file] = path;
    if (!in_git) continue;  // no git run at all outside a repository
    if (auto h = git_file_history(file)) o.histories[file] = *h;
  }
}

}  // namespace strat

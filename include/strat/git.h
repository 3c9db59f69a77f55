// Reading files as they were at a git revision, through the FileSystem interface, so that
// load_run (and a plan's `strategy:`) works unchanged on any revision.
#pragma once

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "strat/fs.h"

namespace strat {

/// Whether `rev` may be passed to git at all: not empty, no leading '-', no control
/// characters. (git itself then decides whether it names a commit.)
bool plausible_revision(std::string_view rev);

/// The files of one commit. Paths are relative to the current directory, as on disk.
class GitFileSystem final : public FileSystem {
 public:
  /// Resolves `rev` to a commit and lists its tree once. Throws strat::Error, with one line a
  /// person understands, when git is missing, the directory is not in a repository or `rev`
  /// names no commit.
  explicit GitFileSystem(std::string rev);

  Type type(const std::string& path) const override;
  ReadResult read(const std::string& path, size_t max_bytes) const override;
  std::vector<std::string> list(const std::string& dir) const override;
  std::string identity(const std::string& path) const override;

  const std::string& revision() const { return rev_; }
  const std::string& commit() const { return commit_; }

 private:
  struct Blob {
    std::string mode, sha;
    uint64_t size = 0;
  };
  /// The repository path for a path relative to the current directory; empty: outside it.
  std::string repo_path(const std::string& path) const;

  std::string rev_, commit_;
  std::string top_, prefix_;  ///< the work tree's root; the current directory under it ("a/b/")
  std::map<std::string, Blob> blobs_;  ///< repository path → blob, every file of the commit
};

/// One commit of `git log`.
struct GitCommit {
  std::string hash, short_hash, date, subject;  ///< date: YYYY-MM-DD (author date)
  std::vector<std::string> parents;
};

/// The commits that touched `path` (newest first, following no renames), from git log without a
/// shell. Throws strat::Error as GitFileSystem does, and for a path git cannot log.
std::vector<GitCommit> git_log(const std::string& path, int max_count = 0);

/// How often one file was committed, and when last: for ICS LAST-MODIFIED and SEQUENCE.
struct GitFileHistory {
  int commits = 0;           ///< commits that changed the file (git log's simplified history)
  int64_t last_commit = 0;   ///< the newest of them: its committer time, Unix seconds (UTC)
};

/// The history of `path` from one `git log` run in the file's own directory, without a shell.
/// nullopt, and no error, when git is missing, the file is in no repository or no commit
/// touched it: callers then leave out what the history would give.
std::optional<GitFileHistory> git_file_history(const std::string& path);

/// The top-level directory of the repository holding the current directory; throws
/// strat::Error when there is none or git is missing.
std::string git_toplevel();

}  // namespace strat

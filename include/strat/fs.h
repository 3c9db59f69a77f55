// File access behind a small interface, so that tests can feed strings.
#pragma once

#include <cstddef>
#include <cstdint>
#include <map>
#include <string>
#include <vector>

namespace strat {

/// What reading a file gave.
struct ReadResult {
  enum class Status { ok, missing, too_big, not_a_file, error };
  Status status = Status::ok;
  std::string text;
  std::string error;  ///< a human reason when status != ok
  uint64_t size = 0;  ///< too_big: the bytes seen (the whole file's, unless it grew while read)
};

class FileSystem {
 public:
  enum class Type { missing, file, directory, other };  ///< other: a FIFO, a device, a symlink loop…
  virtual ~FileSystem() = default;
  virtual Type type(const std::string& path) const = 0;
  /// Reads at most `max_bytes`; a larger file gives Status::too_big without reading it all.
  virtual ReadResult read(const std::string& path, size_t max_bytes) const = 0;
  /// Names of the entries in a directory, sorted bytewise.
  virtual std::vector<std::string> list(const std::string& dir) const = 0;
  /// A key that is equal for two spellings of the same file.
  virtual std::string identity(const std::string& path) const = 0;
  /// A key that is equal for two paths to the same directory, however reached (a symlink
  /// back to a parent included): on disk its device and inode. The default is identity().
  virtual std::string directory_key(const std::string& dir) const { return identity(dir); }
  /// `path` made absolute against this file system's current directory, lexically normal,
  /// with no trailing '/'. The default reads the process's current directory, which suits
  /// any file system whose paths are the disk's (the disk itself, a git revision's tree).
  virtual std::string absolute(const std::string& path) const;
};

/// The real file system.
class DiskFileSystem final : public FileSystem {
 public:
  Type type(const std::string& path) const override;
  ReadResult read(const std::string& path, size_t max_bytes) const override;
  std::vector<std::string> list(const std::string& dir) const override;
  std::string identity(const std::string& path) const override;
  std::string directory_key(const std::string& dir) const override;
};

/// An in-memory file system: path → contents; directories are implied. The unit tests and
/// the fuzzers use it, and it stays in the library on purpose: a program that embeds libstrat
/// (an editor checking unsaved buffers, a service checking uploaded files) needs it as well.
class MemoryFileSystem final : public FileSystem {
 public:
  void add(const std::string& path, std::string text) { files_[path] = std::move(text); }
  /// The directory relative paths start from (absolute, "/" unless set).
  void set_current_dir(std::string dir) { cwd_ = std::move(dir); }
  Type type(const std::string& path) const override;
  ReadResult read(const std::string& path, size_t max_bytes) const override;
  std::vector<std::string> list(const std::string& dir) const override;
  std::string identity(const std::string& path) const override;
  std::string absolute(const std::string& path) const override;

 private:
  std::map<std::string, std::string> files_;
  std::string cwd_ = "/";
};

/// Joins and lexically normalises paths the way users write them ("a/./b/../c" → "a/c").
std::string join_path(const std::string& dir, const std::string& name);
std::string parent_path(const std::string& path);

/// The root of the git work tree holding `dir`: the nearest directory at or above it (made
/// absolute by fs.absolute) that holds `.git`, a directory or, in a linked worktree or a
/// submodule, a file. Empty when there is none. A few stats, and no git process.
std::string repository_root(const FileSystem& fs, const std::string& dir);
/// repository_root(fs, "."), or else the current directory (absolute): what CI tools call
/// the source root.
std::string source_root(const FileSystem& fs);

/// Writes `data` to `path` atomically: a temporary file in the same directory, then rename.
/// Throws strat::Error on failure, leaving any old file untouched.
void write_file_atomic(const std::string& path, std::string_view data);

}  // namespace strat

#include "strat/fs.h"

#include <algorithm>
#include <atomic>
#include <cerrno>
#include <chrono>
#include <cstring>
#include <fcntl.h>
#include <filesystem>
#include <sys/stat.h>
#include <unistd.h>

#include <fmt/format.h>

#include "strat/error.h"

namespace strat {

namespace stdfs = std::filesystem;

std::string join_path(const std::string& dir, const std::string& name) {
  if (dir.empty() || dir == "." || stdfs::path(name).is_absolute()) return stdfs::path(name).lexically_normal().string();
  std::string joined = (stdfs::path(dir) / name).lexically_normal().string();
  return joined.empty() ? "." : joined;
}

std::string parent_path(const std::string& path) {
  std::string parent = stdfs::path(path).parent_path().string();
  return parent.empty() ? "." : parent;
}

std::string repository_root(const FileSystem& fs, const std::string& dir) {
  for (std::string d = fs.absolute(dir);; d = parent_path(d)) {
    if (fs.type(join_path(d, ".git")) != FileSystem::Type::missing) return d;
    if (d.empty() || parent_path(d) == d) return {};
  }
}

std::string source_root(const FileSystem& fs) {
  std::string root = repository_root(fs, ".");
  return root.empty() ? fs.absolute(".") : root;
}

/// Lexically normal, with no trailing '/' (except for "/" itself).
static std::string normal_absolute(const stdfs::path& p) {
  std::string s = p.lexically_normal().string();
  if (s.size() > 1 && s.ends_with('/')) s.pop_back();
  return s;
}

std::string FileSystem::absolute(const std::string& path) const {
  return normal_absolute(stdfs::absolute(path));
}

// ---------------------------------------------------------------- disk

FileSystem::Type DiskFileSystem::type(const std::string& path) const {
  struct stat st;
  if (::stat(path.c_str(), &st) != 0)  // a symlink loop is `other`: reading it says so
    return errno == ENOENT || errno == ENOTDIR ? Type::missing : Type::other;
  if (S_ISREG(st.st_mode)) return Type::file;
  if (S_ISDIR(st.st_mode)) return Type::directory;
  return Type::other;
}

ReadResult DiskFileSystem::read(const std::string& path, size_t max_bytes) const {
  ReadResult r;
  int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC | O_NONBLOCK);  // a FIFO must not block
  if (fd < 0) {
    r.status = errno == ENOENT ? ReadResult::Status::missing : ReadResult::Status::error;
    r.error = std::strerror(errno);
    return r;
  }
  struct stat st;
  if (::fstat(fd, &st) != 0) {
    r.status = ReadResult::Status::error;
    r.error = std::strerror(errno);
    ::close(fd);
    return r;
  }
  if (!S_ISREG(st.st_mode)) {
    ::close(fd);
    r.status = ReadResult::Status::not_a_file;
    r.error = S_ISDIR(st.st_mode) ? "is a directory" : "not a regular file";
    return r;
  }
  if (static_cast<uint64_t>(st.st_size) > max_bytes) {
    ::close(fd);
    r.status = ReadResult::Status::too_big;
    r.size = static_cast<uint64_t>(st.st_size);
    return r;
  }
  r.text.resize(static_cast<size_t>(st.st_size));  // exactly: the text is kept for diagnostics
  size_t got = 0;
  char more[4096];  // the file may have grown since fstat
  for (;;) {
    bool full = got == r.text.size();
    ssize_t n = full ? ::read(fd, more, sizeof more) : ::read(fd, r.text.data() + got, r.text.size() - got);
    if (n < 0 && errno == EINTR) continue;
    if (n < 0) {
      r.status = ReadResult::Status::error;
      r.error = std::strerror(errno);
      break;
    }
    if (n == 0) break;
    if (full) r.text.append(more, static_cast<size_t>(n));
    got += static_cast<size_t>(n);
    if (got > max_bytes) {
      r.status = ReadResult::Status::too_big;
      r.size = got;
      break;
    }
  }
  ::close(fd);
  r.text.resize(got);
  r.text.shrink_to_fit();
  return r;
}

std::vector<std::string> DiskFileSystem::list(const std::string& dir) const {
  std::vector<std::string> names;
  std::error_code ec;
  for (stdfs::directory_iterator it(dir, ec), end; !ec && it != end; it.increment(ec))
    names.push_back(it->path().filename().string());
  if (ec) throw Error(fmt::format("cannot list '{}': {}", dir, ec.message()));
  std::sort(names.begin(), names.end());
  return names;
}

std::string DiskFileSystem::identity(const std::string& path) const {
  std::error_code ec;
  stdfs::path p = stdfs::weakly_canonical(path, ec);
  return ec ? stdfs::absolute(path).lexically_normal().string() : p.string();
}

std::string DiskFileSystem::directory_key(const std::string& dir) const {
  struct stat st;
  if (::stat(dir.c_str(), &st) != 0) return identity(dir);
  return fmt::format("{}:{}", static_cast<uint64_t>(st.st_dev), static_cast<uint64_t>(st.st_ino));
}

// ---------------------------------------------------------------- memory

FileSystem::Type MemoryFileSystem::type(const std::string& path) const {
  std::string p = join_path(".", path);
  if (files_.count(p)) return Type::file;
  std::string prefix = p == "." ? "" : p + "/";
  auto it = files_.lower_bound(prefix);
  return it != files_.end() && it->first.starts_with(prefix) ? Type::directory : Type::missing;
}

ReadResult MemoryFileSystem::read(const std::string& path, size_t max_bytes) const {
  auto it = files_.find(join_path(".", path));
  if (it == files_.end()) {
    bool dir = type(path) == Type::directory;
    return {dir ? ReadResult::Status::not_a_file : ReadResult::Status::missing, {},
            dir ? "is a directory" : "No such file or directory"};
  }
  if (it->second.size() > max_bytes)
    return {ReadResult::Status::too_big, {}, {}, it->second.size()};
  return {ReadResult::Status::ok, it->second, {}};
}

std::vector<std::string> MemoryFileSystem::list(const std::string& dir) const {
  std::string d = join_path(".", dir);
  std::string prefix = d == "." ? "" : d + "/";
  std::vector<std::string> names;
  for (auto it = files_.lower_bound(prefix); it != files_.end() && it->first.starts_with(prefix); ++it) {
    std::string rest = it->first.substr(prefix.size());
    std::string name = rest.substr(0, rest.find('/'));
    if (names.empty() || names.back() != name) names.push_back(name);
  }
  return names;
}

std::string MemoryFileSystem::identity(const std::string& path) const { return join_path(".", path); }

std::string MemoryFileSystem::absolute(const std::string& path) const {
  return normal_absolute(stdfs::path(cwd_) / path);  // `/` keeps an absolute `path` as it is
}

// ---------------------------------------------------------------- writing

namespace {

/// Creates a new file `.NAME.XXXXXX` beside `path` (X: six letters or digits) and returns its
/// descriptor, or -1 with errno set. It is created with mode 0666, which the kernel narrows by
/// the umask (and a default ACL) as for any new file: the process umask is never read or
/// changed, so this is safe while other threads create files.
int create_temp(const std::string& path, std::string& tmp) {
  static constexpr char kDigits[] = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";
  static std::atomic<uint64_t> counter{0};
  std::string stem = join_path(parent_path(path), "." + stdfs::path(path).filename().string() + ".");
  uint64_t seed = static_cast<uint64_t>(std::chrono::steady_clock::now().time_since_epoch().count()) ^
                  (static_cast<uint64_t>(::getpid()) << 32);
  for (int attempt = 0; attempt < 100; ++attempt) {
    uint64_t x = (seed + counter.fetch_add(1) * 0x9E3779B97F4A7C15ull) * 0xBF58476D1CE4E5B9ull;
    x ^= x >> 31;
    tmp = stem;
    for (int i = 0; i < 6; ++i, x /= 62) tmp += kDigits[x % 62];
    int fd = ::open(tmp.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0666);
    if (fd >= 0 || errno != EEXIST) return fd;
  }
  return -1;  // errno is EEXIST
}

}  // namespace

void write_file_atomic(const std::string& given, std::string_view data) {
  // Write through a symlink to its target, and never rename over a device, a FIFO or a
  // directory: replacing them is not what "write the report there" means.
  std::string path = given;
  std::error_code ec;
  if (stdfs::is_symlink(stdfs::symlink_status(given, ec))) {
    stdfs::path target = stdfs::weakly_canonical(given, ec);
    if (ec) throw Error(fmt::format("cannot write '{}': {}", given, ec.message()));
    path = target.string();
  }
  stdfs::file_status st = stdfs::status(path, ec);
  if (stdfs::exists(st) && !stdfs::is_regular_file(st))
    throw Error(fmt::format("cannot write '{}': {}", given,
                            stdfs::is_directory(st) ? "Is a directory" : "not a regular file"));
  std::string tmp;
  int fd = create_temp(path, tmp);
  if (fd < 0) throw Error(fmt::format("cannot write '{}': {}", path, std::strerror(errno)));
  auto fail = [&](int err) {
    ::close(fd);
    ::unlink(tmp.c_str());
    throw Error(fmt::format("cannot write '{}': {}", path, std::strerror(err)));
  };
  for (size_t done = 0; done < data.size();) {
    ssize_t n = ::write(fd, data.data() + done, data.size() - done);
    if (n < 0 && errno == EINTR) continue;
    if (n < 0) fail(errno);
    done += static_cast<size_t>(n);
  }
  if (::fsync(fd) != 0) fail(errno);
  if (::close(fd) != 0) {
    ::unlink(tmp.c_str());
    throw Error(fmt::format("cannot write '{}': {}", path, std::strerror(errno)));
  }
  if (::rename(tmp.c_str(), path.c_str()) != 0) {
    int err = errno;
    ::unlink(tmp.c_str());
    throw Error(fmt::format("cannot write '{}': {}", path, std::strerror(err)));
  }
}

}  // namespace strat

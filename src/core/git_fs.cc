// GitFileSystem: `git ls-tree -r -l -z` once, then `git cat-file blob` per file read.
#include "strat/git.h"

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <filesystem>

#include <fmt/format.h>

#include "strat/error.h"
#include "strat/process.h"
#include "strat/terminal.h"

namespace strat {
namespace {

std::string first_line(const std::string& s) {
  std::string line = s.substr(0, s.find('\n'));
  return line.rfind("fatal: ", 0) == 0 ? line.substr(7) : line;
}

std::string trimmed(std::string s) {
  while (!s.empty() && (s.back() == '\n' || s.back() == '\r')) s.pop_back();
  return s;
}

ProcessResult git(const std::vector<std::string>& args) {
  std::vector<std::string> argv = {"git"};
  argv.insert(argv.end(), args.begin(), args.end());
  return run_process(argv);
}

}  // namespace

bool plausible_revision(std::string_view rev) {
  if (rev.empty() || rev.front() == '-') return false;
  for (unsigned char c : rev)
    if (c < 0x20 || c == 0x7f) return false;
  return true;
}

std::string git_toplevel() {
  ProcessResult r = git({"rev-parse", "--show-toplevel"});
  if (r.status != 0) throw Error("not in a git repository (or git cannot read it): " + first_line(r.err));
  return trimmed(r.out);
}

std::optional<GitFileHistory> git_file_history(const std::string& path) {
  std::filesystem::path file(path);
  std::string dir = file.has_parent_path() ? file.parent_path().string() : ".";
  ProcessResult r;
  try {
    r = git({"-C", dir, "log", "--format=%ct", "--", file.filename().string()});
  } catch (const Error&) {
    return std::nullopt;  // git is not installed
  }
  if (r.status != 0) return std::nullopt;
  GitFileHistory h;
  for (size_t at = 0; at < r.out.size();) {
    size_t end = std::min(r.out.find('\n', at), r.out.size());
    std::string_view line(r.out.data() + at, end - at);
    at = end + 1;
    // Only the lines of the format count (a configured log.showSignature adds others).
    if (line.empty() || line.size() > 18 || line.find_first_not_of("0123456789") != std::string_view::npos) continue;
    if (h.commits++ == 0) h.last_commit = std::stoll(std::string(line));
  }
  if (h.commits == 0) return std::nullopt;  // untracked, or never committed
  return h;
}

std::vector<GitCommit> git_log(const std::string& path, int max_count) {
  git_toplevel();  // the one-line error when there is no repository
  std::vector<std::string> args = {"log", "-z", "--format=%H%x1f%h%x1f%ad%x1f%P%x1f%s", "--date=short"};
  if (max_count > 0) args.push_back(fmt::format("--max-count={}", max_count));
  args.push_back("--");
  args.push_back(path);
  ProcessResult r = git(args);
  if (r.status != 0) throw Error(fmt::format("cannot read the history of '{}': {}", visible(path), first_line(r.err)));
  std::vector<GitCommit> out;
  for (size_t at = 0; at < r.out.size();) {
    size_t end = r.out.find('\0', at);
    if (end == std::string::npos) end = r.out.size();
    std::string record = r.out.substr(at, end - at);
    at = end + 1;
    std::vector<std::string> parts;
    for (size_t from = 0;;) {
      size_t sep = record.find('\x1f', from);
      parts.push_back(record.substr(from, sep == std::string::npos ? std::string::npos : sep - from));
      if (sep == std::string::npos) break;
      from = sep + 1;
    }
    if (parts.size() < 5) continue;
    GitCommit c{trimmed(parts[0]), parts[1], parts[2], parts[4], {}};
    for (size_t from = 0; from < parts[3].size();) {
      size_t sp = parts[3].find(' ', from);
      if (sp == std::string::npos) sp = parts[3].size();
      if (sp > from) c.parents.push_back(parts[3].substr(from, sp - from));
      from = sp + 1;
    }
    out.push_back(std::move(c));
  }
  return out;
}

GitFileSystem::GitFileSystem(std::string rev) : rev_(std::move(rev)) {
  if (!plausible_revision(rev_)) throw Error(fmt::format("invalid revision '{}'", visible(rev_)));
  top_ = git_toplevel();
  ProcessResult prefix = git({"rev-parse", "--show-prefix"});
  prefix_ = trimmed(prefix.out);
  ProcessResult verify = git({"rev-parse", "--verify", "--quiet", "--end-of-options", rev_ + "^{commit}"});
  if (verify.status != 0) throw Error(fmt::format("unknown revision '{}': no such commit in this repository", visible(rev_)));
  commit_ = trimmed(verify.out);
  ProcessResult tree = git({"ls-tree", "-r", "-l", "-z", "--full-tree", commit_});
  if (tree.status != 0) throw Error(fmt::format("cannot list revision '{}': {}", rev_, first_line(tree.err)));
  // Each entry: "<mode> SP <type> SP <sha> SP+ <size> TAB <path> NUL".
  for (size_t at = 0; at < tree.out.size();) {
    size_t end = tree.out.find('\0', at);
    if (end == std::string::npos) end = tree.out.size();
    std::string entry = tree.out.substr(at, end - at);
    at = end + 1;
    size_t tab = entry.find('\t');
    if (tab == std::string::npos) continue;
    std::string meta = entry.substr(0, tab);
    Blob b;
    char type[16] = {};
    char mode[16] = {}, sha[80] = {}, size[32] = {};
    if (std::sscanf(meta.c_str(), "%15s %15s %79s %31s", mode, type, sha, size) != 4) continue;
    b.mode = mode;
    b.sha = sha;
    b.size = std::strtoull(size, nullptr, 10);
    if (std::string_view(type) != "blob") b.mode = "other";
    blobs_.emplace(entry.substr(tab + 1), std::move(b));
  }
}

std::string GitFileSystem::repo_path(const std::string& path) const {
  namespace stdfs = std::filesystem;
  std::string p;
  if (!path.empty() && path.front() == '/') {
    std::string rel = stdfs::path(path).lexically_normal().lexically_relative(top_).string();
    p = rel;
  } else {
    p = stdfs::path(prefix_ + path).lexically_normal().string();
  }
  if (p == "." || p.empty()) return ".";
  if (p.rfind("..", 0) == 0) return {};
  if (p.back() == '/') p.pop_back();
  return p;
}

FileSystem::Type GitFileSystem::type(const std::string& path) const {
  std::string p = repo_path(path);
  if (p.empty()) return Type::missing;
  if (p == ".") return Type::directory;
  if (auto it = blobs_.find(p); it != blobs_.end())
    return it->second.mode == "100644" || it->second.mode == "100755" ? Type::file : Type::other;
  auto it = blobs_.lower_bound(p + "/");
  return it != blobs_.end() && it->first.rfind(p + "/", 0) == 0 ? Type::directory : Type::missing;
}

ReadResult GitFileSystem::read(const std::string& path, size_t max_bytes) const {
  std::string p = repo_path(path);
  auto it = p.empty() ? blobs_.end() : blobs_.find(p);
  if (it == blobs_.end()) {
    bool dir = type(path) == Type::directory;
    return {dir ? ReadResult::Status::not_a_file : ReadResult::Status::missing, {},
            dir ? "is a directory" : fmt::format("does not exist in revision '{}'", rev_)};
  }
  if (it->second.mode == "other") return {ReadResult::Status::not_a_file, {}, "not a regular file"};
  if (it->second.size > max_bytes) return {ReadResult::Status::too_big, {}, {}, it->second.size};
  ProcessResult r = git({"cat-file", "blob", it->second.sha});
  if (r.status != 0) return {ReadResult::Status::error, {}, first_line(r.err)};
  return {ReadResult::Status::ok, std::move(r.out), {}};
}

std::vector<std::string> GitFileSystem::list(const std::string& dir) const {
  std::string p = repo_path(dir);
  std::string prefix = p == "." ? "" : p + "/";
  std::vector<std::string> names;
  if (p.empty()) return names;
  for (auto it = blobs_.lower_bound(prefix); it != blobs_.end() && it->first.rfind(prefix, 0) == 0; ++it) {
    std::string rest = it->first.substr(prefix.size());
    std::string name = rest.substr(0, rest.find('/'));
    if (names.empty() || names.back() != name) names.push_back(name);
  }
  std::sort(names.begin(), names.end());  // "a-b" sorts before "a/c" as a path, after "a" as a name
  names.erase(std::unique(names.begin(), names.end()), names.end());
  return names;
}

std::string GitFileSystem::identity(const std::string& path) const { return commit_ + ":" + repo_path(path); }

}  // namespace strat

// What the CI formats share: relative paths, URI encoding, stable fingerprints, clean UTF-8.
#include <filesystem>
#include <map>
#include <system_error>

#include <fmt/format.h>

#include "format/formats.h"

namespace strat {

std::string relative_path(std::string_view path, std::string_view cwd) {
  namespace stdfs = std::filesystem;
  stdfs::path p{std::string(path)};
  if (p.is_absolute() && !cwd.empty()) {
    stdfs::path rel = p.lexically_relative(stdfs::path{std::string(cwd)});
    if (!rel.empty()) p = rel;
  }
  std::string out = p.lexically_normal().generic_string();
  while (out.size() > 1 && out.ends_with('/') && !p.is_absolute()) out.pop_back();  // "dir/" → "dir"
  return out.empty() ? "." : out;
}

std::vector<std::string> relative_paths(std::vector<std::string> paths) {
  std::string cwd;
  bool asked = false;
  for (std::string& p : paths) {
    if (!asked && p.starts_with('/')) {
      std::error_code ec;
      cwd = std::filesystem::current_path(ec).string();  // empty on error: paths stay absolute
      asked = true;
    }
    p = relative_path(p, cwd);
  }
  return paths;
}

std::vector<std::string> relative_paths(const std::vector<Diagnostic>& ds) {
  std::vector<std::string> files;
  files.reserve(ds.size());
  for (const Diagnostic& d : ds) files.push_back(d.file);
  return relative_paths(std::move(files));
}

std::vector<std::string> root_relative_paths(const std::vector<Diagnostic>& ds, const std::string& root) {
  if (root.empty()) return relative_paths(ds);
  namespace stdfs = std::filesystem;
  std::error_code ec;
  stdfs::path cwd = stdfs::current_path(ec);  // on error, relative paths stay as they are
  std::vector<std::string> out;
  out.reserve(ds.size());
  for (const Diagnostic& d : ds) {
    stdfs::path p{d.file};
    if (!p.is_absolute() && !ec) p = cwd / p;
    p = p.lexically_normal();
    stdfs::path rel = p.is_absolute() ? p.lexically_relative(root) : p;
    bool outside = rel.empty() || *rel.begin() == "..";
    out.push_back(relative_path((outside ? p : rel).generic_string(), ""));
  }
  return out;
}

std::string uri_path(std::string_view path) {
  std::string out;
  out.reserve(path.size());
  for (char ch : path) {
    unsigned char c = static_cast<unsigned char>(ch);
    bool keep = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') ||
                c == '-' || c == '.' || c == '_' || c == '~' || c == '/';
    if (keep) out += ch;
    else out += fmt::format("%{:02X}", c);
  }
  return out;
}

uint64_t fnv1a64(std::string_view data) {
  uint64_t h = 0xcbf29ce484222325ULL;
  for (char c : data) {
    h ^= static_cast<unsigned char>(c);
    h *= 0x100000001b3ULL;
  }
  return h;
}

std::vector<std::string> stable_fingerprints(const std::vector<Diagnostic>& ds,
                                             const std::vector<std::string>& paths) {
  std::map<uint64_t, int> seen;
  std::vector<std::string> out;
  out.reserve(ds.size());
  for (size_t i = 0; i < ds.size(); ++i) {
    const Diagnostic& d = ds[i];
    std::string key = d.rule;
    key += '\0';
    key += paths[i];
    key += '\0';
    key += d.entity.empty() ? d.message : d.entity;
    uint64_t h = fnv1a64(key);
    out.push_back(fmt::format("{:016x}:{}", h, ++seen[h]));
  }
  return out;
}

uint32_t display_column(const Diagnostic& d) {
  if (!d.pos.known()) return 0;
  return d.source ? d.source->codepoint_column(d.pos) : d.pos.col;
}

}  // namespace strat

// Config discovery, glob matching, and severity overrides.
#include "strat/config.h"

#include <filesystem>

#include <fmt/format.h>

#include "strat/error.h"
#include "strat/load.h"
#include "strat/rule_table.h"

namespace strat {

namespace stdfs = std::filesystem;

bool is_glob(std::string_view pattern) { return pattern.find_first_of("*?") != std::string_view::npos; }

bool glob_match(std::string_view p, std::string_view s) {
  // dp[j]: the pattern read so far matches s[0, j). O(|p|·|s|), whatever the pattern.
  const size_t n = s.size();
  std::vector<char> dp(n + 1, 0), next(n + 1);
  dp[0] = 1;
  for (size_t i = 0; i < p.size();) {
    std::fill(next.begin(), next.end(), 0);
    if (p[i] == '*' && i + 1 < p.size() && p[i + 1] == '*') {
      if (i + 2 < p.size() && p[i + 2] == '/') {  // `**/`: nothing, or any run ending in '/'
        bool any = false;
        for (size_t j = 0; j <= n; ++j) {
          next[j] = dp[j] || (any && s[j - 1] == '/');
          any |= dp[j];
        }
        i += 3;
      } else {  // `**`: any run
        bool any = false;
        for (size_t j = 0; j <= n; ++j) next[j] = any |= dp[j];
        i += 2;
      }
    } else if (p[i] == '*') {  // any run without '/'
      bool run = false;
      for (size_t j = 0; j <= n; ++j) next[j] = run = dp[j] || (run && s[j - 1] != '/');
      i += 1;
    } else {
      for (size_t j = 0; j < n; ++j)
        next[j + 1] = dp[j] && (p[i] == '?' ? s[j] != '/' : s[j] == p[i]);
      i += 1;
    }
    dp.swap(next);
  }
  return dp[n];
}

const std::string* Config::format_for(std::string_view subcommand) const {
  if (subcommand == "check") return format ? &*format : nullptr;
  auto it = formats.find(subcommand);
  return it == formats.end() ? nullptr : &it->second;
}

std::optional<Severity> Config::severity(std::string_view rule, Severity fallback) const {
  std::span<const RuleInfo> rules = all_rules();
  const RuleInfo* info = find_rule(rule);
  if (!info || levels.empty()) return fallback;
  int8_t level = levels[static_cast<size_t>(info - rules.data())];
  if (level == kOff) return std::nullopt;
  return level < 0 ? fallback : static_cast<Severity>(level);
}

bool Config::ignores(const std::string& path, const FileSystem& fs) const {
  if (ignore.empty()) return false;
  stdfs::path rel = stdfs::path(fs.absolute(path)).lexically_relative(fs.absolute(dir));
  std::string r = rel.generic_string();
  if (r.empty() || r == "." || r.starts_with("../") || r == "..") return false;
  for (const std::string& pattern : ignore)
    if (glob_match(pattern, r)) return true;
  return false;
}

// ---------------------------------------------------------------- discovery

namespace {

/// The directory above `dir`, spelt the way the user spelt `dir`; empty at `/`.
std::string parent_dir(const std::string& dir) {
  if (dir == ".") return "..";
  if (dir == ".." || dir.ends_with("/..")) return dir + "/..";
  if (dir == "/") return {};
  return parent_path(dir);
}

}  // namespace

ConfigSet::ConfigSet(const FileSystem& fs, ConfigChoice choice) : fs_(fs), choice_(std::move(choice)) {
  if (choice_.mode != ConfigChoice::Mode::file) return;
  ReadResult r = fs_.read(choice_.file, Limits{}.max_file_bytes);
  if (r.status != ReadResult::Status::ok)
    throw Error(fmt::format("cannot read config '{}': {}", choice_.file, r.error));
  fixed_ = load(choice_.file);
}

const Config* ConfigSet::load(const std::string& path) {
  std::string key = fs_.identity(path);
  if (auto it = by_identity_.find(key); it != by_identity_.end()) return it->second;
  ReadResult file = fs_.read(path, Limits{}.max_file_bytes);
  auto source = std::make_shared<Source>(path, file.status == ReadResult::Status::ok ? std::move(file.text) : "");
  auto config = std::make_unique<Config>(parse_config(source, parent_path(path)));
  if (file.status != ReadResult::Status::ok)
    io_errors_.push_back(fmt::format("cannot read config '{}': {}", path, file.error));
  const Config* c = loaded_.emplace_back(std::move(config)).get();
  by_identity_[key] = c;
  return c;
}

const Config* ConfigSet::for_dir(const std::string& dir) {
  if (choice_.mode == ConfigChoice::Mode::none) return nullptr;
  if (choice_.mode == ConfigChoice::Mode::file) return fixed_;
  std::vector<std::string> chain;  // directories visited, all answered by `found`
  const Config* found = nullptr;
  for (std::string d = join_path(".", dir);;) {
    if (auto it = by_dir_.find(d); it != by_dir_.end()) {
      found = it->second;
      break;
    }
    chain.push_back(d);
    std::string candidate = join_path(d, std::string(kConfigName));
    if (fs_.type(candidate) == FileSystem::Type::file) {
      found = load(candidate);
      break;
    }
    if (fs_.type(join_path(d, ".git")) != FileSystem::Type::missing) break;  // repository root
    std::string up = parent_dir(d);
    if (up.empty() || fs_.type(up) != FileSystem::Type::directory || fs_.identity(up) == fs_.identity(d))
      break;
    d = up;
  }
  for (const std::string& d : chain) by_dir_[d] = found;
  return found;
}

const Config* ConfigSet::for_file(const std::string& path) { return for_dir(parent_path(join_path(".", path))); }

bool ConfigSet::ignored(const std::string& path) {
  const Config* c = for_file(path);
  return c && c->ignores(path, fs_);
}

const Config* ConfigSet::run_config() { return for_dir("."); }

std::optional<Severity> ConfigSet::severity(const std::string& file, std::string_view rule,
                                            Severity fallback) {
  if (!last_file_ || *last_file_ != file) {
    last_file_ = file;
    last_config_ = for_file(file);
  }
  return last_config_ ? last_config_->severity(rule, fallback) : fallback;
}

void apply_severities(std::vector<Diagnostic>& ds, ConfigSet& configs) {
  std::erase_if(ds, [&](Diagnostic& d) {
    std::optional<Severity> s = configs.severity(d.file, d.rule, d.severity);
    if (s) d.severity = *s;
    return !s;
  });
}

}  // namespace strat

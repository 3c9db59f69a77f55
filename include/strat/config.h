// .strat.yaml: per-rule severities, ignored paths, and run-wide defaults.
#pragma once

#include <cstdint>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "strat/date.h"
#include "strat/diagnostic.h"
#include "strat/fs.h"

namespace strat {

/// The file name looked for in every directory from a checked file up to the repository root.
inline constexpr std::string_view kConfigName = ".strat.yaml";

/// One line of `rules:`: a rule id or glob and the severity it gives (none: `off`).
struct RuleSetting {
  std::string pattern;
  Pos pos;                          ///< of the key, for diagnostics
  std::optional<Severity> severity; ///< nullopt: the rule is off
};

/// What one config file says. Problems with the file itself are in `diagnostics`.
struct Config {
  SourcePtr source;
  std::string dir;                    ///< the directory `ignore` patterns are relative to
  std::vector<RuleSetting> rules;     ///< in file order: later entries win
  std::vector<std::string> ignore;    ///< globs relative to `dir`
  std::optional<std::string> fail_on; ///< check's: `check: {fail-on:}`, else the top-level key
  std::optional<std::string> format;  ///< check's: `check: {format:}`, else the top-level key
  /// `format:` of the other subcommands' sections (`calendar: {format: ics}`), by subcommand;
  /// each is one of format_names(subcommand).
  std::map<std::string, std::string, std::less<>> formats;
  std::optional<std::string> week_start;  ///< `calendar: {week_start:}`: mon, sun or sat
  /// `report: {on-track: 0.95, off-track: 0.75, stale-after: 14 days}`: KPI pace thresholds.
  struct ReportThresholds {
    std::optional<double> on_track, off_track;
    std::optional<Interval> stale_after;
  } report;
  std::vector<Diagnostic> diagnostics;

  /// The severity `rule` has under this config (`fallback` when no entry matches); nullopt: off.
  std::optional<Severity> severity(std::string_view rule, Severity fallback) const;
  /// Whether `path` (relative to `fs`'s current directory, or absolute) is matched by an
  /// `ignore` pattern; `fs` is the file system the config was read from.
  bool ignores(const std::string& path, const FileSystem& fs) const;
  /// The output format this config gives `subcommand` ("check", "calendar", "diff",
  /// "report"), or null when it names none.
  const std::string* format_for(std::string_view subcommand) const;

  /// Per rule (index into all_rules()): -1 no entry, else a Severity, or kOff.
  std::vector<int8_t> levels;
  static constexpr int8_t kOff = 3;
};

/// Parses a config file's text; `dir` is its directory. Never throws on bad input.
Config parse_config(const SourcePtr& source, const std::string& dir);

/// Glob matching: `*` any run of characters but '/', `**` any run including '/', `?` one
/// character but '/'; `**/` also matches nothing. Everything else is literal.
bool glob_match(std::string_view pattern, std::string_view text);
bool is_glob(std::string_view pattern);

/// Which configs a run uses: discovered, one named file, or none.
struct ConfigChoice {
  enum class Mode { discover, file, none };
  Mode mode = Mode::discover;
  std::string file;  ///< for Mode::file
};

/// Finds and loads the config that applies to each file of a run, each config file once.
/// Discovery looks for .strat.yaml in a file's directory, then each parent, stopping after
/// the first directory that holds `.git` (the repository root) or at `/`; the nearest
/// config applies whole (configs do not merge).
class ConfigSet {
 public:
  /// Throws strat::Error when Mode::file names a file that cannot be read.
  ConfigSet(const FileSystem& fs, ConfigChoice choice);

  /// The config for a file; null when none applies.
  const Config* for_file(const std::string& path);
  /// The config for the files of a directory; null when none applies.
  const Config* for_dir(const std::string& dir);
  /// Whether a directory scan should skip `path`: the config of its directory ignores it.
  bool ignored(const std::string& path);
  /// The config that sets run-wide defaults (fail-on, format): --config, else the one that
  /// applies to the current directory.
  const Config* run_config();
  /// The severity `rule` has in `file` under its config (`fallback` when nothing says);
  /// nullopt: the rule is off there.
  std::optional<Severity> severity(const std::string& file, std::string_view rule, Severity fallback);

  /// Discovered configs that could not be read (exit status 2).
  const std::vector<std::string>& io_errors() const { return io_errors_; }

  /// Every config loaded so far, in load order.
  const std::vector<std::unique_ptr<Config>>& loaded() const { return loaded_; }

 private:
  const Config* load(const std::string& path);

  const FileSystem& fs_;
  ConfigChoice choice_;
  const Config* fixed_ = nullptr;                    // Mode::file
  std::map<std::string, const Config*> by_dir_;      // lexical dir → config (or null)
  std::map<std::string, const Config*> by_identity_; // config file identity → config
  std::vector<std::unique_ptr<Config>> loaded_;
  std::vector<std::string> io_errors_;
  std::optional<std::string> last_file_;  // severity(): the config of the last file asked about
  const Config* last_config_ = nullptr;
};

/// Applies each file's config to `ds`: drops findings of rules that are `off` and changes the
/// severity of the others. Findings in config files themselves are left alone.
void apply_severities(std::vector<Diagnostic>& ds, ConfigSet& configs);

}  // namespace strat

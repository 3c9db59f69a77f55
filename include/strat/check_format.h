// check's output formats: each is one file in src/format/ and one row in its table.
#pragma once

#include <span>
#include <string>
#include <vector>

#include "strat/diagnostic.h"
#include "strat/format.h"

namespace strat {

/// Everything a check formatter needs.
struct CheckReport {
  const std::vector<Diagnostic>& diagnostics;  ///< sorted
  Summary summary;
  bool color = false;
  std::span<const std::string> files = {};  ///< every file checked, clean or not (for junit)
  bool terminal = false;  ///< text goes to a terminal: a person reads it, so hints are welcome
  /// Absolute: the directory the CI formats' paths are relative to (SARIF's %SRCROOT%, GitHub's
  /// file=, GitLab's location.path): the git work tree's root, else the current directory.
  /// Empty: the current directory.
  std::string root = {};
};

using OutputFormat = Format<CheckReport>;

/// check's format table (src/format/formats.cc), in the order of format_names("check").
std::span<const OutputFormat> output_formats();
/// The row of check's table named `name`, or null.
const OutputFormat* find_format(std::string_view name);

}  // namespace strat

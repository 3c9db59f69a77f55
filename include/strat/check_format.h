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
};

using OutputFormat = Format<CheckReport>;

/// check's format table (src/format/formats.cc), in the order of format_names("check").
std::span<const OutputFormat> output_formats();
/// The row of check's table named `name`, or null.
const OutputFormat* find_format(std::string_view name);

}  // namespace strat

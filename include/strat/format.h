// Output formats for check results: each is one file in src/format/ and one row in the table.
#pragma once

#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "strat/diagnostic.h"

namespace strat {

/// Everything a formatter needs.
struct CheckReport {
  const std::vector<Diagnostic>& diagnostics;  ///< sorted
  Summary summary;
  bool color = false;
  std::span<const std::string> files = {};  ///< every file checked, clean or not (for junit)
  bool terminal = false;  ///< text goes to a terminal: a person reads it, so hints are welcome
};

struct OutputFormat {
  std::string_view name;
  std::string_view description;
  std::string (*render)(const CheckReport&);
};

std::span<const OutputFormat> output_formats();
const OutputFormat* find_format(std::string_view name);

}  // namespace strat

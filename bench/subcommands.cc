#include "subcommands.h"

namespace strat::bench {

Cells missing_tool(const std::string& what, const std::string& tool, int tactics) {
  return {what, tactics_label(tactics), "—", tool + ": not installed", "—",
          "skipped; install it with `apt-get install " + tool + "` (docs/BENCHMARKS.md)"};
}

std::string tactics_label(int tactics) {
  std::string digits = std::to_string(tactics), out;
  for (size_t i = 0; i < digits.size(); ++i) {
    if (i > 0 && (digits.size() - i) % 3 == 0) out += ',';
    out += digits[i];
  }
  return out;
}

}  // namespace strat::bench

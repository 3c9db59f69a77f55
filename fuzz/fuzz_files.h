// The fuzzers' input as files: NUL-separated parts become a plan, its strategy and a config.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include "strat/fs.h"

namespace strat::fuzz {

/// p/plan.yaml, p/strategy.yaml and p/.strat.yaml from the NUL-separated parts of `data`
/// (fewer parts: fewer files).
inline MemoryFileSystem plan_files(const uint8_t* data, size_t size) {
  static constexpr const char* kNames[] = {"p/plan.yaml", "p/strategy.yaml", "p/.strat.yaml"};
  std::string_view rest(reinterpret_cast<const char*>(data), size);
  MemoryFileSystem fs;
  for (const char* name : kNames) {
    size_t nul = rest.find('\0');
    fs.add(name, std::string(rest.substr(0, nul)));
    if (nul == std::string_view::npos) break;
    rest.remove_prefix(nul + 1);
  }
  return fs;
}

}  // namespace strat::fuzz

// The fuzzers' input as files: NUL-separated parts become a plan, its strategy and a config.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include "strat/fs.h"
#include "strat/run.h"

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

/// load_run over those files (`fs` from plan_files, which the run keeps using): one thread,
/// files up to 1 MiB.
inline LoadedRun load_plan_files(const MemoryFileSystem& fs) {
  RunOptions ro;
  ro.paths = {"p"};
  ro.jobs = 1;
  ro.limits.max_file_bytes = 1 << 20;
  return load_run(ro, fs);
}

}  // namespace strat::fuzz
